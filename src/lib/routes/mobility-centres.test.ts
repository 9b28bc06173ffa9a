import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../tests/support/fixture-data.ts';
import { centreViews, programHistory } from '../domain/centres.ts';
import { mobilityCentresModel } from './mobility-centres.ts';

const tables = fixtureTables();
const ctx = (locale: 'ka' | 'en') => ({ tables, locale, site: 'https://data.example.org', base: '/' });

describe('mobilityCentresModel (fixture)', () => {
  it('mobilityCentresModel places the map and lists the centres and the program’s history', () => {
    const m = mobilityCentresModel(ctx('en'));
    expect(m.mapFigure.view.id).toBe('mobility-centres');
    expect(m.mapFigure.view.drawing.kind).toBe('map');
    expect(m.centres).toEqual(centreViews(tables));
    expect(m.history).toEqual(programHistory(tables));
  });
  it('mobilityCentresModel labels the fields as the map’s data table does, in the page’s language', () => {
    expect(mobilityCentresModel(ctx('en')).labels).toEqual({ region: 'Region', address: 'Address', operator: 'Operator' });
    expect(mobilityCentresModel(ctx('ka')).labels).toEqual({ region: 'რეგიონი', address: 'მისამართი', operator: 'განმახორციელებელი' });
  });
  it('mobilityCentresModel tells the two start dates of “More for More” apart, each with its source', () => {
    const d = mobilityCentresModel(ctx('en')).disagreements;
    expect(d.map((x) => x.event)).toEqual(['more-for-more']);
    expect(d[0]!.accounts.map((a) => a.milestoneId)).toEqual(['more-for-more-mra', 'more-for-more-report']);
    expect(d[0]!.accounts[0]!.text).toContain('December 2013');
    expect(d[0]!.accounts[1]!.text).toContain('2014');
  });
});
