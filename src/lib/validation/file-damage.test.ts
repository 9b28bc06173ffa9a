import { describe, expect, it } from 'vitest';
import { summarizeFileDamage } from './file-damage.ts';
import { formatIssue, rowRanges, type DataIssue } from './issues.ts';
import { formatReport } from '../update/report.ts';

const cell = (row: number, column: string, code: string, found = '??????'): DataIssue => ({
  severity: 'error', file: 'data/services.csv', row, column, code, expected: { en: 'e', ka: 'ე' }, found,
});
const ka = new Set(['name_ka', 'description_ka']);

describe('summarizeFileDamage', () => {
  it('leaves a damaged cell or two among many good ones as they are', () => {
    const issues = [cell(3, 'name_ka', 'question_marks'), cell(4, 'name_ka', 'question_marks')];
    expect(summarizeFileDamage(issues, 'data/services.csv', ka, 12, () => '??????')).toEqual(issues);
  });

  it('says it once for the file when most Georgian cells are lost, listing the rows, and keeps other errors', () => {
    const other: DataIssue = { ...cell(5, 'source_id', 'bad_pattern'), found: 'X' };
    const issues = [cell(2, 'name_ka', 'question_marks'), cell(3, 'name_ka', 'question_marks'), cell(3, 'description_ka', 'question_marks'), cell(7, 'name_ka', 'question_marks'), other];
    const out = summarizeFileDamage(issues, 'data/services.csv', ka, 6, () => '??????');
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ file: 'data/services.csv', code: 'file_question_marks', rows: [2, 3, 7], found: '??????' });
    expect(out[0]!.row).toBeUndefined();
    expect(out[0]!.expected.en).toContain('4 of 6 Georgian cells');
    expect(out[0]!.expected.ka).toContain('6 ქართული უჯრიდან 4-ში');
    expect(out[1]).toBe(other);
    expect(formatIssue(out[0]!, 'en')).toMatch(/^data\/services\.csv, rows 2–3, 7: expected Georgian letters/);
    expect(formatIssue(out[0]!, 'ka')).toMatch(/^data\/services\.csv, სტრიქონები 2–3, 7: მოსალოდნელი იყო ქართული ასოები/);
    expect(formatReport(out, 'en')).toContain('data/services.csv\n  The whole file\n    Rows: 2–3, 7\n    Found: ??????');
  });

  it('names the kind most cells have and, for mojibake, whether it can be restored', () => {
    const moji = 'áƒ¡áƒ\u0090áƒ¨';
    const issues = [cell(2, 'name_ka', 'mojibake', moji), cell(3, 'name_ka', 'mojibake', moji), cell(4, 'name_ka', 'replacement_character', '�')];
    const [sure] = summarizeFileDamage(issues, 'data/services.csv', ka, 3, () => moji);
    expect(sure!.code).toBe('file_mojibake');
    expect(sure!.hint!.en).toContain('npm run check -- --fix writes a repaired copy, data/services.repaired.csv');
    const [lost] = summarizeFileDamage(issues, 'data/services.csv', ka, 3, () => 'áƒ¡áƒ�áƒ¨');
    expect(lost!.hint!.en).toContain('cannot be restored from this file');
    expect(lost!.hint!.ka).toContain('აღდგენა შეუძლებელია');
  });
});

describe('rowRanges', () => {
  it('joins consecutive rows into ranges', () => {
    expect(rowRanges([7, 2, 3, 4, 9, 10, 3])).toBe('2–4, 7, 9–10');
    expect(rowRanges([5])).toBe('5');
    expect(rowRanges([])).toBe('');
  });
});
