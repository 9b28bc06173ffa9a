import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Columns, Dataset } from '../../schemas/dataset.ts';
import { datasets } from '../../schemas/index.ts';
import type { RawTable } from '../validation/read-csv.ts';
import { validateTable } from '../validation/validate.ts';
import { BOM, toCsv, toCsvForExcel } from './csv.ts';
import { all, tables } from './test-support.ts';
import type { DatasetInfo } from './types.ts';

/** Parse CSV text with papaparse into the validator's raw table (header = spreadsheet row 1). */
function parse(text: string): RawTable {
  const { data, errors } = Papa.parse<string[]>(text, { header: false, delimiter: ',', skipEmptyLines: true });
  expect(errors).toEqual([]);
  const [header = [], ...records] = data;
  return { header, records: records.map((cells, i) => ({ row: i + 2, cells })) };
}

function revalidate(dataset: DatasetInfo, text: string) {
  return validateTable(dataset as unknown as Dataset<Columns>, parse(text), `${dataset.slug}.csv`);
}

describe('toCsv', () => {
  it.each(all)('toCsv($slug) parses and re-validates to exactly the validated rows', ({ dataset, rows }) => {
    const result = revalidate(dataset, toCsv(dataset, rows));
    expect(result.issues).toEqual([]);
    expect(result.rows.map((r) => r.value)).toEqual(rows);
  });

  it('toCsv writes the header in schema order', () => {
    const first = toCsv(datasets.beneficiaries, tables.beneficiaries).split('\n')[0];
    expect(first).toBe('year,service_id,persons,source_id,source_ref,note_ka,note_en,persons_comparison,persons_stage');
  });

  it('toCsv(beneficiaries): the 2017 counts sum to 248 and unknown counts are empty cells', () => {
    const { header, records } = parse(toCsv(datasets.beneficiaries, tables.beneficiaries));
    const year = header.indexOf('year');
    const persons = header.indexOf('persons');
    const y2017 = records.filter((r) => r.cells[year] === '2017');
    expect(y2017.reduce((sum, r) => sum + Number(r.cells[persons]), 0)).toBe(248);
    expect(records.filter((r) => r.cells[year] === '2018').map((r) => r.cells[persons])).toEqual(['', '', '', '']);
  });

  it('toCsv keeps Georgian text and quotes only fields that need it', () => {
    const csv = toCsv(datasets.beneficiaries, tables.beneficiaries);
    expect(csv).toContain('"პირველადი დახმარება და ძირითადი მედიკამენტები, ფსიქოსოციალური რეაბილიტაციის ჩათვლით."');
    expect(csv).toContain(',წყარო ამას ბენეფიციართა მიკრობიზნეს-პროექტებს უწოდებს.,');
    expect(csv).toContain('\n2017,income_projects,147,report-2018-06,L3,,,exact,served\n');
    const bytes = new TextEncoder().encode(csv);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(csv);
  });

  it('toCsv doubles quotes and quotes line breaks', () => {
    const rows = [{ ...tables.beneficiaries[0]!, note_ka: 'ა "ბ"\nგ', note_en: 'a "b"\nc' }];
    const csv = toCsv(datasets.beneficiaries, rows);
    expect(csv).toContain('"ა ""ბ""\nგ","a ""b""\nc"');
    expect(revalidate(datasets.beneficiaries, csv).rows.map((r) => r.value)).toEqual(rows);
  });

  it('toCsv uses LF line ends, ends with one, and writes no BOM', () => {
    const csv = toCsv(datasets.programs, tables.programs);
    expect(csv).not.toContain('\r');
    expect(csv.endsWith('\n')).toBe(true);
    expect(csv.startsWith(BOM)).toBe(false);
  });

  it('toCsv joins list cells with their delimiter', () => {
    const row = tables.programs.find((r) => r.other_source_ids.length > 0)!;
    expect(toCsv(datasets.programs, [row])).toContain(`,${row.other_source_ids.join(';')},`);
  });

  it('toCsvForExcel is the same CSV with a UTF-8 BOM in front', () => {
    for (const { dataset, rows } of all) {
      const excel = toCsvForExcel(dataset, rows);
      expect(excel.startsWith(BOM)).toBe(true);
      expect(excel.slice(1)).toBe(toCsv(dataset, rows));
      const bytes = new TextEncoder().encode(excel);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('toCsv throws on a text cell beginning like a formula: %j', (bad) => {
    const rows = [...tables.beneficiaries, { ...tables.beneficiaries[0]!, note_en: bad }];
    expect(() => toCsv(datasets.beneficiaries, rows)).toThrow(/beneficiaries\.csv, row 15, column note_en/);
    expect(() => toCsvForExcel(datasets.beneficiaries, rows)).toThrow(/formula/);
  });

  it('toCsv throws on a list item beginning like a formula', () => {
    const rows = [{ ...tables.programs[0]!, other_source_ids: ['=cmd'] }];
    expect(() => toCsv(datasets.programs, rows)).toThrow(/other_source_ids/);
  });
});

describe('toCsv lists', () => {
  it('toCsv throws on a list item that holds the delimiter', () => {
    const rows = [{ ...tables.programs[0]!, other_source_ids: ['a;b'] }];
    expect(() => toCsv(datasets.programs, rows)).toThrow(/delimiter/);
  });
});
