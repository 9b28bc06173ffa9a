// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
// The site URL and base path are set in one place (SITE_URL and BASE_PATH, read there), so a
// build for a sub-path such as /reintegration/ has no broken link.
import { base, site, siteIsPlaceholder } from './src/site.config.ts';
import { securityHeaders } from './src/lib/security/security-integration.ts';
import { subsetFonts } from './src/lib/fonts/font-integration.ts';

// A local or test build says where it pretends to live; a build for publishing (PUBLISH=1) has
// already refused to start without a real SITE_URL (src/site.config.ts).
if (siteIsPlaceholder && process.argv.includes('build')) {
  console.log(`SITE_URL is not set: this build writes its absolute addresses for ${site}, a reserved example domain. Set SITE_URL=https://… (and PUBLISH=1) for a build to publish.`);
}

export default defineConfig({
  site,
  base,
  integrations: [
    // Cuts the Georgian font to the site's letters before the build; checks the pages after.
    subsetFonts(),
    mdx(),
    // sitemap-index.xml for search engines, each page with its other-language alternate.
    // Embed pages (noindex) and the 404 page are left out.
    sitemap({
      i18n: { defaultLocale: 'ka', locales: { ka: 'ka', en: 'en' } },
      filter: (page) => !/\/embed\//.test(page) && !/\/404\/?$/.test(page),
    }),
    // Checks every page's Content-Security-Policy and writes _headers (must run last).
    securityHeaders(),
  ],
  // Astro's cache in the project's own .astro/ (not node_modules/.astro): a test's copy of the
  // project links the same node_modules, and its builds run beside the real one.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Never inline a script or asset into the HTML: the Content-Security-Policy allows scripts
  // only from the site's own files (src/lib/security/csp.ts).
  // One stylesheet for the whole site (~6 KB gzip, cached after the first page) instead of 3–7
  // render-blocking files per page: every rule is scoped by Astro or by a page class, so
  // merging changes nothing, and inline <style> would need the policy to allow it.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  // Languages are routed by src/pages/[...lang]/ (Georgian at /, English at /en/), not by
  // Astro's i18n router, so that one page file serves both languages.
});
