/** The search page's results: the status line, the list, and the button that shows more. */
import { required } from './dom.ts';
import { excerptParts } from './excerpt.ts';
import type { PagefindResult, PagefindResultData } from './pagefindClient.ts';

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

export function readStrings(form: HTMLFormElement): ClientStrings {
  return JSON.parse(form.dataset['strings'] ?? '{}') as ClientStrings;
}

/** Results a page of the list shows; "more" adds the next page. */
const PAGE_SIZE = 10;
/**
 * Of a search's first page, the results fetched and shown first: about a screenful. The rest
 * of the page is fetched once they are on screen, so the first results wait for five
 * fragments, not ten, however slow the connection (Pagefind's own UI loads five at a time).
 */
const SHOWN_FIRST = 5;

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

export class ResultsView {
  readonly more: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly moreWrap: HTMLElement;
  private results: PagefindResult[] = [];
  private shown = 0;

  constructor(
    form: HTMLFormElement,
    private readonly strings: ClientStrings,
  ) {
    this.status = required<HTMLElement>(form, '[data-search-status]');
    this.list = required<HTMLOListElement>(form, '[data-search-results]');
    this.moreWrap = required<HTMLElement>(form, '[data-search-more-wrap]');
    this.more = required<HTMLButtonElement>(form, '[data-search-more]');
  }

  /** Also marks which search it reports (`data-run`), so a test can wait for the next one. */
  setStatus(text: string, state: 'busy' | 'done' | 'error', run: number) {
    this.status.textContent = text;
    this.status.dataset['state'] = state;
    this.status.dataset['run'] = String(run);
    this.list.setAttribute('aria-busy', String(state === 'busy'));
  }

  /** A search has started: the results on screen are about to be replaced. */
  showBusy() {
    this.list.setAttribute('aria-busy', 'true');
    this.status.dataset['state'] = 'busy';
  }

  /** No search: no results. */
  clear() {
    this.results = [];
    this.list.replaceChildren();
    this.moreWrap.hidden = true;
  }

  showHint(run: number) {
    this.setStatus(this.strings.hint, 'done', run);
  }

  showUnavailable(run: number) {
    this.setStatus(this.strings.unavailable, 'error', run);
  }

  /**
   * A search's results, the first page of them shown unless the search has been overtaken.
   * The results on screen stay until the new ones are ready (the list is busy meanwhile), so
   * the list never flashes empty between a search's first answer and its whole one.
   */
  async showResults(results: PagefindResult[], stillCurrent: () => boolean) {
    const first = await this.itemsFrom(results, 0, SHOWN_FIRST, stillCurrent);
    if (first === null) return;
    this.results = results;
    this.list.replaceChildren(...first);
    this.shown = first.length;
    this.moreWrap.hidden = true;
    await this.showMore(stillCurrent, PAGE_SIZE - SHOWN_FIRST);
  }

  /** The next `count` results; none if the search has been overtaken meanwhile. */
  async showMore(stillCurrent: () => boolean, count = PAGE_SIZE): Promise<HTMLLIElement[]> {
    const items = await this.itemsFrom(this.results, this.shown, count, stillCurrent);
    if (items === null) return [];
    this.list.append(...items);
    this.shown += items.length;
    this.moreWrap.hidden = this.shown >= this.results.length;
    return items;
  }

  /** The list items of `count` of `results` from `start`, or null if the search was overtaken. */
  private async itemsFrom(
    results: readonly PagefindResult[],
    start: number,
    count: number,
    stillCurrent: () => boolean,
  ): Promise<HTMLLIElement[] | null> {
    const batch = results.slice(start, start + count);
    const data = await Promise.all(batch.map((result) => result.data()));
    return stillCurrent() ? data.map(resultItem) : null;
  }

  /** How many results the search found. */
  showFound(run: number) {
    const count = this.results.length;
    const found = (count === 1 ? this.strings.resultsOne : this.strings.resultsOther).replace(
      '{count}',
      count.toLocaleString(document.documentElement.lang),
    );
    this.setStatus(count === 0 ? this.strings.noResults : found, 'done', run);
  }
}
