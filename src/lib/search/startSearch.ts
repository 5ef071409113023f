/**
 * The search page's script: runs the search the form describes with Pagefind, shows the
 * results and the filter counts, and keeps the address bar in step (urlHistory.ts), so that a
 * link reproduces a search and Back and Forward move between searches.
 *
 * Every keystroke searches at once; when searches overlap, only the newest one's results are
 * shown (each search has a number, and a search that is no longer the latest stops).
 *
 * What is loaded when, so that the page and a first query stay small however large the
 * archive grows: Pagefind's runtime as the page opens; a query's index chunks and fragments
 * as it runs; a filter's counts (a Pagefind filter chunk, which grows with the archive) only
 * once the reader reaches for the filters or a search chooses a value of it; the labels of
 * cities and counties (the page's places.json) only when the reader opens one of those
 * filters or the address chooses one. A first query with words needs none of them.
 */
import { required } from './dom.ts';
import { FacetControls } from './facetControls.ts';
import {
  loadPagefind,
  searchPagefind,
  type PagefindResult,
  type PartedPagefind,
} from './pagefindClient.ts';
import { readStrings, ResultsView } from './resultsView.ts';
import { SearchFields } from './searchFields.ts';
import { EMPTY_SEARCH, hasFilters, isEmptySearch, type Facet, type SearchState } from './state.ts';
import { addressState, TypingEntry, writeAddress, type HistoryStep } from './urlHistory.ts';

/** Below this width the filters sit above the results (see SearchForm.astro's layout). */
const NARROW_SCREEN = '(max-width: 49.99rem)';

export function startSearch(form: HTMLFormElement): void {
  const strings = readStrings(form);
  const view = new ResultsView(form, strings);
  const filtersPanel = form.querySelector<HTMLDetailsElement>('details[data-search-filters]');
  const facets = new FacetControls(form, form.dataset['facetData'] ?? '');
  const fields = new SearchFields(form, facets);
  const typing = new TypingEntry();
  const pageTitle = document.title;
  /** Searches started; a search whose number is no longer `run` has been overtaken. */
  let run = 0;
  /** The newest search's state. */
  let latest: SearchState = EMPTY_SEARCH;
  const current = (forRun: number) => () => forRun === run;

  const pagefindReady: Promise<PartedPagefind | undefined> = loadPagefind().catch(
    (error: unknown) => {
      console.error('Search could not be loaded:', error);
      return undefined;
    },
  );
  void pagefindReady.then((pagefind) => {
    if (pagefind === undefined) view.showUnavailable(run);
  });

  async function search(state: SearchState) {
    const thisRun = ++run;
    latest = state;
    fields.showSort(state);
    document.title = state.query === '' ? pageTitle : `${state.query} · ${pageTitle}`;
    if (isEmptySearch(state)) {
      view.clear();
      facets.showCounts(facets.totals);
      view.showHint(run);
      return;
    }
    view.showBusy();
    const pagefind = await pagefindReady;
    if (thisRun !== run) return;
    if (pagefind === undefined) {
      view.showUnavailable(run);
      return;
    }
    // The newest part's results show before every part has answered; a search the reader has
    // typed past stops there.
    const early = async (partial: { results: PagefindResult[] }) => {
      if (thisRun === run) await view.showResults(partial.results, current(thisRun));
      return thisRun === run;
    };
    const response = await searchPagefind(pagefind, state, facets.counted, early);
    if (thisRun !== run || response === null) return;
    await view.showResults(response.results, current(thisRun));
    if (thisRun !== run) return;
    facets.showCounts(response.filters);
    view.showFound(run);
  }

  /** Count more filters for the search on screen (its results stay as they are). */
  async function countFilters(toCount: readonly Facet[]) {
    const added = toCount.filter((facet) => !facets.counted.has(facet));
    if (added.length === 0) return;
    for (const facet of added) facets.counted.add(facet);
    const state = latest;
    const forRun = run;
    if (isEmptySearch(state)) {
      facets.showCounts(facets.totals);
      return;
    }
    const pagefind = await pagefindReady;
    const response = await (pagefind && searchPagefind(pagefind, state, facets.counted));
    if (forRun === run && response) facets.showCounts(response.filters);
  }

  function go(state: SearchState, how: HistoryStep) {
    writeAddress(state, how);
    void search(state);
  }

  // ---- The reader's steps ----

  fields.query.addEventListener('input', () => {
    go(fields.read(), typing.keystroke());
  });
  form.addEventListener('change', (event) => {
    if (event.target === fields.query) return;
    if (event.target === fields.sort) fields.chooseSort();
    go(fields.read(), typing.finish('chosen'));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(fields.read(), typing.finish('typed'));
  });
  required<HTMLAnchorElement>(document, '[data-search-clear]').addEventListener(
    'click',
    (event) => {
      event.preventDefault();
      fields.show(EMPTY_SEARCH);
      typing.end();
      go(EMPTY_SEARCH, 'push');
      fields.query.focus();
    },
  );
  view.more.addEventListener('click', () => {
    void view.showMore(current(run)).then((items) => items[0]?.querySelector('a')?.focus());
  });
  window.addEventListener('popstate', () => {
    typing.end();
    void addressState(facets).then((state) => {
      fields.show(state);
      void search(state);
    });
  });

  // The reader reaching for the filters (pointer, keyboard, or unfolding them) is when their
  // counts are worth loading; opening a city or county list also loads its values.
  // (Not the panel's toggle event: the browser also fires it for a panel that starts open.)
  if (filtersPanel) {
    const countBaked = () => void countFilters(facets.bakedFacets);
    filtersPanel.addEventListener('pointerenter', countBaked);
    filtersPanel.addEventListener('focusin', countBaked);
  }
  for (const filter of facets.onDemand) {
    filter.details.addEventListener('toggle', () => {
      if (!filter.details.open) return;
      void facets.loadFacetData().then((data) => {
        if (data === undefined) return;
        // The counts on screen, if this filter has been counted already; else its chosen values
        // until the count comes.
        facets.showOnDemandCounted(filter);
        void countFilters([...facets.bakedFacets, filter.facet]);
      });
    });
  }

  // The address is the search: show it, in its canonical spelling (`?place=` → its level).
  void addressState(facets).then((initial) => {
    // The reader may have started a search of their own while the labels loaded.
    if (run > 0) return;
    fields.show(initial);
    go(initial, 'replace');
    // On a narrow screen the filters would push the results far down: fold them unless in use.
    if (filtersPanel && !hasFilters(initial) && window.matchMedia(NARROW_SCREEN).matches) {
      filtersPanel.open = false;
    }
  });
}
