import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { columnNames } from '../../schemas/dataset.ts';
import { datasets } from '../../schemas/index.ts';
import { sha256 } from './checksum.ts';
import { all, licence, MODIFIED, publisher, tables } from './test-support.ts';
import type { AnyRow, DatasetInfo } from './types.ts';
import { fromXlsx, SHEETS, toXlsx, type XlsxMeta } from './xlsx.ts';

const meta: XlsxMeta = {
  version: '0.1.0',
  modified: MODIFIED,
  licence,
  publisher,
  pageUrl: 'https://reintegration.example.org/data/beneficiaries/',
  sources: tables.sources,
};

async function workbook(dataset: DatasetInfo, rows: readonly AnyRow[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await toXlsx(dataset, rows, meta)) as unknown as ExcelJS.Buffer);
  return wb;
}

afterEach(() => vi.useRealTimers());

describe('toXlsx', () => {
  it.each(all)('fromXlsx(toXlsx($slug)) gives back exactly the validated rows', async ({ dataset, rows }) => {
    const back = await fromXlsx(await toXlsx(dataset, rows, meta), dataset);
    expect(back).toEqual(rows);
  });

  it('toXlsx writes numbers as numbers, dates as text and missing values as empty cells', async () => {
    const sheet = (await workbook(datasets.programs, tables.programs)).getWorksheet(SHEETS.data)!;
    const names = columnNames(datasets.programs);
    const col = (name: string) => names.indexOf(name) + 1;
    const y2017 = sheet.getRow(4);
    expect(y2017.getCell(col('year')).value).toBe(2017);
    expect(y2017.getCell(col('budget_gel')).value).toBe(590000);
    expect(y2017.getCell(col('period_start')).value).toBe('2017-04-20');
    expect(sheet.getRow(5).getCell(col('persons_served')).value).toBeNull();
    const projects = (await workbook(datasets.iom_projects, tables.iom_projects)).getWorksheet(SHEETS.data)!;
    expect(projects.getRow(2).getCell(4).value).toBe('2003-01');
  });

  it('toXlsx heads each data column with its Georgian label, English label and column name, and freezes that row', async () => {
    const sheet = (await workbook(datasets.beneficiaries, tables.beneficiaries)).getWorksheet(SHEETS.data)!;
    expect(sheet.getRow(1).getCell(3).text).toBe('ბენეფიციარები\nBeneficiaries\npersons');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it.each(all)('toXlsx($slug): the columns sheet lists every column with both labels', async ({ dataset, rows }) => {
    const sheet = (await workbook(dataset, rows)).getWorksheet(SHEETS.columns)!;
    const names = columnNames(dataset);
    expect(sheet.rowCount).toBe(names.length + 1);
    names.forEach((name, i) => {
      const row = sheet.getRow(i + 2);
      const meta = dataset.columns[name]!.meta;
      expect(row.getCell(1).text).toBe(name);
      expect(row.getCell(4).text).toBe(meta.label.ka);
      expect(row.getCell(5).text).toBe(meta.label.en);
      expect(row.getCell(6).text).toBe(meta.description.ka);
      expect(row.getCell(7).text).toBe(meta.description.en);
    });
  });

  it('toXlsx: the about sheet gives titles, licence, version, date and the cited sources', async () => {
    const sheet = (await workbook(datasets.beneficiaries, tables.beneficiaries)).getWorksheet(SHEETS.about)!;
    const text = sheet.getSheetValues().flat().map((v) => (typeof v === 'object' && v && 'text' in v ? String(v.text) : String(v ?? ''))).join('\n');
    for (const expected of [
      datasets.beneficiaries.title.ka,
      datasets.beneficiaries.title.en,
      'Creative Commons Attribution 4.0 International (CC BY 4.0)',
      'https://creativecommons.org/licenses/by/4.0/',
      '0.1.0',
      '2025-01-31',
      'scmi-181:',
      'report-2018-06:',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('iom-figures:');
  });

  it('toXlsx is deterministic: the same data at different clock times gives the same bytes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2020-03-01T10:00:00Z'));
    const a = sha256(await toXlsx(datasets.milestones, tables.milestones, meta));
    vi.setSystemTime(new Date('2031-11-17T23:59:58Z'));
    const b = sha256(await toXlsx(datasets.milestones, tables.milestones, meta));
    expect(a).toBe(b);
    vi.useRealTimers();
    const c = sha256(await toXlsx(datasets.milestones, tables.milestones, { ...meta, modified: new Date('2025-02-01T00:00:00Z') }));
    expect(c).not.toBe(a);
  });

  it('toXlsx rejects a text cell beginning like a formula', async () => {
    const rows = [{ ...tables.beneficiaries[0]!, note_en: '=1+1' }];
    await expect(toXlsx(datasets.beneficiaries, rows, meta)).rejects.toThrow(/column note_en.*formula/);
  });
});

describe('toXlsx about sheet', () => {
  it('toXlsx(sources): the about sheet of the sources list does not claim a source_id column', async () => {
    const sheet = (await workbook(datasets.sources, tables.sources)).getWorksheet(SHEETS.about)!;
    const text = sheet.getSheetValues().flat().map((v) => String(v ?? '')).join('\n');
    expect(text).not.toContain('source_id column');
  });
});
