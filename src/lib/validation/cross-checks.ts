/**
 * Rules that look across files: references between datasets, sums that must add up, and
 * coordinates that must fall inside Georgia.
 */
import type { Bilingual } from '../../schemas/columns.ts';
import { datasets, type Row, type Slug } from '../../schemas/index.ts';
import type { InsideTest } from '../geo/inside.ts';
import type { DataIssue } from './issues.ts';
import type { Located } from './validate.ts';

export type LocatedTables = { [S in Slug]: Located<Row<S>>[] };

const ALL: ReadonlySet<Slug> = new Set(Object.keys(datasets) as Slug[]);
const fileOf = (slug: Slug) => `data/${datasets[slug].file}`;
const labelOf = (slug: Slug, column: string): Bilingual => (datasets[slug].columns as Record<string, { meta: { label: Bilingual } }>)[column]!.meta.label;

function issue(slug: Slug, row: number, column: string, code: string, expected: Bilingual, found: string, hint?: Bilingual): DataIssue {
  return { severity: 'error', file: fileOf(slug), row, column, columnLabel: labelOf(slug, column), code, expected, found, ...(hint ? { hint } : {}) };
}

/** Every value of a foreign-key column must exist in the referenced dataset. */
export function checkForeignKeys(t: LocatedTables, clean: ReadonlySet<Slug> = ALL): DataIssue[] {
  const out: DataIssue[] = [];
  for (const slug of Object.keys(datasets) as Slug[]) {
    for (const fk of datasets[slug].foreignKeys ?? []) {
      const target = fk.resource as Slug;
      if (!clean.has(target)) continue;
      const known = new Set(t[target].map((r) => String((r.value as Record<string, unknown>)[fk.resourceField])));
      for (const r of t[slug]) {
        const cell = (r.value as Record<string, unknown>)[fk.field];
        const values = Array.isArray(cell) ? cell : cell === null ? [] : [cell];
        for (const v of values) {
          if (known.has(String(v))) continue;
          out.push(
            issue(slug, r.row, fk.field, `unknown_${fk.resourceField}`,
              { en: `a ${fk.resourceField} that exists in data/${target}.csv`, ka: `${fk.resourceField}, რომელიც არსებობს ფაილში data/${target}.csv` },
              String(v),
              { en: `add a row for ${String(v)} to data/${target}.csv first, or correct the spelling`, ka: `ჯერ დაამატეთ სტრიქონი ${String(v)}-ისთვის ფაილში data/${target}.csv, ან შეასწორეთ მართლწერა` }),
          );
        }
      }
    }
  }
  return out;
}

/**
 * Where a year's breakdown is declared exact, the counts by service add up to persons served;
 * where it is "not_reported", no counts are given. Overlapping breakdowns may add up to more.
 */
export function checkProgramBreakdowns(t: LocatedTables, clean: ReadonlySet<Slug> = ALL): DataIssue[] {
  const out: DataIssue[] = [];
  for (const p of clean.has('programs') && clean.has('beneficiaries') ? t.programs : []) {
    const rows = t.beneficiaries.filter((b) => b.value.year === p.value.year);
    const counted = rows.filter((b) => b.value.persons !== null);
    const sum = counted.reduce((s, b) => s + (b.value.persons ?? 0), 0);
    const where = rows.length ? `data/beneficiaries.csv rows ${rows.map((r) => r.row).join(', ')}` : 'data/beneficiaries.csv';
    if (p.value.breakdown === 'exact') {
      // A breakdown that adds up to a total holds exact counts of people served: no bound,
      // no approximation, no plan.
      for (const b of counted) {
        if (b.value.persons_comparison !== null && b.value.persons_comparison !== 'exact') {
          out.push(
            issue('beneficiaries', b.row, 'persons_comparison', 'inexact_count_in_exact_breakdown',
              { en: `exact, because the ${p.value.year} breakdown is "exact" (data/programs.csv row ${p.row}): its counts add up to persons served`, ka: `exact, რადგან ${p.value.year} წლის breakdown არის „exact“ (data/programs.csv, სტრიქონი ${p.row}): რაოდენობები მომსახურებულ პირთა ჯამს უდრის` },
              b.value.persons_comparison,
              { en: 'a bound or an approximation cannot be added up; if the source gives no exact count, set breakdown to "overlapping" or "not_reported" in data/programs.csv', ka: 'ზღვარს ან მიახლოებას ვერ შევკრებთ; თუ წყარო ზუსტ რაოდენობას არ იძლევა, data/programs.csv-ში breakdown მიუთითეთ „overlapping“ ან „not_reported“' }),
          );
        }
        if (b.value.persons_stage !== null && b.value.persons_stage !== 'served') {
          out.push(
            issue('beneficiaries', b.row, 'persons_stage', 'stage_in_exact_breakdown',
              { en: `served, because the ${p.value.year} breakdown adds up to persons served (data/programs.csv row ${p.row})`, ka: `served, რადგან ${p.value.year} წლის დაყოფა მომსახურებულ პირთა ჯამს უდრის (data/programs.csv, სტრიქონი ${p.row})` },
              b.value.persons_stage,
              { en: 'a planned or selected figure is not a count of people served: keep it out of this breakdown (a call\'s plan goes in data/grant_calls.csv, a selection in data/grant_results.csv)', ka: 'დაგეგმილი ან შერჩეული რიცხვი მომსახურებულ პირთა რაოდენობა არ არის: ამ დაყოფაში ნუ შეიტანთ (კონკურსის გეგმა — data/grant_calls.csv, შერჩევა — data/grant_results.csv)' }),
          );
        }
      }
    }
    if (p.value.breakdown === 'exact' && p.value.persons_served !== null) {
      if (counted.length !== rows.length || rows.length === 0 || sum !== p.value.persons_served) {
        const terms = counted.map((b) => b.value.persons).join(' + ') || '0';
        out.push(
          issue('programs', p.row, 'persons_served', 'breakdown_sum',
            { en: `the sum of the counts by service (${where}: ${terms} = ${sum}), because breakdown is "exact"`, ka: `სერვისების მიხედვით რაოდენობების ჯამი (${where}: ${terms} = ${sum}), რადგან breakdown არის „exact“` },
            String(p.value.persons_served),
            { en: 'correct the total or the counts; if one person can be counted under several services, set breakdown to "overlapping"', ka: 'შეასწორეთ ჯამი ან რაოდენობები; თუ ერთი პირი რამდენიმე სერვისში ითვლება, breakdown მიუთითეთ „overlapping“' }),
        );
      }
    }
    if (p.value.breakdown === 'not_reported' && counted.length) {
      out.push(
        issue('programs', p.row, 'breakdown', 'breakdown_declared',
          { en: `"exact" or "overlapping", because ${where} gives counts for ${p.value.year}`, ka: `„exact“ ან „overlapping“, რადგან ${where} ${p.value.year} წლის რაოდენობებს შეიცავს` },
          p.value.breakdown),
      );
    }
  }
  for (const proj of clean.has('iom_projects') && clean.has('iom_assistance') ? t.iom_projects : []) {
    if (proj.value.breakdown !== 'exact') continue;
    const rows = t.iom_assistance.filter((a) => a.value.project_id === proj.value.project_id && a.value.unit === 'persons');
    const sum = rows.reduce((s, a) => s + a.value.count, 0);
    if (sum !== proj.value.persons_assisted) {
      out.push(
        issue('iom_projects', proj.row, 'persons_assisted', 'breakdown_sum',
          { en: `the sum of the counts in data/iom_assistance.csv (${sum}), because breakdown is "exact"`, ka: `data/iom_assistance.csv-ის რაოდენობების ჯამი (${sum}), რადგან breakdown არის „exact“` },
          String(proj.value.persons_assisted),
          { en: 'if one person can receive several kinds of help, set breakdown to "overlapping"', ka: 'თუ ერთ პირს რამდენიმე სახის დახმარება შეიძლება მიეღო, breakdown მიუთითეთ „overlapping“' }),
      );
    }
  }
  return out;
}

/** @param isInsideGeorgia the boundary test (passed in so a browser need not load the world map). */
export function checkCoordinates(t: LocatedTables, isInsideGeorgia: InsideTest): DataIssue[] {
  return t.mobility_centres
    .filter((c) => c.value.latitude !== null && c.value.longitude !== null && !isInsideGeorgia(c.value.longitude, c.value.latitude))
    .map((c) =>
      issue('mobility_centres', c.row, 'latitude', 'outside_georgia',
        { en: 'a point inside Georgia (latitude about 41–44, longitude about 40–47)', ka: 'წერტილი საქართველოს ფარგლებში (განედი დაახლ. 41–44, გრძედი დაახლ. 40–47)' },
        `${c.value.latitude}, ${c.value.longitude}`,
        { en: 'check that latitude and longitude are not swapped and use a point as decimal mark', ka: 'შეამოწმეთ, ხომ არ არის განედი და გრძედი ადგილებში გაცვლილი; ათწილადი წერტილით' }),
    );
}

/** Not errors: things a person should know before publishing. */
export function warnings(t: LocatedTables, clean: ReadonlySet<Slug> = ALL): DataIssue[] {
  const out: DataIssue[] = [];
  for (const p of clean.has('programs') && clean.has('beneficiaries') ? t.programs : []) {
    const hasRows = t.beneficiaries.some((b) => b.value.year === p.value.year);
    if (p.value.budget_gel !== null && !hasRows) {
      out.push({
        severity: 'warning', file: fileOf('programs'), row: p.row, column: 'year', columnLabel: labelOf('programs', 'year'), code: 'no_services_listed',
        expected: { en: `rows for ${p.value.year} in data/beneficiaries.csv (the services offered that year)`, ka: `${p.value.year} წლის სტრიქონები ფაილში data/beneficiaries.csv (იმ წელს შეთავაზებული სერვისები)` },
        hint: { en: 'the site will show the services of this year as not reported', ka: 'საიტზე ამ წლის სერვისები „მონაცემი არ არის“ სახით გამოჩნდება' },
      });
    }
  }
  return out;
}

/** A revision names a real column of its dataset and, where it names a row, a row that exists. */
export function checkRevisions(t: LocatedTables, clean: ReadonlySet<Slug> = ALL): DataIssue[] {
  const out: DataIssue[] = [];
  for (const r of t.revisions) {
    const target = datasets[r.value.dataset];
    if (!clean.has(r.value.dataset)) continue;
    if (r.value.column !== null && !(r.value.column in target.columns)) {
      out.push(issue('revisions', r.row, 'column', 'unknown_column', { en: `a column of ${target.file}: ${Object.keys(target.columns).join(', ')}`, ka: `${target.file}-ის სვეტი: ${Object.keys(target.columns).join(', ')}` }, r.value.column));
    }
    if (r.value.row_key !== null) {
      const keys = (t[r.value.dataset] as { value: Record<string, unknown> }[]).map((x) => target.primaryKey.map((k) => String(x.value[k])).join('/'));
      if (!keys.includes(r.value.row_key)) {
        out.push(issue('revisions', r.row, 'row_key', 'unknown_row', { en: `the key of a row in ${target.file} (${target.primaryKey.join('/')}), e.g. ${keys[0] ?? ''}`, ka: `${target.file}-ის სტრიქონის გასაღები (${target.primaryKey.join('/')}), მაგ. ${keys[0] ?? ''}` }, r.value.row_key));
      }
    }
  }
  return out;
}

/**
 * @param shownDir how the data folder is named in messages, as for the other checks (see load-from.ts)
 * @param clean the datasets that read without error: a rule that compares against a file runs
 *   only when that file is clean, so one mistake is never repeated as a cascade
 */
export function crossChecks(t: LocatedTables, isInsideGeorgia: InsideTest, shownDir = 'data', clean: ReadonlySet<Slug> = ALL): DataIssue[] {
  const issues = [...checkForeignKeys(t, clean), ...checkProgramBreakdowns(t, clean), ...checkCoordinates(t, isInsideGeorgia), ...checkRevisions(t, clean), ...warnings(t, clean)];
  return shownDir === 'data' ? issues : issues.map((i) => ({ ...i, file: `${shownDir}${i.file.slice('data'.length)}` }));
}
