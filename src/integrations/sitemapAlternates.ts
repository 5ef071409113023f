/**
 * The sitemap's language alternates (`<xhtml:link rel="alternate" hreflang>`), worked out in
 * linear time.
 *
 * @astrojs/sitemap's own `i18n` option finds a page's alternates by scanning every URL of the
 * site for each page, so its cost grows with the square of the page count: 9 s at 74,000 pages,
 * and more than 7 minutes (unfinished) at 520,000. Here every URL the sitemap keeps is
 * remembered as it passes `filter`, and `serialize` looks the same path up under each locale.
 * The output is the same: alternates in locale order, only pages that exist, none for a page
 * that exists in one locale only.
 */
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';

type LocaleTags = Readonly<Record<string, string>>;

export interface LocaleAlternates {
  filter: NonNullable<NonNullable<SitemapOptions>['filter']>;
  serialize: NonNullable<NonNullable<SitemapOptions>['serialize']>;
}

/**
 * `keep` decides which pages the sitemap lists; `siteUrl` is the site with its base and a
 * trailing slash (`https://example.org/archive/`); `locales` maps URL segments to language tags.
 */
export function localeAlternates(
  siteUrl: string,
  locales: LocaleTags,
  keep: (page: string) => boolean,
): LocaleAlternates {
  const listed = new Set<string>();
  const segments = Object.keys(locales).sort();

  /** The locale segment of a URL and the path after it, or undefined outside every locale. */
  function split(url: string): { locale: string; path: string } | undefined {
    if (!url.startsWith(siteUrl)) return undefined;
    const rest = url.slice(siteUrl.length);
    const slash = rest.indexOf('/');
    const locale = slash === -1 ? rest : rest.slice(0, slash);
    if (!(locale in locales)) return undefined;
    return { locale, path: slash === -1 ? '' : rest.slice(slash) };
  }

  return {
    filter(page) {
      const kept = keep(page);
      if (kept) listed.add(page);
      return kept;
    },
    serialize(item: SitemapItem) {
      const parts = split(item.url);
      if (parts === undefined) return item;
      const links = segments
        .map((locale) => ({ url: `${siteUrl}${locale}${parts.path}`, lang: locales[locale]! }))
        .filter((link) => listed.has(link.url));
      return links.length > 1 ? { ...item, links } : item;
    },
  };
}
