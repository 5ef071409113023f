/**
 * Places mentioned in a text, by the rules in content/gazetteer/place-matching.yaml:
 * province and prefecture names count wherever they occur; a county counts by its full
 * name if that name is its own, else (short name, shared full name) only beside a
 * mention of its prefecture or province; names that are ordinary words never count alone.
 */
import type { PlaceRef } from '../../../src/schema/agreement.ts';
import { allPlaces, placeAncestors, placeByCode } from '../../../src/lib/gazetteer/index.ts';
import { loadYaml } from '../../../src/lib/gazetteer/files.ts';
import { placeMatchingFileSchema, type Place } from '../../../src/lib/gazetteer/types.ts';
import { alternation } from '../patterns.ts';
import { Lexicon } from './lexicon.ts';
import { normaliseTerm, writtenAt, type TextView } from './textView.ts';

type FormKind = 'full' | 'short';

interface PlaceForm {
  place: Place;
  kind: FormKind;
  /** An ordinary word (refuse list): counts only right after its parent's name (阳泉市城区). */
  refused: boolean;
  /** Counts only beside a mention of its prefecture or province (五莲 + 日照). */
  needsContext: boolean;
}

type Entry = { blocker: true } | ({ blocker: false } & PlaceForm);

/** A stretch of text that names one or more places, before deciding which. */
export interface PlaceCandidateMention {
  start: number;
  end: number;
  forms: readonly PlaceForm[];
}

/** A mention decided: the place it names. Indices are in the view. */
export interface PlaceMention {
  start: number;
  end: number;
  code: string;
  written: string;
}

export interface PlaceReading {
  /** Every stretch that could name a place (used for branch names: 山东移动). */
  candidates: PlaceCandidateMention[];
  /** The mentions decided, in text order. */
  mentions: PlaceMention[];
  /**
   * Places named only as a news outlet's home (香港商报, 天津在线, Shanghai Daily): not places
   * the release reports on, but a local outlet's 我市 is its own city.
   */
  outletHomes: PlaceMention[];
}

/**
 * Built on first use, not at import: a run whose sources are all unchanged never reads
 * places.json.
 */
let matcher:
  | {
      lexicon: Lexicon<Entry>;
      /** After a place name, a news outlet's word (商报, Daily): the name is the outlet's. */
      outletAfter: RegExp;
      surnames: ReadonlySet<string>;
      /** A title, a surname and two characters: a Chinese person's name (主任曹广州). */
      titledNameZh: RegExp;
    }
  | undefined;

function placeMatcher(): NonNullable<typeof matcher> {
  if (matcher) return matcher;
  const rules = loadYaml('place-matching.yaml', placeMatchingFileSchema);
  const refused = new Set(
    [...rules.refuse.zh, ...rules.refuse.en].map((t) => normaliseTerm(t).toLowerCase()),
  );
  const isRefused = (form: string) => refused.has(normaliseTerm(form).toLowerCase());
  // Han level characters, and English division words as whole words.
  const fullNameEnding = new RegExp(
    `(?:${alternation(rules.fullNameEndings.zh)}|\\b(?:${alternation(rules.fullNameEndings.en)}))$`,
    'u',
  );
  const outletAfter = new RegExp(
    `^(?:${alternation(rules.outletWords.zh)}|\\s+(?:${alternation(rules.outletWords.en)})\\b)`,
    'u',
  );
  // 市场 is "market": a name ending 市 right before 场 is not that city (合作市场, 东方市场).
  const lexicon = new Lexicon<Entry>(
    'proper',
    (view, _start, end) => view.text.charAt(end - 1) === '市' && view.text.charAt(end) === '场',
  );
  for (const place of allPlaces()) {
    const shortZh = place.shortNames['zh-Hans'];
    // One-character short names (沛县 → 沛) are never read as names.
    const hasUsableShort = [...shortZh].length >= 2;
    const shortRefused = isRefused(shortZh);
    const forms = new Map<string, FormKind>();
    for (const name of Object.values(place.names)) forms.set(name, 'full');
    for (const alias of place.aliases)
      forms.set(alias, fullNameEnding.test(alias) ? 'full' : 'short');
    if (hasUsableShort)
      for (const name of Object.values(place.shortNames)) forms.set(name, 'short');
    for (const [form, kind] of forms) {
      if (kind === 'short' && !hasUsableShort) continue;
      // An ordinary Chinese word need not be one in English (三明治 / Sanming).
      const refusedForm =
        isRefused(form) || (kind === 'short' && shortRefused && /\p{Script=Han}/u.test(form));
      const isCounty = place.level === 'county';
      // A county whose short name is an ordinary word needs context even in full (合作市场).
      const needsContext = isCounty && (kind === 'short' || shortRefused);
      lexicon.add(form, { blocker: false, place, kind, refused: refusedForm, needsContext });
    }
  }
  for (const blocker of [...rules.blockers.zh, ...rules.blockers.en])
    lexicon.add(blocker, { blocker: true });
  matcher = {
    lexicon,
    outletAfter,
    surnames: new Set(rules.personSurnamesEn),
    titledNameZh: new RegExp(
      `(?:${alternation(rules.personNamesZh.titles.map(normaliseTerm))})([${rules.personNamesZh.surnames.map(normaliseTerm).join('')}]\\p{Script=Han}{2})(?=[^\\p{Script=Han}]|$|${alternation(rules.personNamesZh.after.map(normaliseTerm))})`,
      'gu',
    ),
  };
  return matcher;
}

/**
 * @param vouched starts of candidate mentions that other evidence shows to be places, so
 *   that an ordinary word counts there: 大同 in 大同移动, 玉树 in 青海广电网络玉树分公司.
 */
export function readPlaces(view: TextView, vouched: ReadonlySet<number> = new Set()): PlaceReading {
  const { lexicon, outletAfter, surnames, titledNameZh } = placeMatcher();
  const namesZh = new Set([...view.text.matchAll(titledNameZh)].map((m) => m[1]));
  const candidates: PlaceCandidateMention[] = [];
  for (const match of lexicon.scan(view)) {
    const forms = match.entries.filter((e): e is Extract<Entry, { blocker: false }> => !e.blocker);
    if (forms.length === 0) continue; // a blocker: 阿里巴巴, 大同小异
    if (isPersonName(view, match.start, forms, surnames)) continue;
    if (isChinesePersonName(view, match.start, match.end, forms, namesZh)) continue;
    candidates.push({
      start: match.start,
      end: match.end,
      forms: vouched.has(match.start) ? forms.map((f) => ({ ...f, refused: false })) : forms,
    });
  }
  const decided = decide(view, candidates);
  const isOutlet = (m: PlaceMention) => outletAfter.test(view.text.slice(m.end, m.end + 24));
  return {
    candidates,
    mentions: decided.filter((m) => !isOutlet(m)),
    outletHomes: decided.filter(isOutlet),
  };
}

/** The places mentioned, unique, sorted by code, with their level. */
export function placeRefs(mentions: readonly PlaceMention[]): PlaceRef[] {
  const codes = [...new Set(mentions.map((m) => m.code))].sort();
  return codes.flatMap((code) => {
    const place = placeByCode(code);
    return place ? [{ code, level: place.level }] : [];
  });
}

/** `Jiang Weidong`: a short English place name right after a capitalised surname. */
function isPersonName(
  view: TextView,
  start: number,
  forms: readonly PlaceForm[],
  surnames: ReadonlySet<string>,
): boolean {
  if (!forms.every((f) => f.kind === 'short') || !/[A-Za-z]/.test(view.text.charAt(start)))
    return false;
  const before = /([A-Z][a-z]+) $/.exec(view.text.slice(Math.max(0, start - 12), start));
  return before !== null && surnames.has(before[1] ?? '');
}

/** `曹广州`: a short Chinese place name that ends a person's name the release gives. */
function isChinesePersonName(
  view: TextView,
  start: number,
  end: number,
  forms: readonly PlaceForm[],
  names: ReadonlySet<string | undefined>,
): boolean {
  if (names.size === 0 || !forms.every((f) => f.kind === 'short')) return false;
  return start > 0 && names.has(view.text.slice(start - 1, end));
}

function decide(view: TextView, candidates: readonly PlaceCandidateMention[]): PlaceMention[] {
  const decided = new Map<PlaceCandidateMention, string>();
  const decidedEndingAt = new Map<number, string>();
  const context = new Set<string>();
  const remember = (mention: PlaceCandidateMention, code: string) => {
    decided.set(mention, code);
    decidedEndingAt.set(mention.end, code);
    context.add(code);
  };

  // 1. Names that can only mean one place and stand on their own (烟台, 五莲县), and
  //    province names, which outrank any county of the same name (河北, not 河北区).
  const waiting: PlaceCandidateMention[] = [];
  for (const mention of candidates) {
    const usable = mention.forms.filter((f) => !f.refused);
    const places = new Set(usable.map((f) => f.place.code));
    const province = usable.find((f) => f.place.level === 'province');
    const only = usable[0];
    if (province) remember(mention, province.place.code);
    else if (places.size === 1 && only && standsAlone(only)) remember(mention, only.place.code);
    else waiting.push(mention);
  }

  // 2. The rest by the places mentioned, until nothing changes; then the best reading
  //    left (a name that stands alone, a county whose province is mentioned). A name shared
  //    by places of one level that the text does not tell apart (Suzhou: 苏州 or 宿州; Fuzhou:
  //    福州 or 抚州) is no place: a likely guess would be a fact the text does not state.
  const settle = (minimum: number) => {
    let contextSize = -1;
    while (context.size !== contextSize) {
      contextSize = context.size;
      for (let i = 0; i < waiting.length; i++) {
        const mention = waiting[i];
        if (!mention) continue;
        const choice = bestReading(mention, context, decidedEndingAt.get(mention.start), minimum);
        if (choice) {
          remember(mention, choice);
          waiting.splice(i--, 1);
        }
      }
    }
  };
  settle(SCORE.parentMentioned);
  settle(SCORE.ancestorMentioned);

  return candidates
    .filter((m) => decided.has(m))
    .map((m) => ({
      start: m.start,
      end: m.end,
      code: decided.get(m) ?? '',
      written: writtenAt(view, m.start, m.end),
    }));
}

function standsAlone(form: PlaceForm): boolean {
  return !form.refused && !form.needsContext;
}

const ancestorCache = new Map<string, readonly string[]>();

function ancestorCodes(code: string): readonly string[] {
  let codes = ancestorCache.get(code);
  if (!codes) {
    codes = placeAncestors(code).map((a) => a.code);
    ancestorCache.set(code, codes);
  }
  return codes;
}

/** How strongly the rest of the text supports one reading of a name. */
const SCORE = {
  /** The same place is mentioned elsewhere. */
  itselfMentioned: 4,
  /** An ordinary word right after its parent's name (阳泉市城区). */
  afterItsParent: 3,
  /** Its prefecture (or, for a municipal district, its municipality) is mentioned. */
  parentMentioned: 2,
  /** A name that stands alone: a prefecture, a county's own full name. */
  standsAlone: 1.5,
  /** Its province is mentioned. */
  ancestorMentioned: 1,
} as const;

/**
 * The one best-supported reading of a mention, if it scores at least `minimum`:
 * 南京市鼓楼区 is Nanjing's 鼓楼区, not Xuzhou's; Xishan District with Kunming mentioned
 * is Kunming's 西山区, not Wuxi's 锡山区; Wulian with Rizhao is 五莲县.
 */
function bestReading(
  mention: PlaceCandidateMention,
  context: ReadonlySet<string>,
  adjacentParent: string | undefined,
  minimum: number,
): string | undefined {
  const scores = new Map<string, number>();
  for (const form of mention.forms) {
    const code = form.place.code;
    let score = 0;
    if (form.refused) {
      // Only the direct parent vouches for an ordinary word: 阳泉市城区, not 甘肃合作(市场).
      if (adjacentParent === form.place.parentCode) score = SCORE.afterItsParent;
    } else if (context.has(code)) {
      score = SCORE.itselfMentioned;
    } else if (form.place.parentCode && context.has(form.place.parentCode)) {
      score = SCORE.parentMentioned;
    } else if (standsAlone(form)) {
      score = SCORE.standsAlone;
    } else if (ancestorCodes(code).some((a) => context.has(a))) {
      score = SCORE.ancestorMentioned;
    }
    if (score > 0) scores.set(code, Math.max(score, scores.get(code) ?? 0));
  }
  const best = Math.max(0, ...scores.values());
  if (best < minimum) return undefined;
  const fits = [...scores].filter(([, score]) => score === best).map(([code]) => code);
  return fits.length === 1 && fits[0] && placeByCode(fits[0]) ? fits[0] : undefined;
}
