// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// The site URL and base path come from one place (src/site.config.ts reads the same
// variables), so a build for a sub-path such as /reintegration/ has no broken link.
const site = process.env.SITE_URL ?? 'https://reintegration.example.ge';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  integrations: [mdx()],
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Languages are routed by src/pages/[...lang]/ (Georgian at /, English at /en/), not by
  // Astro's i18n router, so that one page file serves both languages.
});
