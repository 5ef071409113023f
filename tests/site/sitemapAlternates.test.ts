import { describe, expect, it } from 'vitest';
import { localeAlternates } from '../../src/integrations/sitemapAlternates.ts';

const SITE = 'https://example.org/archive/';
const LOCALES = { en: 'en', 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' };

function sitemapOf(pages: string[], keep = (page: string) => !page.endsWith('/404/')) {
  const { filter, serialize } = localeAlternates(SITE, LOCALES, keep);
  const kept = pages.filter(filter);
  return Promise.all(kept.map((url) => serialize({ url, links: [] } as never)));
}

describe('sitemap language alternates', () => {
  it('links a page to the same path in every locale that has it, in locale order', async () => {
    const [en] = await sitemapOf([
      `${SITE}en/agreements/a/`,
      `${SITE}zh-hant/agreements/a/`,
      `${SITE}zh-hans/agreements/a/`,
    ]);
    expect(en?.links).toEqual([
      { url: `${SITE}en/agreements/a/`, lang: 'en' },
      { url: `${SITE}zh-hans/agreements/a/`, lang: 'zh-Hans' },
      { url: `${SITE}zh-hant/agreements/a/`, lang: 'zh-Hant' },
    ]);
  });

  it('links the locale home pages to each other', async () => {
    const [home] = await sitemapOf([`${SITE}en/`, `${SITE}zh-hans/`]);
    expect(home?.links?.map((link) => link.url)).toEqual([`${SITE}en/`, `${SITE}zh-hans/`]);
  });

  it('gives no alternates to a page that exists in one locale, or outside the locales', async () => {
    const items = await sitemapOf([
      `${SITE}en/parties/x/`,
      `${SITE}zh-hans/parties/y/`,
      `${SITE}data/`,
    ]);
    expect(items.map((item) => item?.links)).toEqual([[], [], []]);
  });

  it('never links to a page the sitemap leaves out', async () => {
    const [page] = await sitemapOf([`${SITE}en/404/`, `${SITE}zh-hans/404/`, `${SITE}en/a/`]);
    expect(page?.url).toBe(`${SITE}en/a/`);
    expect(page?.links).toEqual([]);
  });
});
