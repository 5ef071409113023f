/**
 * Chinese division names → their parts and English names, by the usual convention:
 * the stem in pinyin without tones, syllables joined and capitalised, plus the English
 * word for the division type (五莲县 → Wulian County, 延边朝鲜族自治州 → Yanbian Korean
 * Autonomous Prefecture). The tables live in data/romanisation.yaml.
 */
import { pinyin } from 'pinyin-pro';
import { z } from 'zod';

export const romanisationTableSchema = z.strictObject({
  suffixes: z.array(
    z.strictObject({ zh: z.string().min(1), en: z.string(), ethnic: z.boolean().optional() }),
  ),
  ethnicGroups: z.record(z.string(), z.string()),
  characterReadings: z.record(z.string(), z.string()),
  readings: z.record(z.string(), z.string()),
  conventional: z.record(z.string(), z.string()),
  irregular: z.record(
    z.string(),
    z.strictObject({ short: z.string(), en: z.string(), enShort: z.string() }),
  ),
});
export type RomanisationTable = z.infer<typeof romanisationTableSchema>;

/** A division name taken apart: 延边朝鲜族自治州 → 延边 + [朝鲜] + 自治州. */
export interface NameParts {
  stem: string;
  /** Ethnic groups named between stem and suffix, in order (朝鲜). */
  ethnicGroups: string[];
  suffix: { zh: string; en: string } | null;
}

export function splitName(name: string, table: RomanisationTable): NameParts {
  const suffix = table.suffixes.find((s) => name.endsWith(s.zh) && name.length > s.zh.length);
  if (!suffix) return { stem: name, ethnicGroups: [], suffix: null };
  let stem = name.slice(0, -suffix.zh.length);
  const ethnicGroups: string[] = [];
  if (suffix.ethnic) {
    const autonomous = suffix.zh.startsWith('自治');
    // Longest group first, so that 土家族 is not read as 土族.
    const groups = Object.keys(table.ethnicGroups).sort((a, b) => b.length - a.length);
    for (;;) {
      const found = groups.find(
        (g) => stem.endsWith(`${g}族`) || (autonomous && g.length > 1 && stem.endsWith(g)),
      );
      if (!found) break;
      const cut = stem.endsWith(`${found}族`) ? found.length + 1 : found.length;
      if (cut === stem.length) {
        // 东乡族自治县, 鄂伦春自治旗: the group's name is the place's name.
        stem = found;
        break;
      }
      ethnicGroups.unshift(found);
      stem = stem.slice(0, -cut);
    }
  }
  return { stem, ethnicGroups, suffix: { zh: suffix.zh, en: suffix.en } };
}

/** pinyin of a stem, syllables joined, apostrophe before a/o/e (Lu'an, Xi'an), capitalised. */
export function plainPinyin(stem: string, table: RomanisationTable): string {
  const syllables = pinyin(stem, { toneType: 'none', type: 'array' });
  const chars = [...stem];
  const joined = syllables
    .map((syllable, i) => {
      const reading = table.characterReadings[chars[i] ?? ''] ?? syllable;
      return i > 0 && /^[aoe]/.test(reading) ? `'${reading}` : reading;
    })
    .join('');
  return capitalise(joined);
}

/**
 * English for a stem: a corrected reading or conventional name where the tables have one
 * (by code first, then by stem), else plain pinyin. `pinyinAlias` is the plain pinyin when
 * the English differs from it by convention, kept for matching.
 */
export function englishStem(
  stem: string,
  code: string,
  table: RomanisationTable,
): { en: string; pinyinAlias: string | null } {
  const conventional = table.conventional[code] ?? table.conventional[stem];
  if (conventional) return { en: conventional, pinyinAlias: plainPinyin(stem, table) };
  const reading = table.readings[stem];
  if (reading) return { en: reading, pinyinAlias: null };
  return { en: plainPinyin(stem, table), pinyinAlias: null };
}

/** English spellings of a name without ü and apostrophes, as releases often write them. */
export function asciiVariants(name: string): string[] {
  const spellings = name.includes('ü')
    ? [name.replaceAll('ü', 'u'), name.replaceAll('ü', 'v')]
    : [name];
  const variants = new Set(spellings.flatMap((s) => [s, s.replaceAll("'", '')]));
  variants.delete(name);
  return [...variants];
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
