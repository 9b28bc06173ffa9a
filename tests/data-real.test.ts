/**
 * The live data/ passes every check and keeps every rule that must hold whatever year the
 * ministry adds (a source for every row, exact breakdowns that add up, no 0 for "unknown",
 * unique keys). The figures of the progress report (06/2018) are read back exactly from the
 * frozen fixture (tests/fixtures/data-2026-11/): correcting data/ later is a revision, not a
 * test failure.
 */
import { describe, expect, it } from 'vitest';
import { errorsOf, formatIssue } from '../src/lib/validation/issues.ts';
import { loadData } from '../src/lib/validation/load.ts';
import { columnNames } from '../src/schemas/dataset.ts';
import { datasets, slugs } from '../src/schemas/index.ts';
import { FIXTURE_DATA, FIXTURE_YEARS, fixtureTables, LIVE_DATA } from './support/fixture-data.ts';

const { tables, issues } = loadData(LIVE_DATA, 'data');
const fixture = fixtureTables();

const program = (year: number) => {
  const p = fixture.programs.find((r) => r.year === year);
  expect(p, `programs.csv has a row for ${year}`).toBeDefined();
  return p!;
};
const persons = (year: number, service: string) => {
  const b = fixture.beneficiaries.find((r) => r.year === year && r.service_id === service);
  expect(b, `beneficiaries.csv has a row for ${year} / ${service}`).toBeDefined();
  return b!.persons;
};

describe('the real data', () => {
  it('passes every check with zero errors', () => {
    expect(errorsOf(issues).map((i) => formatIssue(i, 'en'))).toEqual([]);
  });

  it('the frozen fixture passes every check too (today\'s schemas still read it)', () => {
    expect(errorsOf(loadData(FIXTURE_DATA, 'data').issues).map((i) => formatIssue(i, 'en'))).toEqual([]);
    expect(fixture.programs.map((p) => p.year)).toEqual(FIXTURE_YEARS);
  });

  it.each(slugs)('%s has rows', (slug) => {
    expect(tables[slug].length).toBeGreaterThan(0);
  });

  it('has every program year of the fixture, and years only added after them', () => {
    const years = tables.programs.map((p) => p.year);
    expect(years).toEqual(expect.arrayContaining(fixture.programs.map((p) => p.year)));
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(new Set(years).size).toBe(years.length);
  });

  it('every year whose breakdown is exact has counts by service that add up to its persons served', () => {
    const exact = tables.programs.filter((p) => p.breakdown === 'exact');
    expect(exact.length).toBeGreaterThan(0);
    for (const p of exact) {
      const rows = tables.beneficiaries.filter((b) => b.year === p.year);
      expect(rows.length, `${p.year} has counts by service`).toBeGreaterThan(0);
      expect(rows.every((r) => r.persons !== null), `${p.year}: every service counted`).toBe(true);
      expect(rows.reduce((s, r) => s + (r.persons ?? 0), 0), `${p.year}`).toBe(p.persons_served);
    }
  });

  it('every beneficiaries row belongs to a program year and a known service, once', () => {
    const years = new Set(tables.programs.map((p) => p.year));
    const services = new Set(tables.services.map((s) => s.service_id));
    const keys = tables.beneficiaries.map((b) => `${b.year}/${b.service_id}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const b of tables.beneficiaries) {
      expect(years.has(b.year), `${b.year} is in programs.csv`).toBe(true);
      expect(services.has(b.service_id), `${b.service_id} is in services.csv`).toBe(true);
    }
  });
});

describe("the report's figures read back exactly (frozen fixture)", () => {
  it('2017: budget 590000 GEL, 248 persons served, period 2017-04-20 to 2018-02-20', () => {
    const p = program(2017);
    expect(p.budget_gel).toBe(590000);
    expect(p.persons_served).toBe(248);
    expect(p.period_start).toBe('2017-04-20');
    expect(p.period_end).toBe('2018-02-20');
    expect(p.breakdown).toBe('exact');
  });

  it('2017 by service: income projects 147, medical 57, vocational 30, housing 14, adding up to 248', () => {
    const counts = {
      income_projects: persons(2017, 'income_projects'),
      medical: persons(2017, 'medical'),
      vocational: persons(2017, 'vocational'),
      housing: persons(2017, 'housing'),
    };
    expect(counts).toEqual({ income_projects: 147, medical: 57, vocational: 30, housing: 14 });
    const all2017 = fixture.beneficiaries.filter((r) => r.year === 2017);
    expect(all2017).toHaveLength(4);
    expect(all2017.reduce((s, r) => s + (r.persons ?? 0), 0)).toBe(248);
    expect(147 + 57 + 30 + 14).toBe(program(2017).persons_served);
  });

  it('2018: budget 650000 GEL; services listed, counts not reported (empty, not 0)', () => {
    const p = program(2018);
    expect(p.budget_gel).toBe(650000);
    expect(p.persons_served).toBeNull();
    expect(p.breakdown).toBe('not_reported');
    const rows = fixture.beneficiaries.filter((r) => r.year === 2018);
    expect(rows.map((r) => r.service_id).sort()).toEqual(['housing', 'income_projects', 'medical', 'vocational']);
    for (const r of rows) expect(r.persons, `2018 / ${r.service_id}`).toBeNull();
  });

  it('earlier years: 2015 budget 400000 GEL, 2016 budget 600000 GEL, persons not reported', () => {
    expect(program(2015).budget_gel).toBe(400000);
    expect(program(2016).budget_gel).toBe(600000);
    expect(program(2015).persons_served).toBeNull();
    expect(program(2016).persons_served).toBeNull();
    for (const r of fixture.beneficiaries.filter((b) => b.year === 2015)) expect(r.persons).toBeNull();
  });

  it('grant agreements of 2018 signed on 2018-04-24', () => {
    const m = fixture.milestones.find((r) => r.milestone_id === 'grants-2018');
    expect(m).toBeDefined();
    expect(m!.date).toBe('2018-04-24');
    expect(m!.date_precision).toBe('day');
    expect(m!.program_year).toBe(2018);
  });

  it('the 2017 program period is also a milestone, 2017-04-20 to 2018-02-20', () => {
    const m = fixture.milestones.find((r) => r.milestone_id === 'program-2017');
    expect(m).toBeDefined();
    expect([m!.date, m!.date_end]).toEqual(['2017-04-20', '2018-02-20']);
  });

  it('training on migration and local development, 2018-06-11 to 2018-06-15', () => {
    const t = fixture.trainings.find((r) => r.training_id === 'migration-local-development-2018-06');
    expect(t).toBeDefined();
    expect(t!.date_start).toBe('2018-06-11');
    expect(t!.date_end).toBe('2018-06-15');
    expect(t!.date_precision).toBe('day');
  });
});

describe('provenance and honesty', () => {
  const known = new Set(tables.sources.map((s) => s.source_id));
  // sources.csv is the list itself; revisions.csv logs changes and holds no figure.
  const withSources = slugs.filter((s) => s !== 'sources' && s !== 'revisions');

  it.each(withSources)('every row of %s names a source_id that exists in sources.csv', (slug) => {
    const names = columnNames(datasets[slug]);
    expect(names).toContain('source_id');
    const sourceColumns = names.filter((n) => n.endsWith('source_id') || n.endsWith('source_ids'));
    for (const [i, row] of (tables[slug] as Record<string, unknown>[]).entries()) {
      // A program year with no figure at all (2019: nothing published) has nothing to source.
      const figureless = slug === 'programs' && ['period_start', 'period_end', 'budget_gel', 'persons_served', 'service_directions'].every((c) => row[c] === null);
      if (!figureless) expect(typeof row.source_id === 'string' && row.source_id !== '', `${slug} row ${i + 2} has a source_id`).toBe(true);
      for (const c of sourceColumns) {
        const v = row[c];
        for (const id of Array.isArray(v) ? v : v === null ? [] : [v]) {
          expect(known.has(String(id)), `${slug} row ${i + 2}, ${c}: ${String(id)} is in sources.csv`).toBe(true);
        }
      }
    }
  });

  // None of the sources reports a zero; a 0 in the data would be an empty ("not reported")
  // cell that was turned into a number.
  it.each(slugs)('no numeric cell of %s is 0', (slug) => {
    const numeric = Object.entries(datasets[slug].columns as Record<string, { meta: { type: string } }>)
      .filter(([, c]) => c.meta.type === 'integer' || c.meta.type === 'number')
      .map(([n]) => n);
    for (const [i, row] of (tables[slug] as Record<string, unknown>[]).entries()) {
      for (const c of numeric) expect(row[c], `${slug} row ${i + 2}, ${c}`).not.toBe(0);
    }
  });
});
