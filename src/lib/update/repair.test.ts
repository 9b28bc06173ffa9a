import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSingleByte, encodeSingleByte, type CodePage } from '../text/codepages.ts';
import { formatRepairs, planRepair } from './repair.ts';

const original = readFileSync(resolve('data/services.csv'));
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
/** What Excel writes after opening the UTF-8 file as `cp` and saving it as "CSV UTF-8". */
const misreadAndSaved = (cp: CodePage) => utf8(`\ufeff${decodeSingleByte(original, cp)}`);

describe('planRepair', () => {
  it.each(['windows-1252', 'windows-1251', 'iso-8859-1'] as const)('restores services.csv misread as %s exactly, cell by cell', (cp) => {
    const r = planRepair(misreadAndSaved(cp), 'data/services.csv')!;
    expect(r.codePage === cp || cp === 'iso-8859-1').toBe(true);
    expect(r.copy).toBe('data/services.repaired.csv');
    expect(Buffer.from(r.bytes).toString('utf8')).toBe(`\ufeff${original.toString('utf8')}`);
    // Every Georgian cell (and every English one with a curly quote or dash) comes back.
    expect(r.cells.length).toBeGreaterThanOrEqual(12);
    expect(r.cells[0]).toEqual({ row: 2, column: 'name_ka', before: expect.stringMatching(/^(áƒ|бѓ|á\u0083)/), after: 'საშემოსავლო პროექტების დაფინანსება' });
  });

  it('repairs each line on its own: a line that lost letters (�) stays as it is, the others are restored', () => {
    const lines = original.toString('utf8').split('\n');
    const damaged = lines.map((l, i) => {
      const m = decodeSingleByte(Buffer.from(l, 'utf8'), 'windows-1252');
      return i === 2 ? m.replace(/[\u0081\u008d\u008f\u0090\u009d]/g, '\ufffd') : m;
    });
    const r = planRepair(utf8(damaged.join('\n')), 'data/services.csv')!;
    const out = Buffer.from(r.bytes).toString('utf8').split('\n');
    expect(out[1]).toBe(lines[1]);
    expect(out[2]).toBe(damaged[2]);
    expect(out.slice(3)).toEqual(lines.slice(3));
    expect(r.cells.some((c) => c.row === 3)).toBe(false);
  });

  it('offers nothing for good data, for ? (plain CSV), for lost bytes (�) or for a file that is not UTF-8', () => {
    expect(planRepair(original, 'data/services.csv')).toBeNull();
    expect(planRepair(encodeSingleByte(original.toString('utf8'), 'windows-1252'), 'data/services.csv')).toBeNull();
    expect(planRepair(utf8(decodeSingleByte(original, 'windows-1252').replace(/[\u0081\u008d\u008f\u0090\u009d]/g, '\ufffd')), 'data/services.csv')).toBeNull();
    expect(planRepair(Uint8Array.from([0x61, 0x84, 0x62]), 'data/services.csv')).toBeNull();
  });
});

describe('formatRepairs', () => {
  const r = planRepair(misreadAndSaved('windows-1252'), 'data/services.csv')!;

  it('shows the first cells restored and offers --fix, in English and Georgian', () => {
    const en = formatRepairs([r], 'en', false);
    expect(en).toContain('data/services.csv — read as Windows-1252, "Western European"');
    expect(en).toContain('Row 2, name_ka: "áƒ¡');
    expect(en).toContain('→ "საშემოსავლო პროექტების დაფინანსება"');
    expect(en).toContain('To write the repaired copy data/services.repaired.csv, run: npm run check -- --fix');
    const ka = formatRepairs([r], 'ka', false);
    expect(ka).toContain('სტრიქონი 2, name_ka:');
    expect(ka).toContain('npm run check -- --fix');
  });

  it('says where the copy was written once it is', () => {
    expect(formatRepairs([r], 'en', true)).toContain('Written: data/services.repaired.csv. Look it over, then put it in place of data/services.csv');
    expect(formatRepairs([r], 'ka', true)).toContain('ჩაიწერა: data/services.repaired.csv');
    expect(formatRepairs([], 'en', true)).toBe('');
    expect(formatRepairs([{ ...r, remaining: 0 }], 'en', false)).toContain('The repaired copy passes every data check.');
    expect(formatRepairs([{ ...r, remaining: 2 }], 'ka', false)).toContain('შესწორებულ ასლში კიდევ რჩება შეცდომა: 2');
  });
});
