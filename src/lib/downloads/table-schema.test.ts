import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { datasets } from '../../schemas/index.ts';
import { toCsv } from './csv.ts';
import { tableSchema, xsdPattern, type TableSchemaField } from './table-schema.ts';
import { all } from './test-support.ts';

const field = (schema: ReturnType<typeof tableSchema>, name: string) => schema.fields.find((f) => f.name === name)!;

/** What a Table Schema validator would check of one CSV cell (patterns anchored, as frictionless does). */
function cellOk(f: TableSchemaField, cell: string): boolean {
  if (cell === '') return !f.constraints?.required;
  const c = f.constraints ?? {};
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, 'u').test(cell)) return false;
  if (c.enum && !c.enum.includes(cell)) return false;
  const lexical: Partial<Record<TableSchemaField['type'], RegExp>> = {
    integer: /^-?\d+$/,
    number: /^-?\d+(\.\d+)?$/,
    year: /^\d{4}$/,
    yearmonth: /^\d{4}-(0[1-9]|1[0-2])$/,
    date: /^\d{4}-\d{2}-\d{2}$/,
  };
  if (lexical[f.type] && !lexical[f.type]!.test(cell)) return false;
  const n = Number(cell);
  if (c.minimum !== undefined && n < c.minimum) return false;
  if (c.maximum !== undefined && n > c.maximum) return false;
  return true;
}

describe('tableSchema', () => {
  it.each(all)('every cell of the published $slug.csv satisfies tableSchema($slug)', ({ dataset, rows }) => {
    const schema = tableSchema(dataset);
    const [header = [], ...records] = Papa.parse<string[]>(toCsv(dataset, rows), { skipEmptyLines: true }).data;
    expect(header).toEqual(schema.fields.map((f) => f.name));
    for (const cells of records) {
      cells.forEach((cell, i) => expect({ field: header[i], cell, ok: cellOk(schema.fields[i]!, cell) }).toMatchObject({ ok: true }));
    }
  });

  it('tableSchema maps full dates to date, months to yearmonth and mixed precision to a patterned string', () => {
    expect(field(tableSchema(datasets.programs), 'period_start').type).toBe('date');
    expect(field(tableSchema(datasets.iom_projects), 'period_start').type).toBe('yearmonth');
    const mixed = field(tableSchema(datasets.milestones), 'date');
    expect(mixed.type).toBe('string');
    const re = new RegExp(`^(?:${mixed.constraints!.pattern})$`);
    for (const ok of ['2016-03-07', '2018-06', '2015']) expect(re.test(ok)).toBe(true);
    for (const bad of ['2018-13', '07.03.2016', '2018-06-', '201']) expect(re.test(bad)).toBe(false);
  });

  it('tableSchema carries titles, Georgian labels, units and constraints from the column metadata', () => {
    const persons = field(tableSchema(datasets.beneficiaries), 'persons');
    expect(persons).toMatchObject({
      type: 'integer',
      title: 'Beneficiaries',
      'x-label-ka': 'ბენეფიციარები',
      'x-unit-en': 'persons',
      constraints: { minimum: 0 },
    });
    expect(persons.constraints!.required).toBeUndefined();
    const year = field(tableSchema(datasets.beneficiaries), 'year');
    expect(year).toMatchObject({ type: 'year', constraints: { required: true, minimum: 1991, maximum: 9999 } });
    const breakdown = field(tableSchema(datasets.programs), 'breakdown');
    expect(breakdown.constraints!.enum).toEqual(['exact', 'overlapping', 'not_reported']);
    expect(breakdown.categories![0]).toEqual({ value: 'exact', label: 'adds up exactly' });
  });

  it('tableSchema writes list columns as delimited strings and keeps their foreign key on the field only', () => {
    const schema = tableSchema(datasets.programs);
    const list = field(schema, 'other_source_ids');
    expect(list).toMatchObject({ type: 'string', 'x-delimiter': ';', 'x-item-reference': { resource: 'sources', fields: ['source_id'] } });
    const re = new RegExp(`^(?:${list.constraints!.pattern})$`);
    expect(re.test('scmi-186;mra-10431')).toBe(true);
    expect(re.test('scmi-186;')).toBe(false);
    expect(schema.foreignKeys!.map((k) => k.fields[0])).toEqual(['source_id', 'administered_by_source_id']);
  });

  it('tableSchema declares missing values, the primary key and foreign keys', () => {
    const schema = tableSchema(datasets.beneficiaries);
    expect(schema.missingValues).toEqual(['']);
    expect(schema.primaryKey).toEqual(['year', 'service_id']);
    expect(schema.foreignKeys).toContainEqual({ fields: ['service_id'], reference: { resource: 'services', fields: ['service_id'] } });
  });

  it('xsdPattern drops the anchors and JavaScript-only escapes', () => {
    expect(xsdPattern('^[a-z][a-z0-9_-]*$')).toBe('[a-z][a-z0-9_-]*');
    expect(xsdPattern('^https?:\\/\\/\\S+$')).toBe('https?://\\S+');
    expect(() => xsdPattern('^(?=a)b$')).toThrow(/XML Schema/);
  });
});
