/**
 * The search page's script: runs the search the form describes with Pagefind, shows the
 * results and the filter counts, and keeps the address bar in step, so that a link
 * reproduces a search and Back and Forward move between searches.
 *
 * Every keystroke searches at once; when searches overlap, only the newest one's results are
 * shown (each search has a number, and a search that is no longer the latest stops).
 *
 * History: checking a filter or changing the order adds an entry; typing adds one entry for
 * the new words and keeps replacing it while the reader types (and presses Enter).
 *
 * What is loaded when, so that the page and a first query stay small however large the
 * archive grows: Pagefind's runtime as the page opens; a query's index chunks and fragments
 * as it runs; a filter's counts (a Pagefind filter chunk, which grows with the archive) only
 * once the reader reaches for the filters or a search chooses a value of it; the labels of
 * cities and counties (the page's places.json) only when the reader opens one of those
 * filters or the address chooses one. A first query with words needs none of them.
 */
import { excerptParts } from './excerpt.ts';
import { parseFacetData, type FacetDatum, type OnDemandFacetData } from './facetData.ts';
import {
  EMPTY_SEARCH,
  FACETS,
  hasFilters,
  isEmptySearch,
  isOnDemandFacet,
  ON_DEMAND_FACETS,
  pagefindFilters,
  pagefindSort,
  parseSearchParams,
  PLACE_PARAM,
  searchHref,
  SORT_PARAM,
  type Facet,
  type OnDemandFacet,
  type SearchSort,
  type SearchState,
} from './state.ts';

/** Strings the script shows, rendered into the page in the reader's language. */
export interface ClientStrings {
  /** `{count}` is replaced. */
  resultsOne: string;
  resultsOther: string;
  noResults: string;
  hint: string;
  more: string;
  unavailable: string;
}

/** The part of Pagefind's browser API this page uses (pagefind.js, written by the build). */
type FilterCounts = Record<string, Record<string, number>>;
/** A list of values that must all hold, or `{ any: [] }`: no condition, but count this filter. */
type PagefindFilter = string[] | { any: string[] };
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Partial<Record<string, string>>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  /** Counts of the filters whose chunks Pagefind has loaded (those a search named), only. */
  filters: FilterCounts;
}
interface Pagefind {
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

const PAGE_SIZE = 10;
const PLACE_FACETS: readonly Facet[] = ['province', 'city', 'county'];
/** Below this width the filters sit above the results (see SearchForm.astro's layout). */
const NARROW_SCREEN = '(max-width: 49.99rem)';

/** `/` or `/archive/`: the site's base, where the build put pagefind/. */
const BASE = `${import.meta.env.BASE_URL.replace(/\/+$/, '')}/`;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page: no ${selector}`);
  return element;
}

function readStrings(form: HTMLFormElement): ClientStrings {
  return JSON.parse(form.dataset['strings'] ?? '{}') as ClientStrings;
}

/** Pagefind, with its runtime (WebAssembly, index metadata) loading while the reader reads. */
async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ basePath: `${BASE}pagefind/`, baseUrl: BASE });
  await pagefind.init();
  return pagefind;
}

/** A city or county filter: its disclosure, its list, and the options made for it so far. */
interface OnDemandList {
  facet: OnDemandFacet;
  details: HTMLDetailsElement;
  list: HTMLElement;
  items: Map<string, HTMLLIElement>;
}

function optionItem(facet: OnDemandFacet, [id, label, lang]: FacetDatum): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset['facetOption'] = '';
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = `facet-${facet}-${id}`;
  box.name = facet;
  box.value = id;
  const text = document.createElement('label');
  text.htmlFor = box.id;
  const name = document.createElement('span');
  name.textContent = label;
  if (lang !== '') name.lang = lang;
  const count = document.createElement('span');
  count.className = 'search-facet__count';
  count.dataset['facetCount'] = '';
  text.append(name, ' ', count);
  item.append(box, text);
  return item;
}

export function startSearch(form: HTMLFormElement): void {
  const strings = readStrings(form);
  const query = required<HTMLInputElement>(form, 'input[type="search"]');
  const sort = required<HTMLSelectElement>(form, 'select');
  const status = required<HTMLElement>(form, '[data-search-status]');
  const list = required<HTMLOListElement>(form, '[data-search-results]');
  const moreWrap = required<HTMLElement>(form, '[data-search-more-wrap]');
  const more = required<HTMLButtonElement>(form, '[data-search-more]');
  const filtersPanel = form.querySelector<HTMLDetailsElement>('details[data-search-filters]');
  const facetDataUrl = form.dataset['facetData'] ?? '';
  const pageTitle = document.title;
  /** Searches started; a search whose number is no longer `run` has been overtaken. */
  let run = 0;
  /** The newest search's state. */
  let latest: SearchState = EMPTY_SEARCH;

  const checkboxes = () => [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const checkbox = (facet: string, id: string) =>
    checkboxes().find((box) => box.name === facet && box.value === id);
  const bakedFacets = FACETS.filter(
    (facet) => !isOnDemandFacet(facet) && form.querySelector(`fieldset[data-facet="${facet}"]`),
  );

  /** Whole-archive counts: the bounded filters' as built into the page, the others' once loaded. */
  const totals: FilterCounts = {};
  for (const box of checkboxes()) {
    const count = box.closest('[data-facet-option]')?.querySelector('[data-facet-count]');
    (totals[box.name] ??= {})[box.value] = Number(count?.textContent ?? 0);
  }

  // ---- Cities and counties, loaded on demand ----

  const onDemand: OnDemandList[] = ON_DEMAND_FACETS.flatMap((facet) => {
    const details = form.querySelector<HTMLDetailsElement>(`details[data-facet="${facet}"]`);
    const options = details?.querySelector<HTMLElement>('[data-facet-options]');
    return details && options ? [{ facet, details, list: options, items: new Map() }] : [];
  });
  let facetData: OnDemandFacetData | undefined;
  const facetIndex = new Map<OnDemandFacet, Map<string, FacetDatum>>();
  let facetDataLoad: Promise<OnDemandFacetData | undefined> | undefined;

  /** The labels of cities and counties, fetched once; undefined if they cannot be had. */
  function loadFacetData(): Promise<OnDemandFacetData | undefined> {
    facetDataLoad ??= fetch(facetDataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${facetDataUrl}: HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((json) => {
        const data = parseFacetData(json, facetDataUrl);
        for (const facet of ON_DEMAND_FACETS) {
          facetIndex.set(facet, new Map(data[facet].map((datum) => [datum[0], datum])));
          totals[facet] = Object.fromEntries(data[facet].map(([id, , , count]) => [id, count]));
        }
        facetData = data;
        return data;
      })
      .catch((error: unknown) => {
        console.error('City and county filters could not be loaded:', error);
        facetDataLoad = undefined;
        return undefined;
      });
    return facetDataLoad;
  }

  /** The option of a city or county, made the first time it is needed. */
  function itemOf(filter: OnDemandList, id: string): HTMLLIElement | undefined {
    let item = filter.items.get(id);
    const datum = facetIndex.get(filter.facet)?.get(id);
    if (item === undefined && datum !== undefined) {
      item = optionItem(filter.facet, datum);
      filter.items.set(id, item);
    }
    return item;
  }

  /**
   * A city or county list shows its chosen values, and, while open and counted, every value
   * the current search would leave results for, in the data file's order (most agreements first).
   */
  function showOnDemand(filter: OnDemandList, counts: Record<string, number> | undefined) {
    const values = facetData?.[filter.facet] ?? [];
    const chosen = new Set(
      [...filter.items.values()]
        .map((item) => item.querySelector('input'))
        .filter((box) => box?.checked)
        .map((box) => box?.value),
    );
    const open = filter.details.open && counts !== undefined;
    const items = values.flatMap(([id]) => {
      const count = counts?.[id] ?? 0;
      if (!chosen.has(id) && !(open && count > 0)) return [];
      const item = itemOf(filter, id);
      const countText = item?.querySelector<HTMLElement>('[data-facet-count]');
      if (countText) {
        countText.textContent = String(count);
        countText.hidden = counts === undefined;
      }
      return item ? [item] : [];
    });
    filter.list.replaceChildren(...items);
  }

  // ---- Reading and showing a search ----

  function known(facet: Facet, id: string): boolean {
    return isOnDemandFacet(facet)
      ? (facetIndex.get(facet)?.has(id) ?? false)
      : checkbox(facet, id) !== undefined;
  }

  /** The search an address asks for, keeping only filter values this page offers. */
  function stateFrom(params: URLSearchParams): SearchState {
    const parsed = parseSearchParams(params, (code) =>
      PLACE_FACETS.find((facet) => known(facet, code)),
    );
    const filters: Partial<Record<Facet, string[]>> = {};
    for (const facet of FACETS) {
      const kept = (parsed.filters[facet] ?? []).filter((id) => known(facet, id));
      if (kept.length > 0) filters[facet] = kept;
    }
    return { ...parsed, filters };
  }

  /** Whether an address names a city or county, whose labels the page must load first. */
  function needsFacetData(params: URLSearchParams): boolean {
    return [...params].some(
      ([name, value]) =>
        isOnDemandFacet(name) ||
        (name === PLACE_PARAM && checkbox('province', value.trim()) === undefined),
    );
  }

  async function addressState(): Promise<SearchState> {
    const params = new URLSearchParams(window.location.search);
    if (needsFacetData(params)) await loadFacetData();
    return stateFrom(params);
  }

  /**
   * The order the reader chose. Without words there is no relevance, so the select then shows
   * (and offers) the date orders only; the choice itself is kept for when words come back.
   */
  let chosenSort: SearchSort = 'relevance';
  const relevance = sort.querySelector<HTMLOptionElement>('option[value="relevance"]');
  function showSort(state: SearchState) {
    if (relevance) relevance.disabled = state.query === '';
    sort.value = state.query === '' && state.sort === 'relevance' ? 'newest' : state.sort;
  }

  function formState(): SearchState {
    const params = new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)]));
    params.set(SORT_PARAM, chosenSort);
    return stateFrom(params);
  }

  function showInForm(state: SearchState) {
    query.value = state.query;
    chosenSort = state.sort;
    showSort(state);
    for (const box of checkboxes()) {
      if (isOnDemandFacet(box.name)) continue;
      box.checked = state.filters[box.name as Facet]?.includes(box.value) ?? false;
    }
    // A city or county's option may not be in the page yet: make the chosen ones, then show them.
    for (const filter of onDemand) {
      const chosen = state.filters[filter.facet] ?? [];
      for (const id of chosen) itemOf(filter, id);
      for (const [id, item] of filter.items) {
        const box = item.querySelector('input');
        if (box) box.checked = chosen.includes(id);
      }
      if (chosen.length > 0) filter.details.open = true;
      showOnDemand(filter, countsShown[filter.facet]);
    }
  }

  /** Also marks which search it reports (`data-run`), so a test can wait for the next one. */
  function setStatus(text: string, state: 'busy' | 'done' | 'error') {
    status.textContent = text;
    status.dataset['state'] = state;
    status.dataset['run'] = String(run);
    list.setAttribute('aria-busy', String(state === 'busy'));
  }

  let countsShown: FilterCounts = {};

  /**
   * Each value's count of results if it were chosen, for the filters Pagefind has counted;
   * unchosen values with none are hidden. A filter not counted yet shows its values alone.
   */
  function showCounts(counts: FilterCounts) {
    countsShown = counts;
    for (const box of checkboxes()) {
      if (isOnDemandFacet(box.name)) continue;
      const facetCounts = counts[box.name];
      const count = facetCounts?.[box.value] ?? 0;
      const item = box.closest<HTMLElement>('[data-facet-option]');
      const countText = item?.querySelector<HTMLElement>('[data-facet-count]');
      if (countText) {
        countText.textContent = String(count);
        countText.hidden = facetCounts === undefined;
      }
      if (item) item.hidden = facetCounts !== undefined && count === 0 && !box.checked;
    }
    for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
      fieldset.hidden = [...fieldset.querySelectorAll<HTMLElement>('[data-facet-option]')].every(
        (item) => item.hidden,
      );
    }
    for (const filter of onDemand) showOnDemand(filter, counts[filter.facet]);
  }

  // ---- Searching ----

  const pagefindReady: Promise<Pagefind | undefined> = loadPagefind().catch((error: unknown) => {
    console.error('Search could not be loaded:', error);
    return undefined;
  });
  void pagefindReady.then((pagefind) => {
    if (pagefind === undefined) setStatus(strings.unavailable, 'error');
  });

  /** Filters whose counts the reader may look at (Pagefind loads a filter when a search names it). */
  const counted = new Set<Facet>();

  function searchOptions(state: SearchState) {
    const filters: Record<string, PagefindFilter> = pagefindFilters(state);
    for (const facet of counted) filters[facet] ??= { any: [] };
    const sortBy = pagefindSort(state);
    return { filters, ...(sortBy ? { sort: sortBy } : {}) };
  }

  let results: PagefindResult[] = [];
  let shown = 0;

  function resultItem(data: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta['title'] ?? data.url;
    heading.append(link);
    item.append(heading);
    if (data.meta['date']) {
      const date = document.createElement('p');
      date.className = 'search-result__date';
      date.textContent = data.meta['date'];
      item.append(date);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    for (const part of excerptParts(data.excerpt)) {
      if (part.marked) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else excerpt.append(part.text);
    }
    item.append(excerpt);
    return item;
  }

  async function showMore(forRun: number): Promise<HTMLLIElement[]> {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (forRun !== run) return [];
    const items = data.map(resultItem);
    list.append(...items);
    shown += batch.length;
    moreWrap.hidden = shown >= results.length;
    return items;
  }

  async function search(state: SearchState) {
    const thisRun = ++run;
    latest = state;
    showSort(state);
    document.title = state.query === '' ? pageTitle : `${state.query} · ${pageTitle}`;
    if (isEmptySearch(state)) {
      results = [];
      list.replaceChildren();
      moreWrap.hidden = true;
      showCounts(totals);
      setStatus(strings.hint, 'done');
      return;
    }
    list.setAttribute('aria-busy', 'true');
    status.dataset['state'] = 'busy';
    const pagefind = await pagefindReady;
    if (thisRun !== run) return;
    if (pagefind === undefined) {
      setStatus(strings.unavailable, 'error');
      return;
    }
    const response = await pagefind.search(
      state.query === '' ? null : state.query,
      searchOptions(state),
    );
    if (thisRun !== run || response === null) return;
    results = response.results;
    shown = 0;
    list.replaceChildren();
    await showMore(thisRun);
    if (thisRun !== run) return;
    showCounts(response.filters);
    const count = results.length;
    const found = (count === 1 ? strings.resultsOne : strings.resultsOther).replace(
      '{count}',
      count.toLocaleString(document.documentElement.lang),
    );
    setStatus(count === 0 ? strings.noResults : found, 'done');
  }

  /** Count more filters for the search on screen (its results stay as they are). */
  async function countFilters(facets: readonly Facet[]) {
    const added = facets.filter((facet) => !counted.has(facet));
    if (added.length === 0) return;
    for (const facet of added) counted.add(facet);
    const state = latest;
    const forRun = run;
    if (isEmptySearch(state)) {
      showCounts(totals);
      return;
    }
    const pagefind = await pagefindReady;
    const response = await pagefind?.search(
      state.query === '' ? null : state.query,
      searchOptions(state),
    );
    if (forRun === run && response) showCounts(response.filters);
  }

  // ---- The reader's steps ----

  /** While the reader types, the first change adds a history entry and the rest replace it. */
  let typing = false;

  function go(state: SearchState, how: 'push' | 'replace') {
    const href = searchHref(window.location.pathname, state);
    if (href !== `${window.location.pathname}${window.location.search}`) {
      if (how === 'push') history.pushState(null, '', href);
      else history.replaceState(null, '', href);
    }
    void search(state);
  }

  /** A finished step: Enter ends the typing entry; a filter or an order adds an entry. */
  function commit(how: 'typed' | 'chosen') {
    go(formState(), how === 'typed' && typing ? 'replace' : 'push');
    typing = false;
  }

  query.addEventListener('input', () => {
    go(formState(), typing ? 'replace' : 'push');
    typing = true;
  });
  form.addEventListener('change', (event) => {
    if (event.target === query) return;
    if (event.target === sort)
      chosenSort = parseSearchParams(new URLSearchParams({ sort: sort.value })).sort;
    commit('chosen');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit('typed');
  });
  required<HTMLAnchorElement>(document, '[data-search-clear]').addEventListener(
    'click',
    (event) => {
      event.preventDefault();
      showInForm(EMPTY_SEARCH);
      typing = false;
      go(EMPTY_SEARCH, 'push');
      query.focus();
    },
  );
  more.addEventListener('click', () => {
    void showMore(run).then((items) => items[0]?.querySelector('a')?.focus());
  });
  window.addEventListener('popstate', () => {
    typing = false;
    void addressState().then((state) => {
      showInForm(state);
      void search(state);
    });
  });

  // The reader reaching for the filters (pointer, keyboard, or unfolding them) is when their
  // counts are worth loading; opening a city or county list also loads its values.
  // (Not the panel's toggle event: the browser also fires it for a panel that starts open.)
  if (filtersPanel) {
    const countBaked = () => void countFilters(bakedFacets);
    filtersPanel.addEventListener('pointerenter', countBaked);
    filtersPanel.addEventListener('focusin', countBaked);
  }
  for (const filter of onDemand) {
    filter.details.addEventListener('toggle', () => {
      if (!filter.details.open) return;
      void loadFacetData().then((data) => {
        if (data === undefined) return;
        // The counts on screen, if this filter has been counted already; else its chosen values
        // until the count comes.
        showOnDemand(filter, countsShown[filter.facet]);
        void countFilters([...bakedFacets, filter.facet]);
      });
    });
  }

  // The address is the search: show it, in its canonical spelling (`?place=` → its level).
  void addressState().then((initial) => {
    // The reader may have started a search of their own while the labels loaded.
    if (run > 0) return;
    showInForm(initial);
    go(initial, 'replace');
    // On a narrow screen the filters would push the results far down: fold them unless in use.
    if (filtersPanel && !hasFilters(initial) && window.matchMedia(NARROW_SCREEN).matches) {
      filtersPanel.open = false;
    }
  });
}
