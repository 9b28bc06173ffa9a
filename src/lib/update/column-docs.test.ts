import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnReference } from './column-docs.ts';

describe('column reference', () => {
  it.each(['ka', 'en'] as const)('docs/columns.%s.md is up to date with the schemas (run npm run docs)', (lang) => {
    expect(readFileSync(`docs/columns.${lang}.md`, 'utf8')).toBe(columnReference(lang));
  });
  it('columnReference documents budget_gel in both languages', () => {
    expect(columnReference('en')).toContain('| `budget_gel` | Budget | State budget allocated to the program for the year, in lari. Read it with budget_comparison: a lower bound ("more than") is not the amount itself. | whole number | GEL (lari) | yes | ≥ 0 |');
    expect(columnReference('ka')).toContain('| `budget_gel` | ბიუჯეტი |');
  });
});
