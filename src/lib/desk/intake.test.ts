/**
 * The desk's intake on real files: the site's own XLSX (written by the same code as the
 * download) becomes the repository's CSV byte for byte and passes the build's loader; a
 * renamed data sheet is still found; a wrong name, a second file for one dataset, a file too
 * large, something that is not a workbook each get their own issue.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { FIXTURE_DATA } from '../../../tests/support/fixture-data.ts';
import { toCsv } from '../downloads/csv.ts';
import { all, licence, MODIFIED, publisher, tables } from '../downloads/test-support.ts';
import { toXlsx } from '../downloads/xlsx.ts';
import { insideBoundary } from '../geo/inside.ts';
import { mapBoundary } from '../geo/inside-georgia.ts';
import { errorsOf } from '../validation/issues.ts';
import { datasets, type Slug } from '../../schemas/index.ts';
import { checkDesk } from './check.ts';
import { intake, slugOfFileName } from './intake.ts';
import { MAX_BYTES } from './limits.ts';

const fixture = (name: string) => readFileSync(join(FIXTURE_DATA, name));
const inside = insideBoundary(mapBoundary());
const xlsxOf = async (slug: Slug) => {
  const d = all.find((x) => x.slug === slug)!;
  return new Uint8Array(await toXlsx(d.dataset, d.rows, { version: 'test', modified: MODIFIED, licence, publisher, pageUrl: 'https://example.org/', sources: tables.sources }));
};

describe('slugOfFileName', () => {
  it('reads the dataset from the names a download or a spreadsheet gives', () => {
    expect(slugOfFileName('programs.csv')).toEqual({ slug: 'programs', format: 'csv' });
    expect(slugOfFileName('C:\\Users\\me\\Programs (2).XLSX')).toEqual({ slug: 'programs', format: 'xlsx' });
    expect(slugOfFileName('mobility_centres-excel.csv')).toEqual({ slug: 'mobility_centres', format: 'csv' });
    expect(slugOfFileName('budget.csv')).toEqual({ slug: null, format: 'csv' });
    expect(slugOfFileName('programs.ods')).toEqual({ slug: 'programs', format: null });
  });
});

describe('intake of the site\'s own XLSX', () => {
  it.each(['programs', 'beneficiaries', 'mobility_centres', 'sources'] as Slug[])('%s.xlsx becomes the published CSV byte for byte, and passes', async (slug) => {
    const d = all.find((x) => x.slug === slug)!;
    const taken = intake([{ name: `${slug}.xlsx`, size: 1, bytes: await xlsxOf(slug) }]);
    expect(taken.issues).toEqual([]);
    expect(new TextDecoder().decode(taken.files[0]!.csv)).toBe(toCsv(d.dataset, d.rows));
    const result = checkDesk(taken, (name) => fixture(name), inside, 'ka');
    expect(errorsOf(result.issues)).toEqual([]);
  });

  it('finds the data sheet by its header when the sheets were renamed', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsxOf('programs')) as unknown as ExcelJS.Buffer);
    wb.getWorksheet('about')!.name = 'data-about';
    wb.getWorksheet('data')!.name = 'Sheet1';
    const taken = intake([{ name: 'programs.xlsx', size: 1, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) }]);
    expect(taken.issues).toEqual([]);
    expect(errorsOf(checkDesk(taken, (name) => fixture(name), inside, 'en').issues)).toEqual([]);
  });

  it('reports a changed cell at the spreadsheet\'s row and column', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsxOf('programs')) as unknown as ExcelJS.Buffer);
    const col = Object.keys(datasets.programs.columns).indexOf('budget_gel') + 1;
    wb.getWorksheet('data')!.getRow(4).getCell(col).value = '590 000';
    const taken = intake([{ name: 'programs.xlsx', size: 1, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) }]);
    const errors = errorsOf(checkDesk(taken, (name) => fixture(name), inside, 'ka').issues);
    expect(errors).toEqual([expect.objectContaining({ file: 'data/programs.csv', row: 4, column: 'budget_gel' })]);
  });
});

describe('intake of files that cannot be data', () => {
  it('names each problem, with its file', () => {
    const csv = fixture('programs.csv');
    const taken = intake([
      { name: 'budget.csv', size: csv.length, bytes: csv },
      { name: 'notes.pdf', size: 3, bytes: new Uint8Array(3) },
      { name: 'services.csv', size: 1, bytes: fixture('services.csv') },
      { name: 'services (1).csv', size: 1, bytes: fixture('services.csv') },
      { name: 'sources.csv', size: MAX_BYTES + 1 },
      { name: 'statements.xlsx', size: 9, bytes: new TextEncoder().encode('not a zip') },
    ]);
    expect(taken.files).toEqual([]);
    expect(taken.issues.map((i) => `${i.file} ${i.code}`).sort()).toEqual(
      ['budget.csv unknown_dataset', 'notes.pdf not_csv_or_xlsx', 'data/services.csv two_files', 'data/sources.csv too_large', 'data/statements.csv not_xlsx'].sort(),
    );
    for (const i of taken.issues) expect(i.expected.ka).toMatch(/[ა-ჰ]/);
  });
});

describe('what will change, and the revision rows the desk writes', () => {
  it('a changed published value needs a revision row; with the row the desk writes, the files pass', async () => {
    const { withRevisionRows } = await import('./revisions.ts');
    const lines = fixture('programs.csv').toString('utf8').split('\n');
    const header = lines[0]!.split(',');
    const col = header.indexOf('budget_gel');
    const at = lines.findIndex((l, i) => i > 0 && /^\d+$/.test(l.split(',')[col] ?? ''));
    const cells = lines[at]!.split(',');
    cells[col] = String(Number(cells[col]) + 1);
    lines[at] = cells.join(',');
    const csv = new TextEncoder().encode(lines.join('\n'));
    const baseline = (name: string) => fixture(name);
    const first = checkDesk(intake([{ name: 'programs.csv', size: csv.length, bytes: csv }]), baseline, inside, 'en');
    expect(first.changes[0]!.changed).toEqual([expect.objectContaining({ slug: 'programs', column: 'budget_gel', rowKey: cells[0] })]);
    expect(errorsOf(first.issues).map((i) => i.code)).toEqual(['revision_needed']);
    const revisions = new TextEncoder().encode(withRevisionRows(fixture('revisions.csv').toString('utf8'), first.changes[0]!.changed, () => ({ ka: 'წყარომ თანხა შეასწორა.', en: 'The source corrected the amount.' }), '2026-12-02'));
    const second = checkDesk(intake([{ name: 'programs.csv', size: csv.length, bytes: csv }, { name: 'revisions.csv', size: revisions.length, bytes: revisions }]), baseline, inside, 'ka');
    expect(errorsOf(second.issues)).toEqual([]);
    expect(second.report.summary).toMatch(/^შეცდომა არ არის/);
  });
});
