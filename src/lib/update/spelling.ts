/**
 * Georgian spelling: the Hunspell ka_GE dictionary (`dictionary-ka`, read by `nspell`) plus the
 * project's word list, docs/spelling/ka.txt (program terms, inflected loanwords, names and
 * verb forms the dictionary lacks; one word a line, `#` starts a comment).
 *
 * A word is a run of Georgian letters (U+10D0–U+10FF). A run right after a hyphen that follows
 * a Latin letter or a digit is a case ending on a name or number (`IOM-ის`, `248-დან`) and is
 * not checked; a hyphenated Georgian compound (`ერთ-ერთი`, `მომზადება-გადამზადება`) is
 * accepted whole or part by part.
 *
 * Loading the dictionary takes a few seconds: load it once (`loadSpeller`) and reuse it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nspell from 'nspell';

export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
  /** The words the project list adds (lower case). */
  projectWords: ReadonlySet<string>;
}

/** The words of a list file: one a line, `#` comments and blank lines ignored. */
export function readWordList(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

export function loadSpeller(wordListPath: string): Speller {
  const require = createRequire(import.meta.url);
  const aff = readFileSync(require.resolve('dictionary-ka/index.aff'));
  const dic = readFileSync(require.resolve('dictionary-ka/index.dic'));
  const spell = nspell(aff, dic);
  const projectWords = new Set(readWordList(wordListPath));
  for (const w of projectWords) spell.add(w);
  const correct = (word: string): boolean =>
    spell.correct(word) || (word.includes('-') && word.split('-').every((p) => spell.correct(p)));
  return { correct, suggest: (w) => spell.suggest(w), projectWords };
}

const GEORGIAN_WORD = /[\u10D0-\u10FF]+(?:-[\u10D0-\u10FF]+)*/gu;

/** The Georgian words of a text, in order (case endings on names and numbers left out). */
export function georgianWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(GEORGIAN_WORD)) {
    const before = text.slice(0, m.index);
    if (/[A-Za-z0-9.)\]»“”"'’%₾]-$/.test(before)) continue;
    out.push(m[0]);
  }
  return out;
}

export interface UnknownWord {
  word: string;
  /** Where it was found first, and how often. */
  where: string;
  count: number;
}

/** The words the speller does not know, each once, with its first place. */
export function unknownWords(texts: readonly { where: string; text: string }[], speller: Speller): UnknownWord[] {
  const found = new Map<string, UnknownWord>();
  const known = new Map<string, boolean>();
  for (const t of texts) {
    for (const word of georgianWords(t.text)) {
      let ok = known.get(word);
      if (ok === undefined) known.set(word, (ok = speller.correct(word)));
      if (ok) continue;
      const u = found.get(word);
      if (u) u.count += 1;
      else found.set(word, { word, where: t.where, count: 1 });
    }
  }
  return [...found.values()];
}

/** Distinct Georgian words of the texts. */
export function distinctWords(texts: readonly { text: string }[]): Set<string> {
  return new Set(texts.flatMap((t) => georgianWords(t.text)));
}
