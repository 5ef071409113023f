/**
 * The gazetteer: places (GB/T 2260 divisions), operators and topics, as data from
 * content/gazetteer/. Used by ingest and by the site. Pure lookups; the files are read once,
 * places (the large file) on first use.
 */
import { toTraditional } from '../chinese.ts';
import { OPERATOR_IDS, type OperatorId } from '../../schema/agreement.ts';
import { loadYaml, readGazetteerFile } from './files.ts';
import {
  operatorsFileSchema,
  partiesFileSchema,
  topicsFileSchema,
  type Operator,
  type Place,
  type PlacesFile,
  type Topic,
} from './types.ts';

export type { Names, Operator, Place, Topic } from './types.ts';

let placeIndex: { list: readonly Place[]; byCode: ReadonlyMap<string, Place> } | undefined;

function places(): NonNullable<typeof placeIndex> {
  if (!placeIndex) {
    const file = JSON.parse(readGazetteerFile('places.json')) as PlacesFile;
    placeIndex = { list: file.places, byCode: new Map(file.places.map((p) => [p.code, p])) };
  }
  return placeIndex;
}

/** Every place, sorted by code. */
export function allPlaces(): readonly Place[] {
  return places().list;
}

export function placeByCode(code: string): Place | undefined {
  return places().byCode.get(code);
}

/** The places that contain `code`, province first, excluding the place itself. */
export function placeAncestors(code: string): Place[] {
  const ancestors: Place[] = [];
  let parentCode = placeByCode(code)?.parentCode ?? null;
  while (parentCode) {
    const parent = placeByCode(parentCode);
    if (!parent) break;
    ancestors.unshift(parent);
    parentCode = parent.parentCode;
  }
  return ancestors;
}

const operatorsFile = loadYaml('operators.yaml', operatorsFileSchema);

function checkOperatorIds(ids: readonly string[]): void {
  const missing = OPERATOR_IDS.filter((id) => !ids.includes(id));
  if (missing.length > 0 || ids.length !== OPERATOR_IDS.length) {
    throw new Error(
      `content/gazetteer/operators.yaml: needs each of ${OPERATOR_IDS.join(', ')} exactly once (missing: ${missing.join(', ') || 'none'})`,
    );
  }
}
checkOperatorIds(operatorsFile.operators.map((o) => o.id));

/** The five operator groups, in OPERATOR_IDS order. */
export const allOperators: readonly Operator[] = OPERATOR_IDS.map((id) => {
  const entry = operatorsFile.operators.find((o) => o.id === id);
  if (!entry) throw new Error(`content/gazetteer/operators.yaml: no operator ${id}`);
  return {
    id,
    names: { ...entry.names, 'zh-Hant': toTraditional(entry.names['zh-Hans']) },
    aliases: entry.aliases,
  };
});

export function operatorById(id: OperatorId): Operator {
  const operator = allOperators.find((o) => o.id === id);
  if (!operator) throw new Error(`unknown operator id ${id}`);
  return operator;
}

/** The raw operator vocabulary, for the extractors. */
export const operatorVocabulary = operatorsFile;

const topicsFile = loadYaml('topics.yaml', topicsFileSchema);

/** The topic vocabulary, in the order of topics.yaml. */
export const allTopics: readonly Topic[] = topicsFile.topics.map((t) => ({
  id: t.id,
  names: { ...t.names, 'zh-Hant': toTraditional(t.names['zh-Hans']) },
  terms: t.terms,
}));

const topicIds = new Set<string>();
for (const topic of allTopics) {
  if (topicIds.has(topic.id))
    throw new Error(`content/gazetteer/topics.yaml: topic ${topic.id} twice`);
  topicIds.add(topic.id);
}

export function topicById(id: string): Topic | undefined {
  return allTopics.find((t) => t.id === id);
}

let nationalBodies: ReadonlyMap<string, string> | undefined;

/**
 * The English name of a ministry or commission of the central government, by a Chinese name
 * of it in Simplified script (住房和城乡建设部 → Ministry of Housing and Urban-Rural Development).
 */
export function nationalBodyName(simplified: string): string | undefined {
  nationalBodies ??= new Map(
    loadYaml('parties.yaml', partiesFileSchema).government.national.flatMap((body) =>
      body.zh.map((name) => [name, body.en] as const),
    ),
  );
  return nationalBodies.get(simplified);
}
