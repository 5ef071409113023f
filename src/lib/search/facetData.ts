/**
 * The search page's data file of on-demand filter values (`/<locale>/search/places.json`):
 * for each city and county the archive names, its id, its label as a reader of the locale
 * reads it, and its number of agreements. Written at build time, read by the page's script.
 */
import type { OnDemandFacet } from './state.ts';

/** `[id, label, lang, count]`: `lang` is the label's `lang` attribute, '' when the page's own. */
export type FacetDatum = readonly [id: string, label: string, lang: string, count: number];

/** Values of each on-demand facet, in the order the form lists them (most agreements first). */
export type OnDemandFacetData = Readonly<Record<OnDemandFacet, readonly FacetDatum[]>>;

/** The file's name, beside the search page. */
export const FACET_DATA_FILE = 'places.json';

function isDatum(value: unknown): value is FacetDatum {
  return (
    Array.isArray(value) &&
    value.length === 4 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string' &&
    typeof value[2] === 'string' &&
    typeof value[3] === 'number'
  );
}

/** The file's content, checked: a stale or foreign file fails here, not halfway through a render. */
export function parseFacetData(json: unknown, source: string): OnDemandFacetData {
  const values = (facet: OnDemandFacet): readonly FacetDatum[] => {
    const list: unknown = (json as Partial<Record<string, unknown>> | null)?.[facet];
    if (!Array.isArray(list) || !list.every(isDatum)) {
      throw new Error(`${source}: "${facet}" is not a list of [id, label, lang, count]`);
    }
    return list;
  };
  return { city: values('city'), county: values('county') };
}
