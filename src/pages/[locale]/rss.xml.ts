/** A feed per locale: the newest agreements, titled and summarised in the locale's language. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, LOCALE_LANGUAGE, type Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/index.ts';
import { getArchive } from '../../lib/archive/load.ts';
import { sortDate } from '../../lib/archive/dates.ts';
import { displaySummary, displayTitle } from '../../lib/archive/text.ts';
import { routes } from '../../utils/routes.ts';
import { absoluteUrl } from '../../utils/url.ts';

/** A feed carries the newest items only; the archive itself is on the site. */
const FEED_SIZE = 50;

export const getStaticPaths = (() =>
  LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params['locale'] as Locale;
  const t = useTranslations(locale);
  const { listed: entries } = await getArchive();
  return rss({
    title: t('rss.title'),
    description: t('rss.description'),
    site: absoluteUrl(routes.home(locale), site),
    customData: `<language>${LOCALE_LANGUAGE[locale]}</language>`,
    trailingSlash: true,
    items: entries.slice(0, FEED_SIZE).map((entry) => {
      const date = sortDate(entry.agreement);
      return {
        title: displayTitle(entry, locale).text,
        description: displaySummary(entry, locale).text,
        link: absoluteUrl(routes.agreement(locale, entry.agreement.id), site),
        ...(date ? { pubDate: new Date(`${date}T00:00:00Z`) } : {}),
      };
    }),
  });
};
