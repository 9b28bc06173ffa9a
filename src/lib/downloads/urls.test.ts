import { describe, expect, it } from 'vitest';
import { cataloguePageUrl, datasetPageUrl, downloadFileName, downloadUrl, homeUrl } from './urls.ts';

describe('urls', () => {
  it('homeUrl joins site and base', () => {
    expect(homeUrl('https://x.org', '/')).toBe('https://x.org/');
    expect(homeUrl('https://x.org/', 'reintegration')).toBe('https://x.org/reintegration/');
  });

  it('downloadUrl is the same in every language and names the Excel CSV apart', () => {
    expect(downloadUrl('https://x.org', '/r/', 'programs', 'csv')).toBe('https://x.org/r/data/programs.csv');
    expect(downloadFileName('programs', 'csv-excel')).toBe('programs-excel.csv');
  });

  it('datasetPageUrl and cataloguePageUrl are localized', () => {
    expect(datasetPageUrl('https://x.org', '/', 'programs', 'ka')).toBe('https://x.org/data/programs/');
    expect(datasetPageUrl('https://x.org', '/r/', 'programs', 'en')).toBe('https://x.org/r/en/data/programs/');
    expect(cataloguePageUrl('https://x.org', '/', 'en')).toBe('https://x.org/en/data/');
  });
});
