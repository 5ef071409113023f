/**
 * The search page's on-demand filter values (cities and counties, thousands at scale) with
 * their labels for the locale: loaded by the page only when the reader opens one of those
 * filters or the address chooses one, so the page itself stays the same size as the archive
 * grows. See lib/search/facetData.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { facetGroups, onDemandFacetData } from '../../../lib/searchIndex/facetGroups.ts';
import { LOCALES, type Locale } from '../../../i18n/locales.ts';
import { getArchive } from '../../../lib/archive/load.ts';

export const getStaticPaths = (() =>
  LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params['locale'] as Locale;
  const archive = await getArchive();
  const groups = facetGroups(
    archive.listed.map((entry) => entry.agreement),
    locale,
  );
  return new Response(JSON.stringify(onDemandFacetData(groups, locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
