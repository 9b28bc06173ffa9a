import JSZip from 'jszip';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sha256 } from './checksum.ts';
import { BUNDLE_NAME, buildPublication, lastModifiedOf } from './publication.ts';
import { BASE, licence, publisher, SITE, tables } from './test-support.ts';

const settings = {
  site: SITE,
  base: BASE,
  version: '1.0.0',
  licence,
  publisher,
  catalogue: { name: 'test', title: { ka: 'ტესტი', en: 'Test' }, description: { ka: 'აღწერა', en: 'Description' }, keywords: [] },
};
const pub = await buildPublication(tables, settings);

describe('buildPublication', () => {
  it('buildPublication makes four downloads per dataset, with matching checksums', () => {
    for (const d of pub.datasets) {
      for (const f of Object.values(d.files)) {
        expect(pub.files.get(f.name)).toBe(f);
        expect(f.sha256).toBe(sha256(f.bytes));
        expect(f.size).toBe(f.bytes.length);
      }
    }
    expect(pub.files.has('programs.csv') && pub.files.has('programs-excel.csv') && pub.files.has('programs.json') && pub.files.has('programs.xlsx')).toBe(true);
  });

  it('buildPublication: datapackage.json names every resource with the CSV’s size and hash', () => {
    for (const r of pub.datapackage.resources) {
      const csv = pub.files.get(r.path as string)!;
      expect(r.bytes).toBe(csv.size);
      expect(r.hash).toBe(`sha256:${csv.sha256}`);
    }
    expect(pub.datapackage.resources.map((r) => r.name)).toContain('revisions');
  });

  it('buildPublication: the zip holds every CSV, datapackage.json and a README, byte for byte', async () => {
    const zip = await JSZip.loadAsync(pub.files.get(BUNDLE_NAME)!.bytes);
    expect(Object.keys(zip.files)).toContain('README.txt');
    expect(await zip.file('datapackage.json')!.async('string')).toBe(new TextDecoder().decode(pub.files.get('datapackage.json')!.bytes));
    for (const d of pub.datasets) {
      const inZip = await zip.file(d.files.csv.name)!.async('uint8array');
      expect(sha256(inZip)).toBe(d.files.csv.sha256);
    }
  });

  it('buildPublication is deterministic: the same data gives the same bytes', async () => {
    const again = await buildPublication(tables, settings);
    for (const [name, f] of pub.files) expect(again.files.get(name)!.sha256, name).toBe(f.sha256);
  });

  it('the published beneficiaries CSV sums 2017 to 248', () => {
    const csv = new TextDecoder().decode(pub.files.get('beneficiaries.csv')!.bytes);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows.filter((r) => r.year === '2017').reduce((s, r) => s + Number(r.persons), 0)).toBe(248);
  });

  it('lastModifiedOf reads the latest revision of a dataset', () => {
    expect(lastModifiedOf(tables, 'programs')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => lastModifiedOf({ revisions: [] }, 'programs')).toThrow(/revisions\.csv/);
  });
});
