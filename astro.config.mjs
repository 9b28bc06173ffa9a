// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
// The site URL and base path are set in one place (SITE_URL and BASE_PATH, read there), so a
// build for a sub-path such as /reintegration/ has no broken link.
import { base, site } from './src/site.config.ts';

export default defineConfig({
  site,
  base,
  integrations: [mdx()],
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Languages are routed by src/pages/[...lang]/ (Georgian at /, English at /en/), not by
  // Astro's i18n router, so that one page file serves both languages.
});
