import { describe, expect, it } from 'vitest';
import { datasets } from '../../schemas/index.ts';
import { columnDocs, formatSize, previewCell } from './data-catalogue.ts';

describe('data catalogue', () => {
  it('columnDocs documents every column of programs from the schema, in both languages', () => {
    const en = columnDocs(datasets.programs, 'en');
    const ka = columnDocs(datasets.programs, 'ka');
    expect(en.map((c) => c.name)).toEqual(Object.keys(datasets.programs.columns));
    const budget = en.find((c) => c.name === 'budget_gel')!;
    expect(budget).toMatchObject({ type: 'whole number', unit: 'GEL (lari)', label: 'Budget', required: false, allowed: '≥ 0' });
    expect(ka.find((c) => c.name === 'budget_gel')!.label).toBe('ბიუჯეტი');
    expect(en.find((c) => c.name === 'breakdown')!.allowed).toContain('exact (adds up exactly)');
    expect(en.find((c) => c.name === 'period_start')!.type).toBe('date (YYYY-MM-DD)');
  });
  it('previewCell shows an empty value as not reported, never 0', () => {
    expect(previewCell(null, 'en')).toEqual({ text: 'not reported', missing: true });
    expect(previewCell(0, 'en')).toEqual({ text: '0', missing: false });
    expect(previewCell(['a', 'b'], 'en').text).toBe('a;b');
  });
  it('formatSize writes kilobytes in each language', () => {
    expect(formatSize(1536, 'en')).toBe('1.5 KB');
    expect(formatSize(35 * 1024, 'ka')).toBe('35 კბ');
  });
});

describe('coverageText', () => {
  it('coverageText writes a span of years with a dash, and no coverage as not reported', async () => {
    const { coverageText } = await import('./data-catalogue.ts');
    expect(coverageText('2015/2018', 'en')).toEqual({ text: '2015–2018', missing: false });
    expect(coverageText(null, 'ka')).toEqual({ text: 'მონაცემი არ არის', missing: true });
  });
});
