import { describe, expect, it } from 'vitest';
import { columnNames } from '../../schemas/dataset.ts';
import { datasets } from '../../schemas/index.ts';
import { dataCatalogJsonLd, datasetJsonLd, jsonLdScript, MIN_DESCRIPTION, temporalCoverage, type JsonLdContext } from './jsonld.ts';
import { all, BASE, licence, publisher, SITE, tables } from './test-support.ts';

const ctx = (locale: 'ka' | 'en'): JsonLdContext => ({
  locale,
  site: SITE,
  base: BASE,
  version: '0.1.0',
  dateModified: '2025-01-31',
  licence,
  publisher,
  catalogue: {
    title: { ka: 'რეინტეგრაციის პროგრამა: ღია მონაცემები', en: 'Reintegration program: open data' },
    description: {
      ka: 'საქართველოს სახელმწიფო პროგრამის მონაცემები დაბრუნებული მიგრანტების რეინტეგრაციის შესახებ.',
      en: "Data on Georgia's state program of reintegration assistance to returned migrants.",
    },
  },
});

describe('datasetJsonLd', () => {
  it.each(all.flatMap((d) => (['ka', 'en'] as const).map((locale) => ({ ...d, locale }))))(
    'datasetJsonLd($slug, $locale) has the properties dataset search requires',
    ({ dataset, rows, locale }) => {
      const ld = datasetJsonLd(dataset, rows, ctx(locale), tables.sources);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('Dataset');
      expect(ld.name).toBe(dataset.title[locale]);
      expect((ld.description as string).length).toBeGreaterThanOrEqual(MIN_DESCRIPTION);
      expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(ld.creator).toMatchObject({ '@type': 'Organization', name: publisher.name[locale] });
      expect(ld.publisher).toMatchObject({ '@type': 'Organization' });
      expect(ld.inLanguage).toEqual(['ka', 'en']);
      expect(ld.spatialCoverage).toMatchObject({ '@type': 'Place', name: locale === 'ka' ? 'საქართველო' : 'Georgia' });
      expect(ld.dateModified).toBe('2025-01-31');
      const distribution = ld.distribution as { '@type': string; contentUrl: string; encodingFormat: string }[];
      expect(distribution).toHaveLength(3);
      expect(distribution.map((d) => d.contentUrl)).toEqual(
        ['csv', 'json', 'xlsx'].map((ext) => `https://reintegration.example.org/reintegration/data/${dataset.slug}.${ext}`),
      );
      expect(distribution.every((d) => d['@type'] === 'DataDownload' && d.encodingFormat)).toBe(true);
      expect((ld.variableMeasured as { name: string }[]).map((v) => v.name)).toEqual(columnNames(dataset));
    },
  );

  it('datasetJsonLd: both language pages describe one entity at their own URL', () => {
    const ka = datasetJsonLd(datasets.beneficiaries, tables.beneficiaries, ctx('ka'));
    const en = datasetJsonLd(datasets.beneficiaries, tables.beneficiaries, ctx('en'));
    expect(ka['@id']).toBe(en['@id']);
    expect(ka.url).toBe('https://reintegration.example.org/reintegration/data/beneficiaries/');
    expect(en.url).toBe('https://reintegration.example.org/reintegration/en/data/beneficiaries/');
  });

  it('datasetJsonLd: temporal coverage, units and the cited sources come from the data', () => {
    const ld = datasetJsonLd(datasets.beneficiaries, tables.beneficiaries, ctx('en'), tables.sources);
    expect(ld.temporalCoverage).toBe('2015/2018');
    expect((ld.variableMeasured as { name: string; unitText?: string }[]).find((v) => v.name === 'persons')!.unitText).toBe('persons');
    const cited = (ld.citation as { name: string }[]).map((c) => c.name);
    expect(cited).toContain(tables.sources.find((s) => s.source_id === 'report-2018-06')!.title_en);
    expect(temporalCoverage(datasets.mobility_centres, tables.mobility_centres)).toBeNull();
    expect(temporalCoverage(datasets.beneficiaries, tables.beneficiaries.filter((r) => r.year === 2017))).toBe('2017');
  });

  it('datasetJsonLd throws on a description shorter than 50 characters', () => {
    const short = { ...datasets.services, description: { ka: 'მოკლე', en: 'Too short.' } };
    expect(() => datasetJsonLd(short, tables.services, ctx('en'))).toThrow(/at least 50/);
  });

  it('dataCatalogJsonLd lists every dataset by the same @id as its page', () => {
    const catalog = dataCatalogJsonLd(all.map((d) => d.dataset), ctx('en'));
    expect(catalog['@type']).toBe('DataCatalog');
    const listed = catalog.dataset as { '@id': string }[];
    expect(listed).toHaveLength(all.length);
    expect(listed[1]!['@id']).toBe(datasetJsonLd(datasets.beneficiaries, tables.beneficiaries, ctx('en'))['@id']);
  });

  it('jsonLdScript cannot close the script element it is put in', () => {
    expect(jsonLdScript({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
    expect(JSON.parse(jsonLdScript({ name: '</script>' }))).toEqual({ name: '</script>' });
  });
});
