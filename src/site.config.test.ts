import { describe, expect, it } from 'vitest';
import { EXAMPLE_SITE, isReservedHost, siteFrom } from './site.config.ts';

describe('SITE_URL', () => {
  it('a local or test build uses a reserved example domain', () => {
    expect(siteFrom({})).toBe(EXAMPLE_SITE);
    expect(isReservedHost(EXAMPLE_SITE)).toBe(true);
    expect(new URL(EXAMPLE_SITE).hostname.endsWith('.example.org')).toBe(true);
  });
  it('a build for publishing refuses to run without a real SITE_URL', () => {
    expect(() => siteFrom({ PUBLISH: '1' })).toThrow(/SITE_URL/);
    expect(() => siteFrom({ PUBLISH: '1', SITE_URL: 'https://reintegration.example.org' })).toThrow(/reserved/);
    expect(() => siteFrom({ PUBLISH: 'true', SITE_URL: 'http://localhost:4321' })).toThrow(/reserved/);
    expect(siteFrom({ PUBLISH: '1', SITE_URL: 'https://data.gov.ge/' })).toBe('https://data.gov.ge');
  });
  it('refuses an address that is not absolute http(s)', () => {
    expect(() => siteFrom({ SITE_URL: 'data.gov.ge' })).toThrow(/absolute URL/);
  });
});
