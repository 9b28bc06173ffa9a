import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../../tests/support/fixture-data.ts';
import { formatCell } from '../format-cell.ts';
import { matrixChart } from '../entries/matrix.ts';
import { matrixModel, matrixTakeaway } from './model.ts';

const tables = fixtureTables();

describe('matrixModel (fixture)', () => {
  it('matrixModel has a row per service and a cell per program year', () => {
    const v = matrixModel(tables, 'en');
    expect(v.years).toEqual([2015, 2016, 2017, 2018]);
    expect(v.rows.map((r) => r.serviceId)).toEqual(tables.services.map((s) => s.service_id));
    const income = v.rows.find((r) => r.serviceId === 'income_projects')!;
    expect(income.name).toBe('Funding of income-generating projects');
    expect(income.cells.map((c) => [c.state, c.text])).toEqual([
      ['offered', 'offered; count not reported'],
      ['unknown', 'not reported'],
      ['counted', '147'],
      ['offered', 'offered; count not reported'],
    ]);
    expect(v.rows.find((r) => r.serviceId === 'housing')!.cells[0]!.text).toBe('not offered');
  });

  it('matrixModel groups the years: counted 2017, offered only 2015 and 2018, unknown 2016', () => {
    const v = matrixModel(tables, 'en');
    expect(v.countedYears).toEqual([2017]);
    expect(v.offeredOnlyYears).toEqual([2015, 2018]);
    expect(v.unknownYears).toEqual([2016]);
    expect(matrixTakeaway(v, 'en')).toBe(
      'Counts by service are known for 2017. For 2015 and 2018, the services offered are known but their counts are not. For 2016, our sources do not list the services.',
    );
    expect(matrixTakeaway(matrixModel(tables, 'ka'), 'ka')).toContain('2015 და 2018');
  });

  it('matrixModel has a legend entry for each of the four states, with words in Georgian', () => {
    const legend = matrixModel(tables, 'ka').legend;
    expect(legend.map((l) => l.state)).toEqual(['counted', 'offered', 'not_offered', 'unknown']);
    for (const l of legend) expect(l.label + l.meaning).toMatch(/^[^A-Za-z]+$/);
  });

  it('matrixModel’s cells say what the matrix slice’s table and download say', () => {
    const entry = matrixChart(tables);
    for (const locale of ['ka', 'en'] as const) {
      const v = matrixModel(tables, locale);
      v.rows.forEach((row, i) => {
        const sliceRow = entry.slice.rows[i]!;
        expect(sliceRow.service_id).toBe(row.serviceId);
        for (const cell of row.cells) {
          const column = entry.slice.columns.find((c) => c.key === `y${cell.year}`)!;
          expect(formatCell(column, sliceRow, locale).text, `${row.serviceId} ${cell.year} ${locale}`).toBe(cell.text);
        }
      });
    }
  });
});
