/**
 * Rows → the published Excel workbook, and back (for the round-trip tests).
 *
 * Three sheets:
 * - **data**: the rows. One header row; each header cell holds three lines: the Georgian
 *   label, the English label and the column name used in the CSV and JSON
 *   ("ბენეფიციარები / Beneficiaries / persons").
 *   Why one row and not three: sorting, filtering, "Format as Table", pivot tables and
 *   pandas/readxl all expect a single header row; a journalist reads the labels in their
 *   language, and whoever compares with the CSV or the API finds the machine name in the same
 *   cell. `fromXlsx` reads the column name from the header cell's last line, so the sheet
 *   round-trips even if someone reorders its columns. The header row is frozen and has an
 *   autofilter.
 *   Cells: numbers are numbers; dates are ISO text ("2018-06" has no Excel date, and Excel's
 *   date serials would shift with the reader's 1900/1904 setting), in columns formatted as
 *   Text so that editing does not turn them into dates; lists are joined with their
 *   delimiter; a missing value is an empty cell, never 0.
 * - **columns**: every column with its type, unit, labels and descriptions in both
 *   languages, whether it is required and which values it allows.
 * - **about**: titles and descriptions, licence, publisher, the sources the rows cite,
 *   version and the date of this version.
 *
 * The bytes are deterministic: the workbook's created/modified dates and the ZIP entries'
 * timestamps come from `meta.modified` (the date the data last changed), never the clock, so
 * equal data gives an equal file and an equal SHA-256 on every build.
 */
import ExcelJS from 'exceljs';
import type { Bilingual, ColumnMeta } from '../../schemas/columns.ts';
import { columnNames } from '../../schemas/dataset.ts';
import { assertNoFormulas, cellText, numberText, valueOf } from './cells.ts';
import { citedSources, citesSources } from './sources-cited.ts';
import { tableSchema } from './table-schema.ts';
import type { AnyRow, DatasetInfo, Licence, Publisher, SourceTitle } from './types.ts';
import { withFixedZipTimestamps } from './zip-timestamps.ts';

export const SHEETS = { data: 'data', columns: 'columns', about: 'about' } as const;

export interface XlsxMeta {
  version: string;
  /**
   * When the data last changed. It becomes the workbook's created/modified date, the ZIP
   * timestamps and the "date of this version" on the about sheet.
   */
  modified: Date;
  licence: Licence;
  publisher: Publisher;
  /** Absolute URL of the dataset's page. */
  pageUrl: string;
  /** Rows of sources.csv; the about sheet lists the ones this dataset's rows cite. */
  sources?: readonly SourceTitle[];
}

const GREY = { argb: 'FF595959' };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const TEXT_FORMAT = '@';

/** "ka\nen" header cell text as rich text: both labels bold, an optional third grey line. */
function headerCell(label: Bilingual, third?: string): ExcelJS.CellRichTextValue {
  return {
    richText: [
      { text: label.ka, font: { bold: true } },
      { text: `\n${label.en}`, font: { bold: true } },
      ...(third !== undefined ? [{ text: `\n${third}`, font: { color: GREY, italic: true } }] : []),
    ],
  };
}

function styleHeaderRow(sheet: ExcelJS.Worksheet, columns: number, lines: number): void {
  const row = sheet.getRow(1);
  row.height = 15 * lines + 3;
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c);
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
  }
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
}

/** A width in characters that fits the longest line in a column, within bounds. */
function widthFor(texts: readonly string[], min = 8, max = 60): number {
  const longest = Math.max(0, ...texts.flatMap((t) => t.split('\n')).map((l) => l.length));
  return Math.min(max, Math.max(min, longest + 2));
}

const isNumeric = (meta: ColumnMeta) => meta.type === 'integer' || meta.type === 'number' || meta.type === 'year';

function addDataSheet(wb: ExcelJS.Workbook, dataset: DatasetInfo, rows: readonly AnyRow[]): void {
  const sheet = wb.addWorksheet(SHEETS.data);
  const names = columnNames(dataset);
  const metas = names.map((n) => dataset.columns[n]!.meta);
  metas.forEach((m, c) => (sheet.getRow(1).getCell(c + 1).value = headerCell(m.label, names[c])));
  rows.forEach((row, r) => {
    const xlRow = sheet.getRow(r + 2);
    names.forEach((name, c) => {
      const meta = metas[c]!;
      const value = valueOf(row, name);
      if (value === null || (Array.isArray(value) && value.length === 0)) return;
      const where = `${dataset.file}, row ${r + 2}, column ${name}`;
      if (isNumeric(meta) || meta.type === 'boolean') {
        if (typeof value !== (meta.type === 'boolean' ? 'boolean' : 'number')) throw new Error(`${where}: expected a ${meta.type}, found ${JSON.stringify(value)}`);
        if (typeof value === 'number') numberText(value, where);
        xlRow.getCell(c + 1).value = value as number | boolean;
      } else {
        xlRow.getCell(c + 1).value = cellText(meta, value, where);
      }
    });
  });
  names.forEach((name, c) => {
    const meta = metas[c]!;
    const column = sheet.getColumn(c + 1);
    const texts = rows.map((row) => cellText(meta, valueOf(row, name), name));
    column.width = widthFor([meta.label.ka, meta.label.en, name, ...texts], 8, 50);
    if (!isNumeric(meta) && meta.type !== 'boolean') column.numFmt = TEXT_FORMAT;
    if (widthFor(texts, 0, 1000) > 50) column.alignment = { wrapText: true, vertical: 'top' };
  });
  styleHeaderRow(sheet, names.length, 3);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: names.length } };
}

const DATE_FORMS = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' } as const;

/** The allowed values of a column in words both languages can read. */
export function allowedValues(meta: ColumnMeta): string {
  const lines: string[] = [];
  if (meta.options) lines.push(...meta.options.map((o) => `${o.value} — ${o.label.ka} / ${o.label.en}`));
  if (meta.minimum !== undefined && meta.maximum !== undefined) lines.push(`${meta.minimum}–${meta.maximum}`);
  else if (meta.minimum !== undefined) lines.push(`≥ ${meta.minimum}`);
  else if (meta.maximum !== undefined) lines.push(`≤ ${meta.maximum}`);
  if (meta.type === 'date') lines.push((meta.precisions ?? ['day']).map((p) => DATE_FORMS[p]).join(' | '));
  if (meta.type === 'list') lines.push(`${meta.delimiter ?? ','} — გამყოფი / separator`);
  if (meta.pattern) lines.push(`regex: ${meta.pattern}`);
  return lines.join('\n');
}

/** The headers of a bilingual field's two columns, Georgian first, as each row holds them. */
const inEachLanguage = (h: Bilingual): Bilingual[] => [
  { ka: `${h.ka} (ქართ.)`, en: `${h.en} (Georgian)` },
  { ka: `${h.ka} (ინგლ.)`, en: `${h.en} (English)` },
];

const COLUMN_SHEET_HEADERS: Bilingual[] = [
  { ka: 'სვეტი', en: 'Column' },
  { ka: 'ტიპი', en: 'Type' },
  { ka: 'ერთეული', en: 'Unit' },
  ...inEachLanguage({ ka: 'დასახელება', en: 'Label' }),
  ...inEachLanguage({ ka: 'აღწერა', en: 'Description' }),
  { ka: 'სავალდებულო', en: 'Required' },
  { ka: 'დასაშვები მნიშვნელობები', en: 'Allowed values' },
];

function addColumnsSheet(wb: ExcelJS.Workbook, dataset: DatasetInfo): void {
  const sheet = wb.addWorksheet(SHEETS.columns);
  COLUMN_SHEET_HEADERS.forEach((h, c) => (sheet.getRow(1).getCell(c + 1).value = headerCell(h)));
  const types = new Map(tableSchema(dataset).fields.map((f) => [f.name, f.type]));
  const body = columnNames(dataset).map((name) => {
    const m = dataset.columns[name]!.meta;
    return [
      name,
      types.get(name) ?? m.type,
      m.unit ? `${m.unit.ka} / ${m.unit.en}` : '',
      m.label.ka,
      m.label.en,
      m.description.ka,
      m.description.en,
      m.required ? 'კი / yes' : 'არა / no',
      allowedValues(m),
    ];
  });
  body.forEach((values, i) => {
    const row = sheet.getRow(i + 2);
    values.forEach((v, c) => (row.getCell(c + 1).value = v));
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  const widths = [24, 12, 16, 28, 28, 50, 50, 12, 40];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  styleHeaderRow(sheet, COLUMN_SHEET_HEADERS.length, 2);
}

function addAboutSheet(wb: ExcelJS.Workbook, dataset: DatasetInfo, rows: readonly AnyRow[], meta: XlsxMeta): void {
  const sheet = wb.addWorksheet(SHEETS.about);
  const link = (url: string): ExcelJS.CellHyperlinkValue => ({ text: url, hyperlink: url });
  const cited = citedSources(dataset, rows, meta.sources ?? []);
  const lines: [Bilingual | null, ExcelJS.CellValue][] = [
    [{ ka: 'სათაური', en: 'Title' }, dataset.title.ka],
    [null, dataset.title.en],
    [{ ka: 'აღწერა', en: 'Description' }, dataset.description.ka],
    [null, dataset.description.en],
    [{ ka: 'ვებგვერდი', en: 'Web page' }, link(meta.pageUrl)],
    [{ ka: 'ლიცენზია', en: 'Licence' }, `${meta.licence.title} (${meta.licence.short})`],
    [null, link(meta.licence.path)],
    [{ ka: 'გამომცემელი', en: 'Publisher' }, meta.publisher.name.ka],
    [null, meta.publisher.name.en],
    [{ ka: 'ვერსია', en: 'Version' }, meta.version],
    [{ ka: 'ამ ვერსიის თარიღი', en: 'Date of this version' }, meta.modified.toISOString().slice(0, 10)],
    ...(citesSources(dataset)
      ? ([
          [
            { ka: 'წყაროები', en: 'Sources' },
            'ყოველი სტრიქონი source_id სვეტში ასახელებს თავის წყაროს; ქვემოთ ჩამოთვლილია ამ ფაილის წყაროები (სრული სია: sources.csv).',
          ],
          [null, 'Every row names its source in the source_id column; the sources this file cites are listed below (the full list: sources.csv).'],
          ...cited.map((s): [null, ExcelJS.CellValue] => [null, `${s.source_id}: ${s.title_ka} / ${s.title_en}${s.url ? ` — ${s.url}` : ''}`]),
        ] satisfies [Bilingual | null, ExcelJS.CellValue][])
      : []),
  ];
  lines.forEach(([key, value], i) => {
    const row = sheet.getRow(i + 1);
    if (key) row.getCell(1).value = `${key.ka} / ${key.en}`;
    row.getCell(1).font = { bold: true };
    row.getCell(2).value = value;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    if (typeof value === 'object' && value !== null && 'hyperlink' in value) row.getCell(2).font = { color: { argb: 'FF0563C1' }, underline: true };
  });
  sheet.getColumn(1).width = 34;
  sheet.getColumn(2).width = 100;
}

/**
 * The XLSX workbook of a dataset's rows. Throws if a text cell would run as a spreadsheet
 * formula (exceljs writes strings as strings, but a reader may save the sheet as CSV).
 */
export async function toXlsx(dataset: DatasetInfo, rows: readonly AnyRow[], meta: XlsxMeta): Promise<Buffer> {
  assertNoFormulas(dataset, rows);
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.publisher.name.en;
  wb.lastModifiedBy = meta.publisher.name.en;
  wb.created = meta.modified;
  wb.modified = meta.modified;
  wb.title = `${dataset.title.ka} / ${dataset.title.en}`;
  wb.subject = dataset.description.en;
  addDataSheet(wb, dataset, rows);
  addColumnsSheet(wb, dataset);
  addAboutSheet(wb, dataset, rows, meta);
  const zipped = await wb.xlsx.writeBuffer();
  return withFixedZipTimestamps(new Uint8Array(zipped as ArrayBuffer), meta.modified);
}

/** Plain text of a cell as exceljs reads it back (rich text and hyperlinks included). */
function textOf(cell: ExcelJS.Cell): string {
  return cell.text ?? '';
}

/**
 * Reads the data sheet of a workbook written by `toXlsx` back into typed rows (keys in schema
 * order). Throws if a header is unknown or missing, or a cell has the wrong kind of value.
 */
export async function fromXlsx(buffer: Uint8Array, dataset: DatasetInfo): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const sheet = wb.getWorksheet(SHEETS.data);
  if (!sheet) throw new Error(`${dataset.slug}.xlsx: no sheet named "${SHEETS.data}"`);
  const names = columnNames(dataset);
  const header = sheet.getRow(1);
  const position = new Map<string, number>();
  for (let c = 1; c <= header.cellCount; c++) {
    const name = textOf(header.getCell(c)).split('\n').pop()!.trim();
    if (!names.includes(name)) throw new Error(`${dataset.slug}.xlsx: unknown column "${name}" in header cell ${c}`);
    position.set(name, c);
  }
  const missing = names.filter((n) => !position.has(n));
  if (missing.length) throw new Error(`${dataset.slug}.xlsx: missing columns ${missing.join(', ')}`);
  const rows: Record<string, unknown>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const xlRow = sheet.getRow(r);
    if (!xlRow.hasValues) continue;
    rows.push(
      Object.fromEntries(
        names.map((name) => {
          const meta = dataset.columns[name]!.meta;
          const raw = xlRow.getCell(position.get(name)!).value;
          const where = `${dataset.slug}.xlsx, row ${r}, column ${name}`;
          if (raw === null || raw === undefined || raw === '') return [name, meta.type === 'list' ? [] : null];
          if (isNumeric(meta) || meta.type === 'boolean') {
            if (typeof raw !== (meta.type === 'boolean' ? 'boolean' : 'number')) throw new Error(`${where}: expected a ${meta.type}, found ${JSON.stringify(raw)}`);
            return [name, raw];
          }
          if (typeof raw !== 'string') throw new Error(`${where}: expected text, found ${JSON.stringify(raw)}`);
          return [name, meta.type === 'list' ? raw.split(meta.delimiter ?? ',') : raw];
        }),
      ),
    );
  }
  return rows;
}
