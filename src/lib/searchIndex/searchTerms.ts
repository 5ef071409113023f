/**
 * The names a reader may type for an agreement, whatever language and script its text is in:
 * every place it names and the places those belong to, its operators, topics, parties,
 * publisher and author —
 * in English and both Chinese scripts, with the gazetteer's aliases (煙台, Yantai City, CMCC).
 * Agreement pages carry them hidden, so `中国联通` finds an English release on /zh-hans/ and
 * `Shandong` finds a Chinese one on /en/.
 */
import type { Agreement } from '../../schema/agreement.ts';
import { HAN, toSimplified, toTraditional } from '../chinese.ts';
import { operatorById, topicById, type Names } from '../gazetteer/index.ts';
import { placeCodesWithAncestors } from '../archive/facets.ts';
import { knownPlace } from '../archive/names.ts';

/** The Pagefind metadata field that carries the names (`data-pagefind-meta="names"`). */
export const NAMES_META = 'names';

const namesOf = (names: Names) => [names.en, names['zh-Hans'], names['zh-Hant']];

function placeNames(agreement: Agreement): string[] {
  return placeCodesWithAncestors(agreement).flatMap((code) => {
    const place = knownPlace(code);
    return [...namesOf(place.names), ...namesOf(place.shortNames), ...place.aliases];
  });
}

function operatorNames(agreement: Agreement): string[] {
  return agreement.operators.flatMap((id) => {
    const operator = operatorById(id);
    return [...namesOf(operator.names), ...operator.aliases.zh, ...operator.aliases.en];
  });
}

function topicNames(agreement: Agreement): string[] {
  return agreement.topics.flatMap((id) => {
    const topic = topicById(id);
    return topic ? namesOf(topic.names) : [];
  });
}

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * A Chinese name cut into words as a browser cuts a query: `中国联通` → `中国 联通`. Pagefind
 * splits metadata at spaces only (it segments Chinese in the page's text, not in metadata)
 * and cuts queries with Intl.Segmenter; with this form too, each word of such a query is a
 * word of the field, and the whole name still matches as one.
 */
export function queryWords(name: string): string {
  return [...wordSegmenter.segment(name)]
    .filter((part) => part.isWordLike)
    .map((part) => part.segment)
    .join(' ');
}

/**
 * The forms of each name, worked out once: the same place and operator names recur on
 * thousands of pages, and segmenting them is most of what an agreement page costs to build.
 */
const formsByName = new Map<string, readonly string[]>();

/** A name in every form a reader may type it: both scripts, and cut into words. */
function forms(name: string): readonly string[] {
  const known = formsByName.get(name);
  if (known !== undefined) return known;
  const trimmed = name.replace(/\s+/g, ' ').trim();
  let result: readonly string[] = [trimmed];
  if (HAN.test(trimmed)) {
    const scripts = [trimmed, toSimplified(trimmed), toTraditional(trimmed)];
    result = [...scripts, ...scripts.map(queryWords)];
  }
  formsByName.set(name, result);
  return result;
}

/** Every name of an agreement's places, operators, topics and parties, each form once. */
export function searchTerms(agreement: Agreement): string[] {
  const names = [
    ...placeNames(agreement),
    ...operatorNames(agreement),
    ...topicNames(agreement),
    ...agreement.parties.map((party) => party.name),
    ...[agreement.publisher, agreement.author].filter((name): name is string => name !== null),
  ];
  return [...new Set(names.flatMap(forms))].filter((term) => term !== '');
}
