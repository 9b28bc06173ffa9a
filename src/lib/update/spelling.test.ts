import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataTexts, narrativeTexts, schemaTexts, uiTexts } from './georgian-text.ts';
import { distinctWords, georgianWords, loadSpeller, readWordList, unknownWords } from './spelling.ts';

const ROOT = resolve('.');
const WORD_LIST = resolve(ROOT, 'docs/spelling/ka.txt');
const speller = loadSpeller(WORD_LIST);

describe('georgianWords', () => {
  it('georgianWords skips case endings on names and numbers and keeps compounds whole', () => {
    expect(georgianWords('IOM-ის და 248-დან: ერთ-ერთი, მომზადება-გადამზადება.')).toEqual(['და', 'ერთ-ერთი', 'მომზადება-გადამზადება']);
  });
});

describe('Georgian spelling', () => {
  it('loadSpeller knows the dictionary, the word list, and rejects what the review rejected', () => {
    expect(speller.correct('თებერვლამდე')).toBe(true);
    expect(speller.correct('მიგრანტებს')).toBe(true); // from docs/spelling/ka.txt
    for (const w of ['წვდომადობა', 'მობილობის', 'აიწყოს', 'უსკრიპტოდაც']) expect(speller.correct(w), w).toBe(false);
  });
  it('the word list has no duplicates and no word the dictionary already knows', () => {
    const list = readWordList(WORD_LIST);
    expect(list.length).toBe(new Set(list).size);
    const plain = loadSpeller(resolve(ROOT, 'docs/spelling/empty.txt'));
    expect(list.filter((w) => plain.correct(w))).toEqual([]);
  });
  it('UI strings, schema texts, data _ka cells and narratives have zero unknown words', () => {
    const texts = [...uiTexts(), ...schemaTexts(), ...dataTexts(resolve(ROOT, 'data')), ...narrativeTexts(resolve(ROOT, 'content/years'))];
    expect(distinctWords(texts).size).toBeGreaterThan(500);
    expect(unknownWords(texts, speller).map((u) => `${u.word} (${u.where})`)).toEqual([]);
  });
});
