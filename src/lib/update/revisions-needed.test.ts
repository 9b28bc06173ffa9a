import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DATA } from '../../../tests/support/fixture-data.ts';
import { changedValues, missingRevisions } from './revisions-needed.ts';

const programs = readFileSync(join(FIXTURE_DATA, 'programs.csv'), 'utf8');

describe('revisions for changed published values', () => {
  it('changedValues finds a corrected budget and ignores a filled empty cell', () => {
    const edited = programs
      .replace('2017,2017-04-20,2018-02-20,590000', '2017,2017-04-20,2018-02-20,595000')
      .replace('2018,,,650000,,', '2018,,,650000,300,');
    const changes = changedValues('programs', programs, edited);
    expect(changes).toEqual([{ slug: 'programs', rowKey: '2017', column: 'budget_gel', before: '590000', after: '595000', row: 4 }]);
  });

  it('changedValues reports a published row that was removed', () => {
    const without2015 = programs.split('\n').filter((l) => !l.startsWith('2015,')).join('\n');
    const changes = changedValues('programs', programs, without2015);
    expect(changes.some((c) => c.rowKey === '2015' && c.column === 'budget_gel' && c.after === '')).toBe(true);
  });

  it('missingRevisions asks for a revision row unless one names the dataset, row and column', () => {
    const change = { slug: 'programs' as const, rowKey: '2017', column: 'budget_gel', before: '590000', after: '595000' };
    const [issue] = missingRevisions([change], []);
    expect(issue).toMatchObject({ file: 'data/programs.csv', column: 'budget_gel', code: 'revision_needed', found: '595000' });
    expect(issue!.expected.en).toContain('row_key 2017');
    const revision = { revision_id: 'fix', date: '2026-12-01', dataset: 'programs', row_key: '2017', column: 'budget_gel', status: 'revised', change_ka: 'ა', change_en: 'a', reason_ka: 'ბ', reason_en: 'b' } as const;
    expect(missingRevisions([change], [revision])).toEqual([]);
    expect(missingRevisions([change], [{ ...revision, row_key: '2018' }])).toHaveLength(1);
  });
});
