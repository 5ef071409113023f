// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE ?? 'https://example.org',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  // The CSP in public/_headers allows only same-origin files for styles and scripts, so Astro
  // must never inline them: stylesheets always as <link>, small scripts never as <script>…</script>.
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
