import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { latestPossibleDay, trainingsInOrder, trainingsTimeline, trainingWhen, whenText } from './awareness.ts';

const tables = fixtureTables();
const row = (id: string) => tables.trainings.find((r) => r.training_id === id)!;

describe('the awareness trainings (fixture)', () => {
  it('trainingsInOrder puts the dated June training before those known only by the reporting period', () => {
    expect(trainingsInOrder(tables.trainings).map((r) => r.training_id)).toEqual([
      'migration-local-development-2018-06',
      'sida-tbilisi-2018',
      'sida-borjomi-2018',
    ]);
  });

  it('latestPossibleDay uses the last day, or the end of the reporting period', () => {
    expect(latestPossibleDay(row('migration-local-development-2018-06'))).toBe('2018-06-15');
    expect(latestPossibleDay(row('sida-tbilisi-2018'))).toBe('2018-06-30');
  });

  it('trainingsInOrder sorts by date, not by file order', () => {
    const early = { ...row('migration-local-development-2018-06'), training_id: 'early', date_start: '2018-02-01', date_end: '2018-02-02' };
    const ids = trainingsInOrder([...tables.trainings, early]).map((r) => r.training_id);
    expect(ids[0]).toBe('early');
  });

  it('trainingWhen writes exact dates as a range in both languages', () => {
    const r = row('migration-local-development-2018-06');
    expect(whenText(trainingWhen(r, 'en'))).toBe('11\u2009–\u200915 June 2018');
    expect(whenText(trainingWhen(r, 'ka'))).toBe('2018 წლის 11–15 ივნისი');
    expect(trainingWhen(r, 'en')).toEqual([{ text: '11\u2009–\u200915 June 2018', datetime: '2018-06-11' }]);
  });

  it('trainingWhen gives "during the reporting period" with its last month, never a made-up date', () => {
    const r = row('sida-tbilisi-2018');
    expect(whenText(trainingWhen(r, 'en'))).toBe('during the reporting period (to June 2018)');
    expect(whenText(trainingWhen(r, 'ka'))).toBe('საანგარიშო პერიოდში (2018 წლის ივნისამდე)');
    expect(trainingWhen(r, 'en').filter((p) => typeof p !== 'string')).toEqual([{ text: 'June 2018', datetime: '2018-06' }]);
  });

  it('trainingsTimeline keeps „სიდა“ as the data writes it and splits topics', () => {
    const ka = trainingsTimeline(tables, 'ka');
    const en = trainingsTimeline(tables, 'en');
    expect(ka[1]!.organiser).toBe('„სიდა“');
    expect(en[1]!.organiserOriginal).toBe('„სიდა“');
    expect(ka[0]!.organiserOriginal).toBeNull();
    expect(en[0]!.topics).toEqual([
      'Challenges of the reintegration process',
      'The role of local government in reintegration',
      'The 2017 and 2018 state programs',
    ]);
    expect(ka[2]!.topics).toEqual(['მიგრაცია', '2017 წლის სახელმწიფო პროგრამის შედეგები', '2018 წლის სახელმწიფო პროგრამა']);
  });

  it('trainingsTimeline leaves an unreported place and audience null and labels the role from the schema', () => {
    const [first, second] = trainingsTimeline(tables, 'en');
    expect(first!.place).toBeNull();
    expect(first!.audience).toBeNull();
    expect(second!.place).toBe('Tbilisi');
    expect([first!.roleLabel, second!.roleLabel]).toEqual(['speaker', 'participant']);
    expect(trainingsTimeline(tables, 'ka').map((x) => x.roleLabel)).toEqual(['მომხსენებელი', 'მონაწილე', 'მონაწილე']);
    expect(first!.ref).toEqual({ sourceId: 'report-2018-06', ref: 'L12' });
  });
});
