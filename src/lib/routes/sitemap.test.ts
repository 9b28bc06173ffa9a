import { describe, expect, it } from 'vitest';
import { fixtureTables, FIXTURE_YEARS } from '../../../tests/support/fixture-data.ts';
import { t } from '../i18n/strings/index.ts';
import { sitemapModel } from './sitemap.ts';

const tables = fixtureTables();
const ctx = { tables, locale: 'en' as const, site: 'https://data.example.org', base: '/base/' };

describe('sitemapModel (fixture)', () => {
  const groups = sitemapModel(ctx, ['1.0.0']);
  const group = (id: string) => groups.find((g) => g.id === id)!;

  it('gives the groups in menu order, each with its heading', () => {
    expect(groups.map((g) => g.id)).toEqual(['sitemap-sections', 'sitemap-years', 'sitemap-data', 'sitemap-embeds', 'sitemap-tools']);
    expect(groups.every((g) => g.heading.length > 0 && g.links.length > 0)).toBe(true);
  });

  it('links every page in the reader’s language under the base, titled as its page', () => {
    expect(group('sitemap-sections').links).toContainEqual({ href: '/base/en/budget/', text: t('en', 'budget.title') });
    expect(group('sitemap-sections').links[0]!.href).toBe('/base/en/');
    expect(group('sitemap-years').links.map((l) => l.href)).toEqual(FIXTURE_YEARS.map((y) => `/base/en/years/${y}/`));
    expect(group('sitemap-data').links.map((l) => l.href)).toContain('/base/en/releases/1.0.0/');
    const ka = sitemapModel({ ...ctx, locale: 'ka' }, []);
    expect(ka[0]!.links[0]!.href).toBe('/base/');
    expect(ka.find((g) => g.id === 'sitemap-data')!.links.map((l) => l.href)).not.toContain('/base/releases/1.0.0/');
  });

  it('ends the tools with the feed in the reader’s language and the XML site map', () => {
    expect(group('sitemap-tools').links.slice(-2).map((l) => l.href)).toEqual(['/base/en/rss.xml', '/base/sitemap-index.xml']);
    expect(groups.filter((g) => g.id !== 'sitemap-tools').flatMap((g) => g.links).some((l) => l.href.endsWith('.xml'))).toBe(false);
  });
});
