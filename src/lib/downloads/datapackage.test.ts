import { describe, expect, it } from 'vitest';
import { byteLength, sha256 } from './checksum.ts';
import { toCsv } from './csv.ts';
import { dataPackage, type DataPackage } from './datapackage.ts';
import { profileErrors } from '../../../tests/support/datapackage-profile.ts';
import { all, BASE, licence, MODIFIED, publisher, SITE, tables } from './test-support.ts';

function errors(name: string, data: unknown) {
  return profileErrors(name as Parameters<typeof profileErrors>[0], data);
}

const csvs = Object.fromEntries(all.map(({ slug, dataset, rows }) => [slug, toCsv(dataset, rows)]));

const pkg: DataPackage = dataPackage({
  datasets: all.map((d) => d.dataset),
  files: Object.fromEntries(Object.entries(csvs).map(([slug, csv]) => [slug, { bytes: byteLength(csv), sha256: sha256(csv) }])),
  name: 'georgia-reintegration-program',
  title: { ka: 'რეინტეგრაციის პროგრამა', en: 'Reintegration program' },
  description: { ka: 'აღწერა', en: 'Description' },
  version: '0.1.0',
  created: MODIFIED,
  site: SITE,
  base: BASE,
  licence,
  publisher: { ...publisher, contact: { url: 'https://github.com/example/reintegration/issues' } },
  sources: tables.sources,
  keywords: ['Georgia', 'migration'],
});
// What the build writes: JSON text, so check the descriptor after a JSON round trip.
const published = JSON.parse(JSON.stringify(pkg, null, 2)) as DataPackage;

describe('dataPackage', () => {
  it('dataPackage validates against the official Data Package 2.0 profile with zero errors', () => {
    expect(errors('datapackage', published)).toEqual([]);
  });

  it('dataPackage: every resource, schema and dialect validates against its own 2.0 profile', () => {
    for (const resource of published.resources) {
      expect(errors('dataresource', resource)).toEqual([]);
      expect(errors('tableschema', resource.schema)).toEqual([]);
      expect(errors('tabledialect', resource.dialect)).toEqual([]);
    }
  });

  it('the profile check is not vacuous: a bad hash fails it', () => {
    const broken = structuredClone(published);
    broken.resources[0]!.hash = 'sha256:not-hex';
    expect(errors('datapackage', broken).length).toBeGreaterThan(0);
  });

  it('the 2.0 profile rejects a v2 `list` field (frictionlessdata/datapackage#1089), which is why lists are strings', () => {
    const withList = structuredClone(published) as unknown as { resources: { schema: { fields: Record<string, unknown>[] } }[] };
    const programs = withList.resources[0]!.schema.fields;
    const i = programs.findIndex((f) => f.name === 'other_source_ids');
    programs[i] = { name: 'other_source_ids', type: 'list', delimiter: ';', itemType: 'string' };
    expect(errors('datapackage', withList).length).toBeGreaterThan(0);
  });

  it('dataPackage: each resource has the bytes and sha256 of the CSV text generated for it', () => {
    expect(published.resources.map((r) => r.name)).toEqual(all.map((d) => d.slug));
    for (const r of published.resources) {
      const csv = csvs[r.name]!;
      expect(r.path).toBe(`${r.name}.csv`);
      expect(r.bytes).toBe(Buffer.from(csv, 'utf8').length);
      expect(r.hash).toBe(`sha256:${sha256(Buffer.from(csv, 'utf8'))}`);
      expect(r).toMatchObject({ format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', dialect: { lineTerminator: '\n' } });
    }
  });

  it('dataPackage: keys and foreign keys name fields and resources that exist', () => {
    const fieldsOf = new Map(published.resources.map((r) => [r.name, new Set(r.schema.fields.map((f) => f.name))]));
    for (const r of published.resources) {
      for (const k of r.schema.primaryKey) expect(fieldsOf.get(r.name)).toContain(k);
      for (const fk of r.schema.foreignKeys ?? []) {
        for (const f of fk.fields) expect(fieldsOf.get(r.name)).toContain(f);
        for (const f of fk.reference.fields) expect(fieldsOf.get(fk.reference.resource)).toContain(f);
      }
    }
  });

  it('dataPackage carries licence, publisher, version, created and the sources with their addresses', () => {
    expect(published.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(published.licenses).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: licence.title }]);
    expect(published.contributors[0]).toEqual({ title: publisher.name.en, roles: ['publisher'], path: 'https://github.com/example/reintegration/issues' });
    expect(published.version).toBe('0.1.0');
    expect(published.created).toBe('2025-01-31T00:00:00.000Z');
    expect(published.homepage).toBe('https://reintegration.example.org/reintegration/');
    expect(published.sources).toHaveLength(tables.sources.length);
    const withUrl = tables.sources.find((s) => s.url)!;
    expect(published.sources).toContainEqual({ title: withUrl.title_en, path: withUrl.url });
    const withoutUrl = tables.sources.find((s) => !s.url)!;
    expect(published.sources).toContainEqual({ title: withoutUrl.title_en });
  });

  it('dataPackage throws when a dataset has no published file', () => {
    expect(() =>
      dataPackage({ ...{ datasets: [all[0]!.dataset], files: {} }, name: 'x', title: { ka: '', en: '' }, description: { ka: '', en: '' }, version: '1', created: MODIFIED, site: SITE, base: '/', licence, publisher, sources: [] }),
    ).toThrow(/programs/);
  });
});
