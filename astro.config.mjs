// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import projectFilesOnly from './src/integrations/projectFilesOnly.ts';
import { localeAlternates } from './src/integrations/sitemapAlternates.ts';
import { createHash } from 'node:crypto';

/** Locale URL segments and the language tags they stand for (src/i18n/locales.ts). */
const locales = { en: 'en', 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' };

/**
 * A build from another content tree (ARCHIVE_CONTENT_DIR, see src/content.config.ts) keeps its
 * own cache, so entries cached from ./content can never leak into it, nor the other way round.
 */
const contentDir = process.env.ARCHIVE_CONTENT_DIR;
const cacheDir = contentDir
  ? `./node_modules/.astro/content-${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`
  : undefined;

const site = process.env.SITE ?? 'https://example.org';
const base = process.env.BASE ?? '/';
/** The root page shows the English home; its canonical address is /en/, which the sitemap lists. */
const rootPage = new URL(base.endsWith('/') ? base : `${base}/`, site).href;

export default defineConfig({
  ...(cacheDir ? { cacheDir } : {}),
  site,
  base,
  trailingSlash: 'always',
  // Every locale has its prefix (/en/, /zh-hans/, /zh-hant/); the root page shows the
  // archive with a choice of language instead of redirecting.
  i18n: {
    locales: Object.keys(locales),
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    // First: no link in public/ or the content may lead a file from outside the project into dist/.
    projectFilesOnly({ folders: [contentDir ?? 'content'] }),
    // Language alternates come from localeAlternates, not the integration's `i18n` option,
    // whose cost grows with the square of the page count (see sitemapAlternates.ts).
    sitemap(
      localeAlternates(
        rootPage,
        locales,
        // Not-found pages are not content; the root duplicates /en/.
        (page) => !/\/404\/?$/.test(page) && page !== rootPage,
      ),
    ),
    // Last: it indexes the pages the others have written (astro:build:done).
    pagefind(),
  ],
  // The CSP in public/_headers allows only same-origin files for styles and scripts, so Astro
  // must never inline them: stylesheets always as <link>, small scripts never as <script>…</script>.
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
