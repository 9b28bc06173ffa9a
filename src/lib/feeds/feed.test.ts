import { describe, expect, it } from 'vitest';
import { fixtureTables, liveTables } from '../../../tests/support/fixture-data.ts';
import type { Row } from '../../schemas/index.ts';
import { changeLine, feedItems, releases } from './feed.ts';

const tables = fixtureTables();
const rev = (id: string, date: string, over: Partial<Row<'revisions'>> = {}): Row<'revisions'> => ({
  revision_id: id, date, dataset: 'programs', row_key: null, column: null, status: 'final',
  change_ka: 'ცვლილება.', change_en: 'A change.', reason_ka: 'მიზეზი.', reason_en: 'A reason.', ...over,
});

describe('releases', () => {
  it('releases groups revisions by date, newest first, keeping file order within a date', () => {
    const r = releases([rev('a', '2026-11-25'), rev('b', '2027-03-01'), rev('c', '2026-11-25')]);
    expect(r.map((x) => [x.date, x.revisions.map((v) => v.revision_id)])).toEqual([['2027-03-01', ['b']], ['2026-11-25', ['a', 'c']]]);
  });
});

describe('changeLine', () => {
  it('changeLine names the dataset, row and column, the change, the reason and the status', () => {
    expect(changeLine(rev('x', '2027-01-01', { row_key: '2018', column: 'budget_gel', status: 'revised' }), 'en')).toBe('Program years · 2018 · budget_gel: A change. A reason. (revised)');
  });
});

describe('feedItems', () => {
  it('feedItems makes one item per release of the live data, newest first, each dated and linked', () => {
    const live = liveTables().revisions;
    const items = feedItems(live, 'en', 'https://data.example.org/en/data/changes/');
    const dates = [...new Set(live.map((r) => r.date))].sort().reverse();
    expect(items.map((i) => i.guid)).toEqual(dates.map((d) => `release-${d}`));
    for (const i of items) expect(i.link).toMatch(/^https:\/\/data\.example\.org\/en\/data\/changes\/#[\w-]+$/);
  });
  it('feedItems makes one item per release of the fixture, linked to its first change', () => {
    const items = feedItems(tables.revisions, 'en', 'https://data.example.org/en/data/changes/');
    const dates = new Set(tables.revisions.map((r) => r.date));
    expect(items).toHaveLength(dates.size);
    const first = items[0]!;
    expect(first.title).toMatch(/^Data release, \d+ \w+ \d{4}$/);
    expect(first.link).toMatch(/^https:\/\/data\.example\.org\/en\/data\/changes\/#[\w-]+$/);
    expect(first.guid).toMatch(/^release-\d{4}-\d{2}-\d{2}$/);
    expect(first.description.split('\n').length).toBe(1 + tables.revisions.filter((r) => `release-${r.date}` === first.guid).length);
    expect(first.pubDate.toISOString()).toMatch(/T00:00:00.000Z$/);
  });
  it('feedItems speaks Georgian in the Georgian feed', () => {
    const [item] = feedItems(tables.revisions, 'ka', 'https://data.example.org/data/changes/');
    expect(item!.title).toMatch(/^მონაცემების გამოქვეყნება: \d{4} წლის \d+ /);
    expect(item!.description).toContain('პირველი გამოქვეყნება.');
  });
});

describe('feedItems with frozen releases', () => {
  it('a date with a release names its version and links its page', () => {
    const pages = new Map([['2026-11-25', { version: '1.0.0', url: 'https://data.example.org/en/releases/1.0.0/' }]]);
    const items = feedItems(tables.revisions, 'en', 'https://data.example.org/en/data/changes/', pages);
    const first = items.find((i) => i.guid === 'release-2026-11-25')!;
    expect(first.title).toBe('Data release 1.0.0, 25 November 2026');
    expect(first.link).toBe('https://data.example.org/en/releases/1.0.0/');
  });
});
