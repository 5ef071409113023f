/**
 * A search as its address spells it: `?q=烟台&operator=china-unicom&year=2019&sort=newest`.
 * Filter values are stable ids (operator ids, GB/T 2260 codes, years, topic ids, language
 * tags), never the labels a reader sees, so a link means the same search in every locale.
 *
 * Pure and dependency-free: the search page's script reads and writes the address bar with
 * it, and the build writes links to pre-filtered searches with it.
 */

/** The filters every agreement page carries, in the order the search form shows them. */
export const FACETS = [
  'operator',
  'province',
  'city',
  'county',
  'year',
  'topic',
  'language',
] as const;
export type Facet = (typeof FACETS)[number];

/**
 * Filters whose values grow with the archive: every city and county it names, thousands at
 * scale. The search page does not carry them; it loads their labels from a data file
 * (`places.json` beside the page) when the reader opens one or the address chooses a value.
 */
export const ON_DEMAND_FACETS = ['city', 'county'] as const satisfies readonly Facet[];
export type OnDemandFacet = (typeof ON_DEMAND_FACETS)[number];

export function isOnDemandFacet(facet: string): facet is OnDemandFacet {
  return (ON_DEMAND_FACETS as readonly string[]).includes(facet);
}

export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SORT_ORDERS)[number];

/** The Pagefind sort key every agreement page carries (`data-pagefind-sort="date"`). */
export const SORT_KEY = 'date';

export const QUERY_PARAM = 'q';
export const SORT_PARAM = 'sort';
/** A place of any level (`?place=370600`), resolved to its level's facet when read. */
export const PLACE_PARAM = 'place';

export type SearchFilters = Readonly<Partial<Record<Facet, readonly string[]>>>;

export interface SearchState {
  readonly query: string;
  readonly filters: SearchFilters;
  readonly sort: SearchSort;
}

export const EMPTY_SEARCH: SearchState = { query: '', filters: {}, sort: 'relevance' };

/** Which facet a place code belongs to (province, city or county), if the caller knows it. */
export type PlaceFacetOf = (code: string) => Facet | undefined;

function isFacet(name: string): name is Facet {
  return (FACETS as readonly string[]).includes(name);
}

function isSort(value: string): value is SearchSort {
  return (SORT_ORDERS as readonly string[]).includes(value);
}

/** Whitespace runs become one space; a query is what the reader typed, trimmed. */
export function normaliseQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim();
}

/**
 * The search a set of parameters asks for. Unknown parameters and empty values are ignored;
 * repeated values are kept once; `place` values go to the facet `placeFacetOf` names.
 */
export function parseSearchParams(
  params: URLSearchParams,
  placeFacetOf: PlaceFacetOf = () => undefined,
): SearchState {
  const filters: Partial<Record<Facet, string[]>> = {};
  const add = (facet: Facet, value: string) => {
    const id = value.trim();
    if (id === '') return;
    const values = (filters[facet] ??= []);
    if (!values.includes(id)) values.push(id);
  };
  for (const [name, value] of params) {
    if (isFacet(name)) add(name, value);
    else if (name === PLACE_PARAM) {
      const facet = placeFacetOf(value.trim());
      if (facet !== undefined) add(facet, value);
    }
  }
  const sort = params.get(SORT_PARAM) ?? '';
  return {
    query: normaliseQuery(params.get(QUERY_PARAM) ?? ''),
    filters,
    sort: isSort(sort) ? sort : 'relevance',
  };
}

/** The canonical parameters of a search: query, facets in form order, sort unless relevance. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query !== '') params.append(QUERY_PARAM, state.query);
  for (const facet of FACETS) {
    for (const value of state.filters[facet] ?? []) params.append(facet, value);
  }
  if (state.sort !== 'relevance') params.append(SORT_PARAM, state.sort);
  return params;
}

/** `path?query`, or `path` alone for the empty search. */
export function searchHref(path: string, state: SearchState): string {
  const query = toSearchParams(state).toString();
  return query === '' ? path : `${path}?${query}`;
}

export function hasFilters(state: SearchState): boolean {
  return FACETS.some((facet) => (state.filters[facet]?.length ?? 0) > 0);
}

/** Nothing asked: no words and no filters. */
export function isEmptySearch(state: SearchState): boolean {
  return state.query === '' && !hasFilters(state);
}

export function sameSearch(a: SearchState, b: SearchState): boolean {
  return toSearchParams(a).toString() === toSearchParams(b).toString();
}

/**
 * Pagefind's `filters` option: every chosen value must hold (Pagefind's default AND), so each
 * choice narrows the results, and the counts Pagefind returns beside each value are exactly
 * the results that choosing it would leave.
 */
export function pagefindFilters(state: SearchState): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const facet of FACETS) {
    const values = state.filters[facet];
    if (values && values.length > 0) filters[facet] = [...values];
  }
  return filters;
}

/**
 * Pagefind's `sort` option. A search without words has no relevance to rank by, so it lists
 * the newest first.
 */
export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
  const sort = state.sort === 'relevance' && state.query === '' ? 'newest' : state.sort;
  if (sort === 'newest') return { [SORT_KEY]: 'desc' };
  if (sort === 'oldest') return { [SORT_KEY]: 'asc' };
  return undefined;
}
