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
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
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

/**
 * The synthetic filter that names the part a result comes from. Each part is merged into the
 * search with it (Pagefind's `mergeFilter`), so a search can ask one part alone.
 */
const PART_FILTER = 'part';

/**
 * Pagefind over the parts of this locale's index (lib/searchIndex/parts.ts): the first part,
 * newest agreements, opened as the page loads; the others merged into it when the first
 * search needs them, so a first query waits for one part's metadata, not every part's.
 */
export class PartedPagefind {
  private restMerged: Promise<void> | undefined;

  constructor(
    readonly pagefind: Pagefind,
    /** The parts' ids, newest part first. */
    readonly parts: readonly string[],
    private readonly folder: (id: string) => string,
  ) {}

  /** Whether every part answers a search. */
  get complete(): boolean {
    return this.parts.length === 1 || this.restMerged !== undefined;
  }

  /** Merges every part after the first into the search, once, each with the filter naming it. */
  mergeRest(): Promise<void> {
    this.restMerged ??= Promise.all(
      this.parts.slice(1).map((id) =>
        this.pagefind.mergeIndex(this.folder(id), {
          baseUrl: BASE,
          mergeFilter: { [PART_FILTER]: [id] },
        }),
      ),
    ).then(() => undefined);
    return this.restMerged;
  }
}

async function partsOf(language: string): Promise<readonly string[]> {
  const response = await fetch(`${BASE}pagefind/parts.json`);
  if (!response.ok) throw new Error(`pagefind/parts.json: ${response.status}`);
  const manifest = (await response.json()) as Partial<Record<string, unknown>>;
  const parts = manifest[language];
  if (!Array.isArray(parts) || parts.length === 0 || !parts.every((id) => typeof id === 'string')) {
    throw new Error(`pagefind/parts.json names no index for ${language}`);
  }
  return parts as string[];
}

/**
 * Pagefind, with its runtime (WebAssembly, index metadata) loading while the reader reads:
 * the script, worker and WebAssembly of this language's first part, and that part's index.
 */
export async function loadPagefind(): Promise<PartedPagefind> {
  const language = document.documentElement.lang.toLowerCase();
  const parts = await partsOf(language);
  const folder = (id: string) => new URL(`${BASE}pagefind/${language}/${id}/`, location.href).href;
  const first = parts[0] ?? '';
  const pagefind = (await import(/* @vite-ignore */ `${folder(first)}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: BASE, mergeFilter: { [PART_FILTER]: [first] } });
  await pagefind.init();
  // An empty search returns at once when Pagefind is ready and throws when it could not start
  // (its WebAssembly refused, say): merging a part waits for the first part's WebAssembly
  // without end, so the page must know before it merges.
  await pagefind.search('', {});
  return new PartedPagefind(pagefind, parts, folder);
}

/** The counts of several parts' answers, added up: the parts hold disjoint pages. */
function addCounts(responses: readonly PagefindResponse[]): FilterCounts {
  const total: FilterCounts = {};
  for (const { filters } of responses) {
    for (const [facet, counts] of Object.entries(filters)) {
      if (facet === PART_FILTER) continue;
      const sum = (total[facet] ??= {});
      for (const [value, count] of Object.entries(counts)) sum[value] = (sum[value] ?? 0) + count;
    }
  }
  return total;
}

/**
 * Runs a search. `counted` are the filters whose counts the reader may look at: Pagefind loads
 * (and counts) a filter only when a search names it, so they are named without a condition.
 *
 * The first search, before the other parts are merged, first asks the newest part alone and
 * hands its results to `early` (not in oldest-first order, where the newest part's results come
 * last); the answer it returns is always every part's.
 *
 * Ranked by relevance, one search of the merged parts answers: Pagefind orders the results of
 * every part by score. In date order it cannot: a sorted search scores a page by its place in
 * its own part, so the parts would interleave. Each part is then asked alone; the parts are
 * date ranges, newest first, so their answers, joined in part order, are in date order.
 */
export async function searchPagefind(
  parted: PartedPagefind,
  state: SearchState,
  counted: ReadonlySet<Facet>,
  early?: (response: PagefindResponse) => Promise<void>,
): Promise<PagefindResponse | null> {
  const { pagefind, parts } = parted;
  const filters: Record<string, PagefindFilter> = pagefindFilters(state);
  for (const facet of counted) filters[facet] ??= { any: [] };
  const sortBy = pagefindSort(state);
  const oldestFirst = sortBy !== undefined && Object.values(sortBy)[0] === 'asc';
  const term = state.query === '' ? null : state.query;
  const sort = sortBy ? { sort: sortBy } : {};
  if (!parted.complete) {
    // The newest part answers first; the other parts' metadata loads after its results show.
    if (early && !oldestFirst) {
      const newest = await pagefind.search(term, { filters, ...sort });
      if (newest) await early(newest);
    }
    await parted.mergeRest();
  }
  if (sortBy === undefined || parts.length === 1)
    return pagefind.search(term, { filters, ...sort });
  const order = oldestFirst ? [...parts].reverse() : parts;
  const answers = await Promise.all(
    order.map((id) =>
      pagefind.search(term, { filters: { ...filters, [PART_FILTER]: [id] }, ...sort }),
    ),
  );
  const responses = answers.filter((answer): answer is PagefindResponse => answer !== null);
  if (responses.length < answers.length) return null;
  return {
    results: responses.flatMap((response) => response.results),
    filters: addCounts(responses),
  };
}
