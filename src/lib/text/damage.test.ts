import { describe, expect, it } from 'vitest';
import { decodeSingleByte } from './codepages.ts';
import { notGeorgian, textDamage } from './damage.ts';

describe('textDamage', () => {
  it('passes Georgian and English text, a Georgian question, a lone ? in English', () => {
    for (const s of ['სამედიცინო დახმარება', 'IOM-ის პროექტი „მეტი მეტისთვის“', 'რა შეიცვალა?', '7']) expect(textDamage(s, true), s).toBeNull();
    for (const s of ['Medical assistance', 'What changed?', 'https://nwbc.ge/?p=26561']) expect(textDamage(s, false), s).toBeNull();
  });

  it('reports ? where Georgian letters were (plain CSV), in Georgian columns only', () => {
    const d = textDamage('??????????? ?????????? ???????????', true);
    expect(d?.code).toBe('question_marks');
    expect(d?.hint.en).toContain('plain CSV');
    expect(d?.hint.ka).toContain('უბრალო CSV');
    expect(textDamage('?. 7', true)?.code).toBe('question_marks');
    expect(textDamage('IOM-??', true)?.code).toBe('question_marks');
    expect(textDamage('??????????? ?????????? ???????????', false)).toBeNull();
  });

  it('reports mojibake in any text column, with the repaired text in the hint', () => {
    const cell = decodeSingleByte(Buffer.from('სამედიცინო დახმარება', 'utf8'), 'windows-1252');
    for (const georgian of [true, false]) {
      const d = textDamage(cell, georgian)!;
      expect(d.code).toBe('mojibake');
      expect(d.repaired).toBe('სამედიცინო დახმარება');
      expect(d.hint.en).toContain('"სამედიცინო დახმარება"');
      expect(d.hint.ka).toContain('„სამედიცინო დახმარება“');
      expect(d.hint.en).toContain('npm run check -- --fix');
    }
    expect(textDamage('Payment for medical services â€“ and medicines', false)?.code).toBe('mojibake');
  });

  it('reports � and control characters with a short excerpt', () => {
    expect(textDamage('სამ�დიცინო', true)?.code).toBe('replacement_character');
    expect(textDamage('First aid\u0000 and basic medicines', false)).toMatchObject({ code: 'control_character', found: expect.stringContaining('aid[NUL character] and') });
    expect(textDamage('პირველადი\ufeffდახმარება', true)?.code).toBe('control_character');
    expect(textDamage(`${'ა'.repeat(5000)}�`, true)!.found.length).toBeLessThanOrEqual(40);
  });
});

describe('notGeorgian', () => {
  it('accepts Georgian, a cell without letters, and a name written the same in both languages', () => {
    expect(notGeorgian('ქუთაისი', 'Kutaisi', 'city_en')).toBeNull();
    expect(notGeorgian('2018', '2018', 'x_en')).toBeNull();
    expect(notGeorgian('GeoNames', 'GeoNames', 'publisher_en')).toBeNull();
    expect(notGeorgian('Nor.ge', 'Nor.ge', 'publisher_en')).toBeNull();
    expect(notGeorgian('nor.ge', 'nor.ge', 'publisher_en')?.code).toBe('not_georgian');
  });

  it('rejects Latin text in a Georgian column, naming the English column', () => {
    const p = notGeorgian('Medical assistance', 'სამედიცინო დახმარება', 'name_en');
    expect(p?.code).toBe('not_georgian');
    expect(p?.hint.en).toContain('name_en');
    expect(p?.hint.ka).toContain('name_en');
    expect(notGeorgian('Kutaisi', null, 'city_en')?.code).toBe('not_georgian');
    // English copied into both columns is not a name.
    expect(notGeorgian('Medical assistance', 'Medical assistance', 'name_en')?.code).toBe('not_georgian');
    expect(notGeorgian('IOM Georgia 2', 'IOM Georgia 2', 'x_en')).toBeNull();
  });
});
