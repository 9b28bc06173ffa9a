/**
 * Synthetic data for benchmarks only: the real data/ with its program years replaced by `n`
 * made-up years (budgets and exact breakdowns that pass every check). Written into a
 * temporary folder, never into data/.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SERVICES = ['income_projects', 'medical', 'vocational', 'housing'];

export function syntheticDataDir(n: number, realData = 'data'): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-data-${n}-`));
  cpSync(realData, dir, { recursive: true });
  const programs = ['year,period_start,period_end,budget_gel,persons_served,breakdown,service_directions,administered_by,source_id,source_ref,other_source_ids,administered_by_source_id,note_ka,note_en'];
  const beneficiaries = ['year,service_id,persons,source_id,source_ref,note_ka,note_en'];
  for (let i = 0; i < n; i++) {
    // From 2015, so the years that milestones and narratives name exist in every size >= 4.
    const year = 2015 + i;
    const counts = SERVICES.map((_, s) => 10 + ((i * 7 + s * 13) % 90));
    const total = counts.reduce((a, b) => a + b, 0);
    programs.push(`${year},,,${400000 + ((i * 37) % 50) * 10000},${total},exact,4,mra,report-2018-06,L3,,mra-10431,,`);
    SERVICES.forEach((s, k) => beneficiaries.push(`${year},${s},${counts[k]},report-2018-06,L3,,`));
  }
  writeFileSync(join(dir, 'programs.csv'), programs.join('\n') + '\n');
  writeFileSync(join(dir, 'beneficiaries.csv'), beneficiaries.join('\n') + '\n');
  return dir;
}
