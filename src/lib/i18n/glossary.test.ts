import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allGeorgianTexts } from '../update/georgian-text.ts';
import { banned, findBanned } from './glossary.ts';

const texts = allGeorgianTexts(resolve('.'));

describe('glossary', () => {
  it('findBanned catches each banned variant and lets the right wording through', () => {
    expect(findBanned('მობილობის ცენტრები').map((h) => h.match)).toEqual(['მობილობ']);
    expect(findBanned('ცარიელია, თუ უცნობია.')).toHaveLength(1);
    expect(findBanned('როდის გამოქვეყნდა: წწწწ; ცარიელია, თუ უცნობია.')).toHaveLength(0);
    expect(findBanned('რაოდენობა არ არის ცნობილი')).toHaveLength(1);
    expect(findBanned('ჯერ არ არის ცნობილი')).toHaveLength(0);
    expect(findBanned('(თარიღი: 20 აპრილი, 2017)').length).toBe(2);
    expect(findBanned('ახალი ამბების საიტები')).toHaveLength(0);
    expect(findBanned('ახალი ამბები')).toHaveLength(1);
    expect(findBanned('მობილურობის ცენტრები; არც ერთი; ხელმისაწვდომობა; 2017 წლის 20 აპრილი')).toEqual([]);
    expect(banned.length).toBeGreaterThan(10);
  });
  it('the corpus holds every kind of Georgian text', () => {
    for (const kind of ['ui', 'schema', 'data', 'narrative', 'doc']) expect(texts.some((t) => t.kind === kind), kind).toBe(true);
  });
  it('no banned variant appears in UI strings, schema texts, data _ka cells, narratives or docs/*.ka.md', () => {
    const hits = texts.flatMap((t) => findBanned(t.text).map((h) => `${t.where}: “${h.match}” → ${h.variant.use} (${h.variant.why})`));
    expect(hits).toEqual([]);
  });
});
