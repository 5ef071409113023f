/** The search form's own fields (the words and the order) and the search the whole form describes. */
import { required } from './dom.ts';
import type { FacetControls } from './facetControls.ts';
import { parseSearchParams, SORT_PARAM, type SearchSort, type SearchState } from './state.ts';

export class SearchFields {
  readonly query: HTMLInputElement;
  readonly sort: HTMLSelectElement;
  private readonly relevance: HTMLOptionElement | null;
  /**
   * The order the reader chose. Without words there is no relevance, so the select then shows
   * (and offers) the date orders only; the choice itself is kept for when words come back.
   */
  private chosenSort: SearchSort = 'relevance';

  constructor(
    private readonly form: HTMLFormElement,
    private readonly facets: FacetControls,
  ) {
    this.query = required<HTMLInputElement>(form, 'input[type="search"]');
    this.sort = required<HTMLSelectElement>(form, 'select');
    this.relevance = this.sort.querySelector<HTMLOptionElement>('option[value="relevance"]');
  }

  showSort(state: SearchState) {
    if (this.relevance) this.relevance.disabled = state.query === '';
    this.sort.value = state.query === '' && state.sort === 'relevance' ? 'newest' : state.sort;
  }

  /** The reader picked an order in the select. */
  chooseSort() {
    this.chosenSort = parseSearchParams(new URLSearchParams({ sort: this.sort.value })).sort;
  }

  /** The search the form describes. */
  read(): SearchState {
    const params = new URLSearchParams(
      [...new FormData(this.form)].map(([k, v]) => [k, String(v)]),
    );
    params.set(SORT_PARAM, this.chosenSort);
    return this.facets.stateFrom(params);
  }

  /** Shows a search in the form: its words, its order and its chosen filter values. */
  show(state: SearchState) {
    this.query.value = state.query;
    this.chosenSort = state.sort;
    this.showSort(state);
    this.facets.showChosen(state);
  }
}
