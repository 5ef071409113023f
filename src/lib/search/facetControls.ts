/**
 * The search page's filters: which values each offers, which are chosen, and how many results
 * each would leave. The bounded filters (operators, years, provinces, topics…) are built into
 * the page with their whole-archive counts; cities and counties, thousands at scale, come from
 * the page's data file (places.json) only when the reader opens one of them or the address
 * chooses one.
 */
import { parseFacetData, type FacetDatum, type OnDemandFacetData } from './facetData.ts';
import type { FilterCounts } from './pagefindClient.ts';
import {
  FACETS,
  isOnDemandFacet,
  ON_DEMAND_FACETS,
  parseSearchParams,
  PLACE_PARAM,
  type Facet,
  type OnDemandFacet,
  type SearchState,
} from './state.ts';

const PLACE_FACETS: readonly Facet[] = ['province', 'city', 'county'];

/** A city or county filter: its disclosure, its list, and the options made for it so far. */
export interface OnDemandList {
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

export class FacetControls {
  /** The filters built into the page. */
  readonly bakedFacets: readonly Facet[];
  /** The city and county filters. */
  readonly onDemand: readonly OnDemandList[];
  /** Whole-archive counts: the bounded filters' as built into the page, the others' once loaded. */
  readonly totals: FilterCounts = {};
  /** Filters whose counts the reader may look at (Pagefind loads a filter when a search names it). */
  readonly counted = new Set<Facet>();
  private facetData: OnDemandFacetData | undefined;
  private readonly facetIndex = new Map<OnDemandFacet, Map<string, FacetDatum>>();
  private facetDataLoad: Promise<OnDemandFacetData | undefined> | undefined;
  private countsShown: FilterCounts = {};

  constructor(
    private readonly form: HTMLFormElement,
    private readonly facetDataUrl: string,
  ) {
    this.bakedFacets = FACETS.filter(
      (facet) => !isOnDemandFacet(facet) && form.querySelector(`fieldset[data-facet="${facet}"]`),
    );
    for (const box of this.checkboxes()) {
      const count = box.closest('[data-facet-option]')?.querySelector('[data-facet-count]');
      (this.totals[box.name] ??= {})[box.value] = Number(count?.textContent ?? 0);
    }
    this.onDemand = ON_DEMAND_FACETS.flatMap((facet) => {
      const details = form.querySelector<HTMLDetailsElement>(`details[data-facet="${facet}"]`);
      const options = details?.querySelector<HTMLElement>('[data-facet-options]');
      return details && options ? [{ facet, details, list: options, items: new Map() }] : [];
    });
  }

  private checkboxes() {
    return [...this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  }

  private checkbox(facet: string, id: string) {
    return this.checkboxes().find((box) => box.name === facet && box.value === id);
  }

  /** The labels of cities and counties, fetched once; undefined if they cannot be had. */
  loadFacetData(): Promise<OnDemandFacetData | undefined> {
    this.facetDataLoad ??= fetch(this.facetDataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${this.facetDataUrl}: HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((json) => {
        const data = parseFacetData(json, this.facetDataUrl);
        for (const facet of ON_DEMAND_FACETS) {
          this.facetIndex.set(facet, new Map(data[facet].map((datum) => [datum[0], datum])));
          this.totals[facet] = Object.fromEntries(
            data[facet].map(([id, , , count]) => [id, count]),
          );
        }
        this.facetData = data;
        return data;
      })
      .catch((error: unknown) => {
        console.error('City and county filters could not be loaded:', error);
        this.facetDataLoad = undefined;
        return undefined;
      });
    return this.facetDataLoad;
  }

  /** The option of a city or county, made the first time it is needed. */
  private itemOf(filter: OnDemandList, id: string): HTMLLIElement | undefined {
    let item = filter.items.get(id);
    const datum = this.facetIndex.get(filter.facet)?.get(id);
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
  private showOnDemand(filter: OnDemandList, counts: Record<string, number> | undefined) {
    const values = this.facetData?.[filter.facet] ?? [];
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
      const item = this.itemOf(filter, id);
      const countText = item?.querySelector<HTMLElement>('[data-facet-count]');
      if (countText) {
        countText.textContent = String(count);
        countText.hidden = counts === undefined;
      }
      return item ? [item] : [];
    });
    filter.list.replaceChildren(...items);
  }

  /** A city or county list with the counts on screen, if it has been counted already; else its chosen values. */
  showOnDemandCounted(filter: OnDemandList) {
    this.showOnDemand(filter, this.countsShown[filter.facet]);
  }

  private known(facet: Facet, id: string): boolean {
    return isOnDemandFacet(facet)
      ? (this.facetIndex.get(facet)?.has(id) ?? false)
      : this.checkbox(facet, id) !== undefined;
  }

  /** The search an address (or the form) asks for, keeping only filter values this page offers. */
  stateFrom(params: URLSearchParams): SearchState {
    const parsed = parseSearchParams(params, (code) =>
      PLACE_FACETS.find((facet) => this.known(facet, code)),
    );
    const filters: Partial<Record<Facet, string[]>> = {};
    for (const facet of FACETS) {
      const kept = (parsed.filters[facet] ?? []).filter((id) => this.known(facet, id));
      if (kept.length > 0) filters[facet] = kept;
    }
    return { ...parsed, filters };
  }

  /** Whether an address names a city or county, whose labels the page must load first. */
  needsFacetData(params: URLSearchParams): boolean {
    return [...params].some(
      ([name, value]) =>
        isOnDemandFacet(name) ||
        (name === PLACE_PARAM && this.checkbox('province', value.trim()) === undefined),
    );
  }

  /** Checks the values a search chooses, and only those. */
  showChosen(state: SearchState) {
    for (const box of this.checkboxes()) {
      if (isOnDemandFacet(box.name)) continue;
      box.checked = state.filters[box.name as Facet]?.includes(box.value) ?? false;
    }
    // A city or county's option may not be in the page yet: make the chosen ones, then show them.
    for (const filter of this.onDemand) {
      const chosen = state.filters[filter.facet] ?? [];
      for (const id of chosen) this.itemOf(filter, id);
      for (const [id, item] of filter.items) {
        const box = item.querySelector('input');
        if (box) box.checked = chosen.includes(id);
      }
      if (chosen.length > 0) filter.details.open = true;
      this.showOnDemandCounted(filter);
    }
  }

  /**
   * Each value's count of results if it were chosen, for the filters Pagefind has counted;
   * unchosen values with none are hidden. A filter not counted yet shows its values alone.
   */
  showCounts(counts: FilterCounts) {
    this.countsShown = counts;
    for (const box of this.checkboxes()) {
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
    for (const fieldset of this.form.querySelectorAll<HTMLFieldSetElement>(
      'fieldset[data-facet]',
    )) {
      fieldset.hidden = [...fieldset.querySelectorAll<HTMLElement>('[data-facet-option]')].every(
        (item) => item.hidden,
      );
    }
    for (const filter of this.onDemand) this.showOnDemand(filter, counts[filter.facet]);
  }
}
