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
  /** Relevance, or in a sorted search the page's place in its own part's order. */
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  /** Counts of the filters whose chunks Pagefind has loaded (those a search named), only. */
  filters: FilterCounts;
}
/** One Pagefind search: an index, and the indexes merged into it. */
export interface PagefindInstance {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options: {
      filters?: Record<string, PagefindFilter>;
      sort?: Record<string, 'asc' | 'desc'>;
    },
  ): Promise<PagefindResponse | null>;
}
/** Pagefind's module (pagefind.js): its default instance, and further ones sharing its worker. */
export interface Pagefind extends PagefindInstance {
  init(): Promise<void>;
  createInstance(options: { basePath: string; baseUrl: string }): PagefindInstance;
}

/** `/` or `/archive/`: the site's base, where the build put pagefind/. */
const BASE = `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/`;

/**
 * The synthetic filter that names the part a result comes from. Each part is merged into the
 * search with it (Pagefind's `mergeFilter`), so a search can ask one part alone.
 */
const PART_FILTER = 'part';

/**
 * Pagefind over the parts of this locale's index (lib/searchIndex/parts.ts) as two searches:
 * the newest part (a small one) alone, opened as the page loads, and every other part merged
 * into a second instance, opened when the first search needs it. Every search asks the newest
 * part first, so its results can show before the other parts have answered, and a first query
 * waits for one small part's metadata, not every part's.
 */
export class PartedPagefind {
  private older: Promise<PagefindInstance> | undefined;

  constructor(
    readonly newest: Pagefind,
    /** The parts' ids, newest part first. */
    readonly parts: readonly string[],
    private readonly folder: (id: string) => string,
  ) {}

  /** The parts after the newest, newest first. */
  get olderParts(): readonly string[] {
    return this.parts.slice(1);
  }

  /**
   * The search over every part after the newest, each merged with the filter naming it:
   * started once, from the first of them (its folder holds Pagefind's WebAssembly too).
   */
  openOlder(): Promise<PagefindInstance> | undefined {
    const [first, ...others] = this.olderParts;
    if (first === undefined) return undefined;
    this.older ??= (async () => {
      const instance = this.newest.createInstance({ basePath: this.folder(first), baseUrl: BASE });
      await instance.options({ baseUrl: BASE, mergeFilter: { [PART_FILTER]: [first] } });
      await startedOrThrow(instance);
      await Promise.all(
        others.map((id) =>
          instance.mergeIndex(this.folder(id), {
            baseUrl: BASE,
            mergeFilter: { [PART_FILTER]: [id] },
          }),
        ),
      );
      return instance;
    })();
    return this.older;
  }
}

/**
 * An empty search returns at once when Pagefind is ready and throws when it could not start
 * (its WebAssembly refused, say): merging a part waits for the WebAssembly without end, so the
 * page must know before it merges.
 */
async function startedOrThrow(instance: PagefindInstance): Promise<void> {
  await instance.search('', {});
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
  await startedOrThrow(pagefind);
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

/** Two answers as one, in the order Pagefind gives merged indexes: by score, the first's first on ties. */
function byScore(first: PagefindResponse, second: PagefindResponse): PagefindResponse {
  const results = [...first.results, ...second.results].sort((a, b) => b.score - a.score);
  return { results, filters: addCounts([first, second]) };
}

/** Answers in the order given, one after the other: parts are date ranges. */
function inPartOrder(responses: readonly PagefindResponse[]): PagefindResponse {
  return {
    results: responses.flatMap((response) => response.results),
    filters: addCounts(responses),
  };
}

/**
 * Runs a search. `counted` are the filters whose counts the reader may look at: Pagefind loads
 * (and counts) a filter only when a search names it, so they are named without a condition.
 *
 * The newest part is asked first and its answer handed to `early` (except oldest first, where
 * the newest part's results come last), which says whether the search is still wanted (null
 * if not: the reader has typed on); the answer returned is always every part's.
 *
 * Ranked by relevance, the older parts answer in one search, and the two answers are joined by
 * score, as Pagefind joins merged indexes. In date order they cannot be: a sorted search scores
 * a page by its place in its own part, so the parts would interleave. Each older part is then
 * asked alone; the parts are date ranges, newest first, so their answers, joined in part order,
 * are in date order.
 */
export async function searchPagefind(
  parted: PartedPagefind,
  state: SearchState,
  counted: ReadonlySet<Facet>,
  early?: (response: PagefindResponse) => Promise<boolean>,
): Promise<PagefindResponse | null> {
  const filters: Record<string, PagefindFilter> = pagefindFilters(state);
  for (const facet of counted) filters[facet] ??= { any: [] };
  const sortBy = pagefindSort(state);
  const oldestFirst = sortBy !== undefined && Object.values(sortBy)[0] === 'asc';
  const term = state.query === '' ? null : state.query;
  const sort = sortBy ? { sort: sortBy } : {};
  const newest = await parted.newest.search(term, { filters, ...sort });
  if (parted.olderParts.length === 0 || newest === null) return newest;
  // The older parts open only once the newest part's results are on screen: they share
  // Pagefind's worker, and their start would hold up those results' fragments.
  if (early && !oldestFirst && !(await early(newest))) return null;
  const older = await parted.openOlder();
  if (older === undefined) return newest;
  if (sortBy === undefined) {
    const answer = await older.search(term, { filters });
    return answer && byScore(newest, answer);
  }
  const answers = await Promise.all(
    parted.olderParts.map((id) =>
      older.search(term, { filters: { ...filters, [PART_FILTER]: [id] }, ...sort }),
    ),
  );
  const responses = answers.filter((answer): answer is PagefindResponse => answer !== null);
  if (responses.length < answers.length) return null;
  const inDateOrder = [newest, ...responses];
  return inPartOrder(oldestFirst ? inDateOrder.reverse() : inDateOrder);
}
