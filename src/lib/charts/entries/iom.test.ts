import { describe, expect, it } from 'vitest';
import { fixtureTables } from '../../../../tests/support/fixture-data.ts';
import { iomProjects } from '../../domain/iom.ts';
import { t } from '../../i18n/strings/index.ts';
import { barsFromSlice } from '../bars/from-slice.ts';
import { iomCharts, iomFamiliesTexts, iomOverlapText } from './iom.ts';

const tables = fixtureTables();
const project = (id: string) => iomProjects(tables).find((p) => p.projectId === id)!;
const chart = (id: string) => iomCharts(tables).find((c) => c.id === id)!;

describe('iomOverlapText and iomFamiliesTexts (fixture)', () => {
  it('iomOverlapText says the EU project’s kinds of help add up to 530 (derived), more than the 515 persons assisted', () => {
    const p = project('eu-readmission-2014-2016');
    expect(iomOverlapText(p, 'en')).toBe(
      'The counts in persons add up to 530 (derived), more than the 515 persons assisted: one person can receive several kinds of help, so the counts overlap and their sum is not a number of persons.',
    );
    expect(iomOverlapText(p, 'ka')).toContain('530 (გამოთვლილი)');
  });

  it('iomFamiliesTexts says the families count is not a count of persons', () => {
    const p = project('iom-avrr-2003-2016');
    expect(iomFamiliesTexts(p, 'en')).toEqual(['“temporary accommodation” is counted in families, not persons (223 families). A family is not a person, so this count is left out of the sum of persons.']);
    expect(iomFamiliesTexts(p, 'ka')[0]).toContain('223 ოჯახი');
    expect(iomFamiliesTexts(project('eu-readmission-2014-2016'), 'en')).toEqual([]);
  });
});

describe('iomCharts (fixture)', () => {
  it('iomCharts draws one chart per IOM project, on the beneficiaries page', () => {
    expect(iomCharts(tables).map((c) => [c.id, c.kind, c.page])).toEqual([
      ['iom-avrr-2003-2016', 'bars', '/beneficiaries/'],
      ['eu-readmission-2014-2016', 'bars', '/beneficiaries/'],
    ]);
  });

  it('an IOM chart’s takeaway is the overlap sentence; its notes the families sentence and the derived key', () => {
    for (const locale of ['ka', 'en'] as const) {
      const avrr = chart('iom-avrr-2003-2016');
      expect(avrr.takeaway(locale)).toBe(iomOverlapText(project('iom-avrr-2003-2016'), locale));
      expect(avrr.notes(locale)).toEqual([...iomFamiliesTexts(project('iom-avrr-2003-2016'), locale), t(locale, 'figure.derivedKey')]);
      // Without a families count the derived key is still there: the takeaway's sum is derived.
      expect(chart('eu-readmission-2014-2016').notes(locale)).toEqual([t(locale, 'figure.derivedKey')]);
    }
  });

  it('the shown slice keeps the download’s id, figures and sources and names kinds and units in both languages', () => {
    const c = chart('iom-avrr-2003-2016');
    const s = c.slice;
    const d = c.shown!;
    expect(s.rows.every((r) => typeof r.category === 'string' && typeof r.unit === 'string')).toBe(true);
    expect(d.id).toBe(s.id);
    expect(d.title).toEqual(s.title);
    expect(d.sources).toEqual(s.sources);
    expect(d.rows.map((r) => r.count)).toEqual(s.rows.map((r) => r.count));
    expect(d.rows.map((r) => r.category)).toEqual(s.rows.map((r) => r.category));
    const acc = d.rows.find((r) => r.category === 'temporary_accommodation')!;
    expect([acc.kind_ka, acc.unit_en, acc.unit_note_en]).toEqual(['დროებითი საცხოვრისი', 'families', 'families']);
    expect(d.rows.find((r) => r.category === 'employment')!.unit_note_en).toBeNull();
    const bars = barsFromSlice(d, c.spec, 'en');
    expect(bars.description).toContain('temporary accommodation: 223 (families)');
    expect(bars.description).toContain('micro-business: 1,518;');
  });
});
