// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE ?? 'https://example.org',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
});
