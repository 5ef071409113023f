/**
 * The search page's script: runs the search the form describes with Pagefind, shows the
 * results and the filter counts, and keeps the address bar in step, so that a link
 * reproduces a search and Back and Forward move between searches.
 *
 * History: checking a filter or changing the order adds an entry; typing adds one entry for
 * the new words and keeps replacing it while the reader types (and presses Enter).
 */
import { excerptParts } from './excerpt.ts';
import {
  EMPTY_SEARCH,
  FACETS,
  hasFilters,
  isEmptySearch,
  pagefindFilters,
  pagefindSort,
  parseSearchParams,
  searchHref,
  SORT_PARAM,
  type Facet,
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
  filters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    term: string | null,
    options: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindResponse | null>;
}

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;
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

export async function startSearch(form: HTMLFormElement): Promise<void> {
  const strings = readStrings(form);
  const query = required<HTMLInputElement>(form, 'input[type="search"]');
  const sort = required<HTMLSelectElement>(form, 'select');
  const status = required<HTMLElement>(form, '[data-search-status]');
  const list = required<HTMLOListElement>(form, '[data-search-results]');
  const moreWrap = required<HTMLElement>(form, '[data-search-more-wrap]');
  const more = required<HTMLButtonElement>(form, '[data-search-more]');
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const pageTitle = document.title;
  /** Searches started; a search whose number is no longer `run` has been overtaken. */
  let run = 0;

  const checkbox = (facet: string, id: string) =>
    checkboxes.find((box) => box.name === facet && box.value === id);

  /** The search an address asks for, keeping only filter values this page offers. */
  function stateFrom(params: URLSearchParams): SearchState {
    const parsed = parseSearchParams(params, (code) =>
      PLACE_FACETS.find((facet) => checkbox(facet, code) !== undefined),
    );
    const filters: Partial<Record<Facet, string[]>> = {};
    for (const facet of FACETS) {
      const known = (parsed.filters[facet] ?? []).filter((id) => checkbox(facet, id));
      if (known.length > 0) filters[facet] = known;
    }
    return { ...parsed, filters };
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
  const addressState = () => stateFrom(new URLSearchParams(window.location.search));

  function showInForm(state: SearchState) {
    query.value = state.query;
    chosenSort = state.sort;
    showSort(state);
    for (const box of checkboxes) {
      box.checked = state.filters[box.name as Facet]?.includes(box.value) ?? false;
    }
  }

  /** Also marks which search it reports (`data-run`), so a test can wait for the next one. */
  function setStatus(text: string, state: 'busy' | 'done' | 'error') {
    status.textContent = text;
    status.dataset['state'] = state;
    status.dataset['run'] = String(run);
    list.setAttribute('aria-busy', String(state === 'busy'));
  }

  /** Each value's count of results if it were chosen; unchosen values with none are hidden. */
  function showCounts(counts: FilterCounts) {
    for (const box of checkboxes) {
      const count = counts[box.name]?.[box.value] ?? 0;
      const item = box.closest<HTMLElement>('[data-facet-option]');
      const countText = item?.querySelector('[data-facet-count]');
      if (countText) countText.textContent = String(count);
      if (item) item.hidden = count === 0 && !box.checked;
    }
    for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
      fieldset.hidden = [...fieldset.querySelectorAll<HTMLElement>('[data-facet-option]')].every(
        (item) => item.hidden,
      );
    }
  }

  let pagefind: Pagefind;
  let totals: FilterCounts;
  try {
    pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ basePath: `${BASE}pagefind/`, baseUrl: BASE });
    totals = await pagefind.filters();
  } catch (error) {
    setStatus(strings.unavailable, 'error');
    console.error('Search could not be loaded:', error);
    return;
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
    const sortBy = pagefindSort(state);
    const response = await pagefind.search(state.query === '' ? null : state.query, {
      filters: pagefindFilters(state),
      ...(sortBy ? { sort: sortBy } : {}),
    });
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

  /** While the reader types, the first change adds a history entry and the rest replace it. */
  let typing = false;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

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
    clearTimeout(typingTimer);
    go(formState(), how === 'typed' && typing ? 'replace' : 'push');
    typing = false;
  }

  query.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      go(formState(), typing ? 'replace' : 'push');
      typing = true;
    }, TYPING_DELAY_MS);
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
    clearTimeout(typingTimer);
    typing = false;
    const state = addressState();
    showInForm(state);
    void search(state);
  });

  // The address is the search: show it, in its canonical spelling (`?place=` → its level).
  const initial = addressState();
  showInForm(initial);
  go(initial, 'replace');
  // On a narrow screen the filters would push the results far down: fold them unless in use.
  const filters = form.querySelector<HTMLDetailsElement>('details[data-search-filters]');
  if (filters && !hasFilters(initial) && window.matchMedia(NARROW_SCREEN).matches) {
    filters.open = false;
  }
}
