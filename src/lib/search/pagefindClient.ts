/**
 * The part of Pagefind's browser API the search page uses (pagefind.js, written by the build),
 * and how a search's state becomes a Pagefind query.
 */
import { pagefindFilters, pagefindSort, type Facet, type SearchState } from './state.ts';

export type FilterCounts = Record<string, Record<string, number>>;
/** A list of values that must all hold, or `{ any: [] }`: no condition, but count this filter. */
type PagefindFilter = string[] | { any: string[] };
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Partial<Record<string, string>>;
}
export interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  /** Counts of the filters whose chunks Pagefind has loaded (those a search named), only. */
  filters: FilterCounts;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options: {
      filters?: Record<string, PagefindFilter>;
      sort?: Record<string, 'asc' | 'desc'>;
    },
  ): Promise<PagefindResponse | null>;
}

/** `/` or `/archive/`: the site's base, where the build put pagefind/. */
const BASE = `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/`;

/** Pagefind, with its runtime (WebAssembly, index metadata) loading while the reader reads. */
export async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ basePath: `${BASE}pagefind/`, baseUrl: BASE });
  await pagefind.init();
  return pagefind;
}

/**
 * Runs a search. `counted` are the filters whose counts the reader may look at: Pagefind loads
 * (and counts) a filter only when a search names it, so they are named without a condition.
 */
export function searchPagefind(
  pagefind: Pagefind,
  state: SearchState,
  counted: ReadonlySet<Facet>,
): Promise<PagefindResponse | null> {
  const filters: Record<string, PagefindFilter> = pagefindFilters(state);
  for (const facet of counted) filters[facet] ??= { any: [] };
  const sortBy = pagefindSort(state);
  return pagefind.search(state.query === '' ? null : state.query, {
    filters,
    ...(sortBy ? { sort: sortBy } : {}),
  });
}
