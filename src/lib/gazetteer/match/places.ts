/**
 * Places mentioned in a text, by the rules in content/gazetteer/place-matching.yaml:
 * province and prefecture names count wherever they occur; a county counts by its full
 * name if that name is its own, else (short name, shared full name) only beside a
 * mention of its prefecture or province; names that are ordinary words never count alone.
 */
import { allPlaces, placeAncestors, placeByCode } from '../index.ts';
import { loadYaml } from '../files.ts';
import { placeMatchingFileSchema, type Place } from '../types.ts';
import { Lexicon } from './lexicon.ts';
import { normaliseTerm, writtenAt, type TextView } from './text.ts';

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
}

const LEVEL_RANK = { province: 0, prefecture: 1, county: 2 } as const;
/** Han endings and English words that make a form a full name rather than a short one. */
const FULL_NAME_ENDING =
  /(?:[省市县区州旗盟]|\b(?:City|Province|Municipality|Region|SAR|Prefecture|League|County|District|Banner|Area|Islands))$/u;

let matcher:
  | {
      lexicon: Lexicon<Entry>;
      surnames: ReadonlySet<string>;
      preferred: ReadonlyMap<string, string>;
    }
  | undefined;

function placeMatcher(): NonNullable<typeof matcher> {
  if (matcher) return matcher;
  const rules = loadYaml('place-matching.yaml', placeMatchingFileSchema);
  const refused = new Set(
    [...rules.refuse.zh, ...rules.refuse.en].map((t) => normaliseTerm(t).toLowerCase()),
  );
  const isRefused = (form: string) => refused.has(normaliseTerm(form).toLowerCase());
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
      forms.set(alias, FULL_NAME_ENDING.test(alias) ? 'full' : 'short');
    if (hasUsableShort)
      for (const name of Object.values(place.shortNames)) forms.set(name, 'short');
    for (const [form, kind] of forms) {
      if (kind === 'short' && !hasUsableShort) continue;
      const refusedForm = isRefused(form) || (kind === 'short' && shortRefused);
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
    surnames: new Set(rules.personSurnamesEn),
    preferred: new Map(
      Object.entries(rules.preferred).map(([name, code]) => [
        normaliseTerm(name).toLowerCase(),
        code,
      ]),
    ),
  };
  return matcher;
}

export function readPlaces(view: TextView): PlaceReading {
  const { lexicon, surnames, preferred } = placeMatcher();
  const candidates: PlaceCandidateMention[] = [];
  for (const match of lexicon.scan(view)) {
    const forms = match.entries.filter((e): e is Extract<Entry, { blocker: false }> => !e.blocker);
    if (forms.length === 0) continue; // a blocker: 阿里巴巴, 大同小异
    if (isPersonName(view, match.start, forms, surnames)) continue;
    candidates.push({ start: match.start, end: match.end, forms });
  }
  return { candidates, mentions: decide(view, candidates, preferred) };
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

function decide(
  view: TextView,
  candidates: readonly PlaceCandidateMention[],
  preferred: ReadonlyMap<string, string>,
): PlaceMention[] {
  const decided = new Map<PlaceCandidateMention, string>();
  const context = new Set<string>();
  const remember = (mention: PlaceCandidateMention, code: string) => {
    decided.set(mention, code);
    context.add(code);
  };

  // 1. Names that stand on their own: provinces, prefectures, counties' own full names.
  const waiting: PlaceCandidateMention[] = [];
  for (const mention of candidates) {
    const standalone = mention.forms.filter(standsAlone);
    const top = highestLevel(standalone);
    if (top.length === 1 && top[0]) remember(mention, top[0].place.code);
    else waiting.push(mention);
  }

  // 2. The rest, by what is already mentioned, until nothing changes. A round only helps
  //    when the one before brought a new place into the context.
  const decidedEndingAt = new Map<number, string>();
  for (const [mention, code] of decided) decidedEndingAt.set(mention.end, code);
  let contextSize = -1;
  while (context.size !== contextSize) {
    contextSize = context.size;
    for (let i = 0; i < waiting.length; i++) {
      const mention = waiting[i];
      if (!mention) continue;
      const choice = chooseInContext(mention, context, decidedEndingAt.get(mention.start));
      if (choice) {
        remember(mention, choice);
        decidedEndingAt.set(mention.end, choice);
        waiting.splice(i--, 1);
      }
    }
  }

  // 3. Names shared by places of one level, with a default reading (Suzhou → 苏州).
  for (const mention of waiting) {
    const key = view.lower.slice(mention.start, mention.end);
    const code = preferred.get(key);
    if (code && mention.forms.some((f) => f.place.code === code && !f.refused))
      remember(mention, code);
  }

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

function highestLevel(forms: readonly PlaceForm[]): PlaceForm[] {
  if (forms.length === 0) return [];
  const best = Math.min(...forms.map((f) => LEVEL_RANK[f.place.level]));
  const codes = new Map<string, PlaceForm>();
  for (const f of forms) if (LEVEL_RANK[f.place.level] === best) codes.set(f.place.code, f);
  return [...codes.values()];
}

/**
 * The one place this mention can name given what the text mentions: a candidate whose
 * prefecture or province is mentioned, or — for an ordinary word such as 城区 — whose
 * parent is named right before it (阳泉市城区).
 */
function chooseInContext(
  mention: PlaceCandidateMention,
  context: ReadonlySet<string>,
  adjacentParent: string | undefined,
): string | undefined {
  // Each candidate scores the depth of its nearest mentioned ancestor (prefecture 2,
  // province 1): 南京市鼓楼区 is Nanjing's 鼓楼区, not Xuzhou's, though both are in Jiangsu.
  const scores = new Map<string, number>();
  for (const form of mention.forms) {
    const ancestors = placeAncestors(form.place.code).map((a) => a.code);
    let score = 0;
    if (form.refused) {
      // Only the direct parent vouches for an ordinary word: 阳泉市城区, not 甘肃合作(市场).
      if (adjacentParent && adjacentParent === form.place.parentCode) score = 3;
    } else {
      ancestors.forEach((code, depth) => {
        if (context.has(code)) score = Math.max(score, depth + 1);
      });
    }
    if (score > 0) scores.set(form.place.code, Math.max(score, scores.get(form.place.code) ?? 0));
  }
  const best = Math.max(0, ...scores.values());
  const fits = [...scores].filter(([, score]) => score === best).map(([code]) => code);
  return fits.length === 1 && fits[0] && placeByCode(fits[0]) ? fits[0] : undefined;
}
