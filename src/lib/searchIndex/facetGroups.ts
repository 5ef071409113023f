/**
 * The search filters of an agreement (stable ids, what Pagefind indexes and the address
 * carries) and how each value is shown to a reader of a locale. Build-time only: the search
 * page renders every value with its label, so its script never needs the gazetteer.
 */
import {
  LANGUAGES,
  OPERATOR_IDS,
  type Agreement,
  type OperatorId,
  type PlaceLevel,
} from '../../schema/agreement.ts';
import { useTranslations } from '../../i18n/index.ts';
import { LOCALE_LANGUAGE, type Locale } from '../../i18n/locales.ts';
import { UNDATED, yearOf } from '../archive/dates.ts';
import { placeCodesWithAncestors } from '../archive/facets.ts';
import { knownPlace, operatorName, placeName, topicName } from '../archive/names.ts';
import type { LangText } from '../archive/script.ts';
import { langAttr } from '../../utils/lang.ts';
import type { FacetDatum, OnDemandFacetData } from '../search/facetData.ts';
import { FACETS, isOnDemandFacet, type Facet, type PlaceFacetOf } from '../search/state.ts';

/** Places are filtered by level: an agreement in a county counts for its city and province. */
export const PLACE_FACET: Readonly<Record<PlaceLevel, Facet>> = {
  province: 'province',
  prefecture: 'city',
  county: 'county',
};

/** The facet of a place code, for `?place=<code>` links. */
export const placeFacetOf: PlaceFacetOf = (code) => {
  try {
    return PLACE_FACET[knownPlace(code).level];
  } catch {
    return undefined;
  }
};

function knownOperator(id: string): OperatorId {
  const operator = OPERATOR_IDS.find((known) => known === id);
  if (operator === undefined) throw new Error(`search facets: "${id}" is not an operator id`);
  return operator;
}

function placeCodesAt(agreement: Agreement, level: PlaceLevel): string[] {
  return placeCodesWithAncestors(agreement).filter((code) => knownPlace(code).level === level);
}

/** Every filter value of an agreement, by facet. */
export function facetValues(agreement: Agreement): Record<Facet, string[]> {
  return {
    operator: [...agreement.operators],
    province: placeCodesAt(agreement, 'province'),
    city: placeCodesAt(agreement, 'prefecture'),
    county: placeCodesAt(agreement, 'county'),
    year: [yearOf(agreement)],
    topic: [...agreement.topics],
    language: [agreement.language],
  };
}

/** A filter value as a reader of `locale` reads it. */
export function facetLabel(facet: Facet, id: string, locale: Locale): LangText {
  const t = useTranslations(locale);
  const inLocale = (text: string): LangText => ({ text, lang: LOCALE_LANGUAGE[locale] });
  switch (facet) {
    case 'operator':
      return operatorName(knownOperator(id), locale);
    case 'province':
    case 'city':
    case 'county':
      return placeName(id, locale);
    case 'year':
      return inLocale(id === UNDATED ? t('years.undated') : id);
    case 'topic':
      return topicName(id, locale);
    case 'language': {
      const language = LANGUAGES.find((known) => known === id);
      if (language === undefined) throw new Error(`search facets: "${id}" is not a language`);
      return inLocale(t(`language.name.${language}`));
    }
  }
}

export interface FacetOption {
  id: string;
  label: LangText;
  /** Agreements with this value in the whole archive. */
  count: number;
}

export interface FacetGroup {
  facet: Facet;
  options: FacetOption[];
}

const byLabel = (a: FacetOption, b: FacetOption) => a.label.text.localeCompare(b.label.text, 'en');
const byCountThenLabel = (a: FacetOption, b: FacetOption) => b.count - a.count || byLabel(a, b);
const byListOrder = (list: readonly string[]) => (a: FacetOption, b: FacetOption) =>
  list.indexOf(a.id) - list.indexOf(b.id);

/** How each facet's values are ordered on the search form. */
const ORDER: Readonly<Record<Facet, (a: FacetOption, b: FacetOption) => number>> = {
  operator: byListOrder(OPERATOR_IDS),
  province: byCountThenLabel,
  city: byCountThenLabel,
  county: byCountThenLabel,
  // Newest first, undated last.
  year: (a, b) => (a.id === UNDATED ? 1 : b.id === UNDATED ? -1 : b.id.localeCompare(a.id)),
  topic: byCountThenLabel,
  language: byListOrder(LANGUAGES),
};

/** Every facet with the values the archive has, counted, labelled for `locale`, in form order. */
export function facetGroups(agreements: readonly Agreement[], locale: Locale): FacetGroup[] {
  const counts = new Map<Facet, Map<string, number>>(FACETS.map((facet) => [facet, new Map()]));
  for (const agreement of agreements) {
    const values = facetValues(agreement);
    for (const facet of FACETS) {
      const facetCounts = counts.get(facet);
      for (const id of new Set(values[facet])) facetCounts?.set(id, (facetCounts.get(id) ?? 0) + 1);
    }
  }
  return FACETS.map((facet) => ({
    facet,
    options: [...(counts.get(facet) ?? new Map<string, number>())]
      .map(([id, count]) => ({ id, count, label: facetLabel(facet, id, locale) }))
      .sort(ORDER[facet]),
  })).filter((group) => group.options.length > 0);
}

/** The on-demand filters' values for the search page's data file, in form order. */
export function onDemandFacetData(
  groups: readonly FacetGroup[],
  locale: Locale,
): OnDemandFacetData {
  const values = (facet: Facet): FacetDatum[] =>
    (groups.find((group) => group.facet === facet)?.options ?? []).map((option) => [
      option.id,
      option.label.text,
      langAttr(option.label.lang, locale) ?? '',
      option.count,
    ]);
  return { city: values('city'), county: values('county') };
}

/** The groups the search page renders itself: every filter but the on-demand ones. */
export function bakedFacetGroups(groups: readonly FacetGroup[]): FacetGroup[] {
  return groups.filter((group) => !isOnDemandFacet(group.facet));
}
