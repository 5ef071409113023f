/**
 * The address bar is the search: a link reproduces a search, and Back and Forward move between
 * searches. Checking a filter or changing the order adds a history entry; typing adds one entry
 * for the new words and keeps replacing it while the reader types (and presses Enter).
 */
import type { FacetControls } from './facetControls.ts';
import { searchHref, type SearchState } from './state.ts';

export type HistoryStep = 'push' | 'replace';

/** Writes a search into the address bar, unless it is there already. */
export function writeAddress(state: SearchState, how: HistoryStep) {
  const href = searchHref(window.location.pathname, state);
  if (href !== `${window.location.pathname}${window.location.search}`) {
    if (how === 'push') history.pushState(null, '', href);
    else history.replaceState(null, '', href);
  }
}

/** The search the address asks for, once the labels of any city or county it names are loaded. */
export async function addressState(facets: FacetControls): Promise<SearchState> {
  const params = new URLSearchParams(window.location.search);
  if (facets.needsFacetData(params)) await facets.loadFacetData();
  return facets.stateFrom(params);
}

/** While the reader types, the first change adds a history entry and the rest replace it. */
export class TypingEntry {
  private typing = false;

  /** A keystroke in the query box. */
  keystroke(): HistoryStep {
    const how = this.typing ? 'replace' : 'push';
    this.typing = true;
    return how;
  }

  /** A finished step: Enter ends the typing entry; a filter or an order adds an entry. */
  finish(how: 'typed' | 'chosen'): HistoryStep {
    const step = how === 'typed' && this.typing ? 'replace' : 'push';
    this.typing = false;
    return step;
  }

  /** The search was replaced from elsewhere (cleared, or Back and Forward). */
  end() {
    this.typing = false;
  }
}
