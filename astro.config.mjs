// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  trailingSlash: 'always',
  i18n: {
    locales: ['ka', 'en'],
    defaultLocale: 'ka',
    routing: { prefixDefaultLocale: false },
  },
});
