/**
 * Everything a synthetic release is made of, loaded once: the templates and knobs in
 * bench/templates/*.yaml (validated, so a bad data file fails with its name), the places of the
 * gazetteer, and the Traditional forms of every Chinese template (opencc `tw`, as the project's
 * converter), so that no release pays for a conversion.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { parse } from 'yaml';
import { z } from 'zod';
import { HAN, toSimplified, toTraditional } from '../../src/lib/chinese.ts';
import { OPERATOR_IDS, type OperatorId, type PlaceLevel } from '../../src/schema/agreement.ts';
import {
  operatorsFileSchema as gazetteerOperatorsSchema,
  type OperatorEntry,
} from '../../src/lib/gazetteer/types.ts';
import { loadPlaces } from './loadPlaces.ts';
import type { BenchPlace, PlaceIndex, Script } from './placeIndex.ts';

export const TEMPLATE_DIR = fileURLToPath(new URL('../../bench/templates/', import.meta.url));

const list = z.array(z.string().min(1)).min(1);
const weights = z.record(z.string(), z.number().nonnegative());
const probability = z.number().min(0).max(1);
const range = z.object({ min: z.number().int().positive(), max: z.number().int().positive() });
const perScript = <T extends z.ZodType>(schema: T) =>
  z.object({ 'zh-Hans': schema, 'zh-Hant': schema, en: schema });

/** Titles of office differ by the level of the government: 市长 vs 省长 vs 县长. */
const byLevel = z.object({ province: list, prefecture: list, county: list });

const languageFileSchema = z.object({
  titles: list,
  agreementCores: list.optional(),
  slogans: list,
  leads: list,
  attendance: list,
  govSpeech: list,
  opSpeech: list,
  agreementTerms: list,
  background: list,
  sections: z.object({ intro: list }),
  closings: list,
  signDates: z.object({ absolute: list, relative: list }),
  publishedDates: list,
  amounts: list,
  restatedSums: z
    .array(z.object({ yuan: z.number().positive(), template: z.string().includes('{amount}') }))
    .min(1),
  areas: list,
  venues: list,
  govLeaderTitles: byLevel,
  govSignerTitles: byLevel,
  govHostTitles: byLevel,
  opLeaderTitles: list,
  opSignerTitles: list,
  outlets: list,
});
export type LanguageTemplates = z.infer<typeof languageFileSchema>;
export type SumUnit = LanguageTemplates['restatedSums'][number];

const chromeSchema = z.object({
  breadcrumbs: list,
  toggles: list,
  sourceLines: list,
  widgets: list,
  bylines: list,
  excerpts: list,
  editors: list,
  commentForms: list,
  promos: list,
  pageHeaders: list,
  pageFooters: list,
  orgs: list,
});
export type ChromeTemplates = z.infer<typeof chromeSchema>;
const chromeFileSchema = z.object({ zh: chromeSchema, en: chromeSchema });

const topicSchema = z.object({ zh: list, en: list, zhSentences: list, enSentences: list });
const topicsFileSchema = z.record(z.string().regex(/^[a-z0-9-]+$/u), topicSchema);

const branchPatternsSchema = z.object({ province: list, city: list });
const operatorsFileSchema = z.record(
  z.enum(OPERATOR_IDS),
  z.object({ weight: z.number().positive(), zh: branchPatternsSchema, en: branchPatternsSchema }),
);

/** How a release may name an operator: the group (from the gazetteer) and its branches (patterns). */
export interface OperatorNames {
  /** 中国移动 / China Mobile. */
  group: readonly string[];
  /** Longer names of the group: 中国移动通信集团有限公司 / China Mobile Communications Group. */
  full: readonly string[];
  /** Branch patterns by the level of the branch's place. */
  province: readonly string[];
  city: readonly string[];
}

const peopleFileSchema = z.object({ surnames: z.string(), given: z.string() });

const placesFileSchema = z.object({
  levelWeights: z.object({ province: z.number(), prefecture: z.number(), county: z.number() }),
  bigCityShare: probability,
  subProvincialCities: z.array(z.string().regex(/^\d{4}$/u)),
  provinceAbbreviations: z.record(z.string().regex(/^\d{2}$/u), z.string().length(1)),
});

const corpusFileSchema = z.object({
  languages: perScript(z.number().nonnegative()),
  layouts: perScript(z.object({ web: z.number(), pdf: z.number(), plain: z.number() })),
  length: z.object({
    min: z.number().int().positive(),
    max: z.number().int().positive(),
    median: perScript(z.number().positive()),
    sigma: z.number().positive(),
  }),
  years: weights,
  web: z.object({
    languageToggle: probability,
    breadcrumb: probability,
    sourceLine: probability,
    widget: probability,
    byline: probability,
    editorNote: probability,
    commentForm: probability,
    promoFooter: probability,
  }),
  pdf: z.object({
    excerptNote: probability,
    blankBetweenLines: probability,
    linesPerPage: range,
    width: z.object({ zh: range, en: range }),
  }),
  messes: z.object({
    pinyinAnnotations: probability,
    halfWidthPunctuation: z.object({ 'zh-Hans': probability, 'zh-Hant': probability }),
    truncatedTitle: probability,
    doubledSpaces: probability,
    noBreakSpaces: probability,
    trailingSpaces: probability,
    crlf: probability,
    multipleOperators: probability,
    numberedSections: z.object({ zh: probability, en: probability }),
    amount: probability,
    relativeDate: probability,
    reReport: probability,
  }),
  encodings: z.object({
    'utf-8': z.number(),
    'utf-8-bom': z.number(),
    gb18030: z.number(),
    big5: z.number(),
    'utf-16le-bom': z.number(),
    'utf-16be-bom': z.number(),
  }),
});
export type CorpusShape = z.infer<typeof corpusFileSchema>;

export interface Topic {
  id: string;
  names: readonly string[];
  sentences: readonly string[];
}

/** One part of a personal name in the three scripts: 张 / 張 / Zhang. */
export interface NamePart {
  hans: string;
  hant: string;
  latin: string;
}

export interface ScriptVocabulary {
  templates: LanguageTemplates;
  chrome: ChromeTemplates;
  topics: readonly Topic[];
  operators: ReadonlyMap<OperatorId, OperatorNames>;
}

export interface Vocabulary {
  shape: CorpusShape;
  scripts: Record<Script, ScriptVocabulary>;
  operatorWeights: Record<OperatorId, number>;
  places: PlaceIndex;
  /** Provincial capitals and sub-provincial cities. */
  bigCities: readonly BenchPlace[];
  levelWeights: Record<PlaceLevel, number>;
  bigCityShare: number;
  /** One-character province abbreviations (鲁 / 魯), by two-digit province code, per Chinese script. */
  provinceAbbreviations: Record<'zh-Hans' | 'zh-Hant', Readonly<Record<string, string>>>;
  surnames: readonly NamePart[];
  givenNames: readonly NamePart[];
  /** Pinyin with tone marks for every Traditional character that differs from its Simplified form. */
  pinyinOfTraditional: ReadonlyMap<string, string>;
}

export const GAZETTEER_OPERATORS = fileURLToPath(
  new URL('../../content/gazetteer/operators.yaml', import.meta.url),
);

function readData<T extends z.ZodType>(fileName: string, schema: T): z.infer<T> {
  const path = fileName.startsWith('/') ? fileName : `${TEMPLATE_DIR}${fileName}`;
  const result = schema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!result.success) {
    const issues = result.error.issues
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new Error(`${path}: invalid data\n${issues}`);
  }
  return result.data;
}

/** Deep-convert every string of a data tree to Traditional; slot names are ASCII and unaffected. */
function traditional<T>(value: T): T {
  if (typeof value === 'string') return toTraditional(value) as T;
  if (Array.isArray(value)) return value.map(traditional) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, traditional(inner)]),
    ) as T;
  }
  return value;
}

function nameParts(spaceSeparated: string): NamePart[] {
  return spaceSeparated
    .split(/\s+/u)
    .filter(Boolean)
    .map((entry) => {
      const [hans, latin] = entry.split(':');
      if (!hans || !latin)
        throw new Error(`${TEMPLATE_DIR}people.yaml: "${entry}" is not hanzi:pinyin`);
      return { hans, hant: toTraditional(hans), latin };
    });
}

function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, out);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) collectStrings(item, out);
}

function pinyinTable(traditionalTexts: readonly unknown[]): Map<string, string> {
  const strings: string[] = [];
  for (const text of traditionalTexts) collectStrings(text, strings);
  const table = new Map<string, string>();
  for (const char of new Set(strings.join(''))) {
    if (!HAN.test(char) || table.has(char)) continue;
    const simplified = toSimplified(char);
    if (simplified === char) continue;
    table.set(char, pinyin(simplified, { toneType: 'symbol' }));
  }
  return table;
}

let cached: Vocabulary | undefined;

export function loadVocabulary(): Vocabulary {
  if (cached) return cached;
  const shape = readData('corpus.yaml', corpusFileSchema);
  const zh = readData('zh.yaml', languageFileSchema);
  const en = readData('en.yaml', languageFileSchema);
  const chrome = readData('chrome.yaml', chromeFileSchema);
  const topicData = readData('topics.yaml', topicsFileSchema);
  const operatorData = readData('operators.yaml', operatorsFileSchema);
  const people = readData('people.yaml', peopleFileSchema);
  const placeData = readData('places.yaml', placesFileSchema);

  const topicsIn = (script: Script): Topic[] =>
    Object.entries(topicData).map(([id, topic]) => {
      const names = script === 'en' ? topic.en : topic.zh;
      const sentences = script === 'en' ? topic.enSentences : topic.zhSentences;
      return script === 'zh-Hant'
        ? { id, names: traditional(names), sentences: traditional(sentences) }
        : { id, names, sentences };
    });
  const gazetteerOperators = new Map(
    readData(GAZETTEER_OPERATORS, gazetteerOperatorsSchema).operators.map(
      (entry): [OperatorId, OperatorEntry] => [entry.id, entry],
    ),
  );
  const operatorsIn = (script: Script): Map<OperatorId, OperatorNames> =>
    new Map(
      Object.entries(operatorData).map(([id, entry]) => {
        const gazetteer = gazetteerOperators.get(id as OperatorId);
        if (!gazetteer)
          throw new Error(`${TEMPLATE_DIR}operators.yaml: ${id} is not in ${GAZETTEER_OPERATORS}`);
        const group = script === 'en' ? gazetteer.names.en : gazetteer.names['zh-Hans'];
        // The group's longer names: aliases that begin as the group's name does (中国…, China…).
        const full = (script === 'en' ? gazetteer.aliases.en : gazetteer.aliases.zh).filter(
          (alias) => alias.length > group.length && alias.slice(0, 2) === group.slice(0, 2),
        );
        const names: OperatorNames = {
          group: [group],
          full: full.length > 0 ? full : [group],
          ...(script === 'en' ? entry.en : entry.zh),
        };
        return [id as OperatorId, script === 'zh-Hant' ? traditional(names) : names];
      }),
    );
  const zhHant = traditional(zh);
  const chromeHant = traditional(chrome.zh);
  const scripts: Record<Script, ScriptVocabulary> = {
    'zh-Hans': {
      templates: zh,
      chrome: chrome.zh,
      topics: topicsIn('zh-Hans'),
      operators: operatorsIn('zh-Hans'),
    },
    'zh-Hant': {
      templates: zhHant,
      chrome: chromeHant,
      topics: topicsIn('zh-Hant'),
      operators: operatorsIn('zh-Hant'),
    },
    en: { templates: en, chrome: chrome.en, topics: topicsIn('en'), operators: operatorsIn('en') },
  };

  const places = loadPlaces();
  const bigCityCodes = new Set(placeData.subProvincialCities.map((code) => `${code}00`));
  const bigCities = places.byLevel.prefecture.filter(
    (place) => place.code.slice(2, 4) === '01' || bigCityCodes.has(place.code),
  );
  const surnames = nameParts(people.surnames);
  const givenNames = nameParts(people.given);

  cached = {
    shape,
    scripts,
    operatorWeights: Object.fromEntries(
      Object.entries(operatorData).map(([id, entry]) => [id, entry.weight]),
    ) as Record<OperatorId, number>,
    places,
    bigCities,
    levelWeights: placeData.levelWeights,
    bigCityShare: placeData.bigCityShare,
    provinceAbbreviations: {
      'zh-Hans': placeData.provinceAbbreviations,
      'zh-Hant': traditional(placeData.provinceAbbreviations),
    },
    surnames,
    givenNames,
    pinyinOfTraditional: pinyinTable([
      zhHant,
      chromeHant,
      scripts['zh-Hant'].topics,
      [...scripts['zh-Hant'].operators.values()],
      places.byLevel.province.map((place) => place.names['zh-Hant']),
      places.byLevel.prefecture.map((place) => place.names['zh-Hant']),
      places.byLevel.county.map((place) => place.names['zh-Hant']),
      surnames.map((part) => part.hant),
      givenNames.map((part) => part.hant),
    ]),
  };
  return cached;
}
