import { describe, expect, it } from 'vitest';
import {
  EMPTY_SEARCH,
  isEmptySearch,
  pagefindFilters,
  pagefindSort,
  parseSearchParams,
  sameSearch,
  searchHref,
  toSearchParams,
  type SearchState,
} from '../../src/lib/search/state.ts';

const parse = (query: string, placeFacetOf?: Parameters<typeof parseSearchParams>[1]) =>
  parseSearchParams(new URLSearchParams(query), placeFacetOf);

describe('search state in the address', () => {
  it('reads words, filters and order', () => {
    expect(parse('q=烟台&operator=china-unicom&year=2019&sort=newest')).toEqual({
      query: '烟台',
      filters: { operator: ['china-unicom'], year: ['2019'] },
      sort: 'newest',
    });
  });

  it('round-trips through its canonical spelling', () => {
    const state: SearchState = {
      query: 'Yantai 5G',
      filters: { operator: ['china-tower', 'china-unicom'], province: ['370000'], topic: ['5g'] },
      sort: 'oldest',
    };
    const href = searchHref('/en/search/', state);
    expect(href).toBe(
      '/en/search/?q=Yantai+5G&operator=china-tower&operator=china-unicom&province=370000&topic=5g&sort=oldest',
    );
    expect(parse(href.split('?')[1] ?? '')).toEqual(state);
  });

  it('writes facets in form order whatever order the address had', () => {
    const state = parse('year=2019&q=x&operator=china-mobile');
    expect(toSearchParams(state).toString()).toBe('q=x&operator=china-mobile&year=2019');
    expect(sameSearch(state, parse('operator=china-mobile&q=x&year=2019'))).toBe(true);
  });

  it('ignores unknown parameters, empty values, repeats and unknown orders', () => {
    expect(
      parse('q=%20%20&operator=&operator=china-mobile&operator=china-mobile&utm=x&sort=best'),
    ).toEqual({
      query: '',
      filters: { operator: ['china-mobile'] },
      sort: 'relevance',
    });
  });

  it('collapses whitespace in the query', () => {
    expect(parse('q=%20Yantai%20%20%205G%20').query).toBe('Yantai 5G');
  });

  it('resolves ?place=<code> to the facet of its level, and drops a code no one knows', () => {
    const levels: Record<string, 'province' | 'city' | 'county'> = {
      '370000': 'province',
      '370600': 'city',
      '310101': 'county',
    };
    const state = parse('place=370600&place=310101&place=999999', (code) => levels[code]);
    expect(state.filters).toEqual({ city: ['370600'], county: ['310101'] });
    expect(parse('place=370600').filters).toEqual({});
  });

  it('leaves the empty search as the bare page', () => {
    expect(searchHref('/zh-hans/search/', EMPTY_SEARCH)).toBe('/zh-hans/search/');
    expect(isEmptySearch(EMPTY_SEARCH)).toBe(true);
    expect(isEmptySearch(parse('year=2019'))).toBe(false);
    expect(isEmptySearch(parse('q=x'))).toBe(false);
  });
});

describe('Pagefind options of a search', () => {
  it('passes every chosen value as a filter that must hold', () => {
    expect(
      pagefindFilters(parse('operator=china-tower&province=370000&year=2019&year=2017')),
    ).toEqual({
      operator: ['china-tower'],
      province: ['370000'],
      year: ['2019', '2017'],
    });
    expect(pagefindFilters(parse('q=x'))).toEqual({});
  });

  it('sorts by date when asked, and newest first when there are no words to rank by', () => {
    expect(pagefindSort(parse('q=x'))).toBeUndefined();
    expect(pagefindSort(parse('q=x&sort=newest'))).toEqual({ date: 'desc' });
    expect(pagefindSort(parse('q=x&sort=oldest'))).toEqual({ date: 'asc' });
    expect(pagefindSort(parse('operator=china-tower'))).toEqual({ date: 'desc' });
    expect(pagefindSort(parse('operator=china-tower&sort=oldest'))).toEqual({ date: 'asc' });
  });
});
