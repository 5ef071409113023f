/**
 * Operators named in a text — the groups (中国移动, China Mobile, CMCC) and their branches
 * (山东移动, 中国联通岳阳市分公司, China Mobile(Rizhao), Shandong Mobile) — by the
 * vocabulary and branch forms in content/gazetteer/operators.yaml.
 */
import { OPERATOR_IDS, type OperatorId } from '../../../src/schema/agreement.ts';
import { operatorVocabulary } from '../../../src/lib/gazetteer/index.ts';
import { Lexicon } from './lexicon.ts';
import type { PlaceCandidateMention, PlaceReading } from './placeMentions.ts';
import { alternation } from '../patterns.ts';
import { normaliseTerm, writtenAt, type TextView } from './textView.ts';

export interface OperatorMention {
  /** View indices, end exclusive. */
  start: number;
  end: number;
  operator: OperatorId;
  written: string;
  /** For a branch: where its place is named, and the place's code if the text settles it. */
  branch: { placeStart: number; code: string | undefined } | null;
}

interface BranchWord {
  operator: OperatorId;
  notFollowedBy: readonly string[];
}

interface Vocabulary {
  groups: Lexicon<{ operator: OperatorId; notFollowedBy: readonly string[] }>;
  branchWordsZh: Lexicon<BranchWord>;
  branchWordsEn: Lexicon<BranchWord>;
  companyWordsZh: Lexicon<true>;
  companyWordsEn: Lexicon<true>;
  suffixesZh: Lexicon<true>;
  suffixesEn: Lexicon<true>;
  /** `<place> <word> of [the] ` right before a group's name, anchored at the text's end. */
  branchOfEn: RegExp;
}

/** Built on first use, not at import: a run whose sources are all unchanged never needs it. */
let vocabulary: Vocabulary | undefined;

function operatorMatcher(): Vocabulary {
  if (vocabulary) return vocabulary;
  const file = operatorVocabulary;
  const words = (terms: readonly string[], caseRule: 'proper' | 'insensitive') => {
    const lexicon = new Lexicon<true>(caseRule);
    for (const term of terms) lexicon.add(term, true);
    return lexicon;
  };
  const groups = new Lexicon<{ operator: OperatorId; notFollowedBy: readonly string[] }>(
    'exact-capitals',
  );
  const branchWordsZh = new Lexicon<BranchWord>('exact-capitals');
  const branchWordsEn = new Lexicon<BranchWord>('exact-capitals');
  for (const entry of file.operators) {
    const notFollowedBy = entry.notFollowedBy.map(normaliseTerm);
    for (const alias of [...entry.aliases.zh, ...entry.aliases.en]) {
      groups.add(alias, { operator: entry.id, notFollowedBy });
    }
    const branch = {
      operator: entry.id,
      notFollowedBy: entry.branchWord.notFollowedBy.map(normaliseTerm),
    };
    for (const word of entry.branchWord.zh) branchWordsZh.add(word, branch);
    for (const word of entry.branchWord.en) branchWordsEn.add(word, branch);
  }
  vocabulary = {
    groups,
    branchWordsZh,
    branchWordsEn,
    companyWordsZh: words(file.companyWords.zh, 'proper'),
    companyWordsEn: words(file.companyWords.en, 'proper'),
    suffixesZh: words(file.branchSuffixes.zh, 'proper'),
    suffixesEn: words(file.branchSuffixes.en, 'proper'),
    branchOfEn: new RegExp(`\\s(?:${alternation(file.branchOf.en)})\\s+of\\s+(?:the\\s+)?$`, 'u'),
  };
  return vocabulary;
}

export function readOperators(view: TextView, places: PlaceReading): OperatorMention[] {
  const v = operatorMatcher();
  // Any name, ordinary word or not: the operator's word or a branch suffix vouches for it.
  const placeAt = new Map(places.candidates.map((c) => [c.start, c]));
  const codeAt = new Map(places.mentions.map((m) => [m.start, m.code]));
  const placeEndingAt = new Map(places.candidates.map((c) => [c.end, c]));
  const found: Omit<OperatorMention, 'written'>[] = [];

  for (const match of v.groups.scan(view)) {
    const entry = match.entries[0];
    if (!entry) continue;
    if (entry.notFollowedBy.some((w) => view.text.startsWith(w, match.end))) continue;
    const branch = groupBranch(view, match.end, placeAt, v);
    const deepest = branch ? deeperBranch(view, branch, placeAt, v) : undefined;
    const namedBefore = deepest
      ? undefined
      : branchNamedBefore(view, match.start, placeEndingAt, v);
    if (namedBefore) {
      found.push({
        start: namedBefore.start,
        end: match.end,
        operator: entry.operator,
        branch: { placeStart: namedBefore.start, code: codeAt.get(namedBefore.start) },
      });
      continue;
    }
    found.push({
      start: match.start,
      end: deepest?.end ?? match.end,
      operator: entry.operator,
      branch: deepest
        ? { placeStart: deepest.placeStart, code: codeAt.get(deepest.placeStart) }
        : null,
    });
  }

  for (const place of placeAt.values()) {
    const branch = placeBranch(view, place.end, v);
    if (!branch) continue;
    // An ordinary word before 移动 needs a company suffix to be a place: 大同移动公司,
    // but 城区移动信号 is the urban mobile signal.
    if (place.forms.every((f) => f.refused) && !branch.suffixed) continue;
    const deepest = deeperBranch(view, { end: branch.end, placeStart: place.start }, placeAt, v);
    found.push({
      start: place.start,
      end: deepest.end,
      operator: branch.operator,
      branch: { placeStart: deepest.placeStart, code: codeAt.get(deepest.placeStart) },
    });
  }

  return withoutOverlaps(found).map((m) => ({ ...m, written: writtenAt(view, m.start, m.end) }));
}

/** The operators named, as unique ids in OPERATOR_IDS order. */
export function operatorIds(mentions: readonly OperatorMention[]): OperatorId[] {
  const named = new Set(mentions.map((m) => m.operator));
  return OPERATOR_IDS.filter((id) => named.has(id));
}

/**
 * After a group's name: `[company words]<place><suffix>` (中国联通有限公司山东分公司),
 * `(<place>[ branch])` (China Mobile(Rizhao), 中国移动（上海）), or in English ` <place>`
 * (China Mobile Shanghai). Chinese needs the suffix or brackets: 中国移动上海无线城市 is
 * the group's Shanghai platform, not a branch.
 */
function groupBranch(
  view: TextView,
  at: number,
  placeAt: ReadonlyMap<number, PlaceCandidateMention>,
  v: Vocabulary,
): { end: number; placeStart: number } | undefined {
  const text = view.text;
  let pos = at;
  const latin = /[A-Za-z]/.test(text.charAt(at - 1));
  if (latin && text.charAt(pos) === ' ') {
    const company = v.companyWordsEn.matchAt(view, pos + 1);
    if (company && text.charAt(company.end) === ' ') pos = company.end;
  } else if (!latin) {
    pos = v.companyWordsZh.matchAt(view, pos)?.end ?? pos;
  }
  const open = text.charAt(pos);
  if (open === '(' || (open === ' ' && text.charAt(pos + 1) === '(')) {
    const inside = open === '(' ? pos + 1 : pos + 2;
    const place = placeAt.get(inside);
    if (!place) return undefined;
    let close = place.end;
    const suffix =
      text.charAt(close) === ' '
        ? v.suffixesEn.matchAt(view, close + 1)
        : v.suffixesZh.matchAt(view, close);
    if (suffix) close = suffix.end;
    return text.charAt(close) === ')' ? { end: close + 1, placeStart: place.start } : undefined;
  }
  if (latin) {
    const place = text.charAt(pos) === ' ' ? placeAt.get(pos + 1) : undefined;
    return place ? { end: place.end, placeStart: place.start } : undefined;
  }
  const place = placeAt.get(pos);
  if (!place) return undefined;
  const suffix = branchSuffixAfter(view, place.end, v);
  return suffix ? { end: suffix.end, placeStart: place.start } : undefined;
}

/** Before a group's English name: `<place> subsidiary of ` (the Nanjing subsidiary of China Tower). */
function branchNamedBefore(
  view: TextView,
  at: number,
  placeEndingAt: ReadonlyMap<number, PlaceCandidateMention>,
  v: Vocabulary,
): PlaceCandidateMention | undefined {
  const from = Math.max(0, at - BRANCH_OF_REACH);
  const words = v.branchOfEn.exec(view.text.slice(from, at));
  return words ? placeEndingAt.get(from + words.index) : undefined;
}

/** How far before a group's name `<word> of the ` is looked for. */
const BRANCH_OF_REACH = 30;

/**
 * A branch of a branch: 中国移动通信集团黑龙江有限公司齐齐哈尔分公司 and
 * 山东广电网络青岛分公司 are the Qiqihar and Qingdao branches. After a branch, further
 * `[company words]<place><suffix>` move it to the deeper place.
 */
function deeperBranch(
  view: TextView,
  branch: { end: number; placeStart: number },
  placeAt: ReadonlyMap<number, PlaceCandidateMention>,
  v: Vocabulary,
): { end: number; placeStart: number } {
  let deepest = branch;
  for (;;) {
    const at = v.companyWordsZh.matchAt(view, deepest.end)?.end ?? deepest.end;
    const place = placeAt.get(at);
    const suffix = place ? branchSuffixAfter(view, place.end, v) : undefined;
    if (!place || !suffix) return deepest;
    deepest = { end: suffix.end, placeStart: place.start };
  }
}

/** A branch suffix after a place, perhaps after a level character (黔东南 + 州分公司). */
function branchSuffixAfter(view: TextView, at: number, v: Vocabulary) {
  return (
    v.suffixesZh.matchAt(view, at) ??
    (/[省市州县区]/u.test(view.text.charAt(at)) ? v.suffixesZh.matchAt(view, at + 1) : undefined)
  );
}

/** After a place: a branch word (山东移动, 山東聯通有限公司, Shandong Mobile). */
function placeBranch(
  view: TextView,
  at: number,
  v: Vocabulary,
): { end: number; operator: OperatorId; suffixed: boolean } | undefined {
  const latin = /[A-Za-z]/.test(view.text.charAt(at - 1));
  const wordAt = latin ? at + 1 : at;
  if (latin && view.text.charAt(at) !== ' ') return undefined;
  const word = (latin ? v.branchWordsEn : v.branchWordsZh).matchAt(view, wordAt);
  const entry = word?.entries[0];
  if (!word || !entry) return undefined;
  if (entry.notFollowedBy.some((w) => view.text.startsWith(w, word.end))) return undefined;
  const suffix = latin ? undefined : v.suffixesZh.matchAt(view, word.end);
  return { end: suffix?.end ?? word.end, operator: entry.operator, suffixed: suffix !== undefined };
}

/** Earlier first, longer first; a mention inside a kept one is dropped (移动公司 in 山东移动公司). */
function withoutOverlaps<T extends { start: number; end: number }>(mentions: T[]): T[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const mention of sorted) {
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) continue;
    kept.push(mention);
  }
  return kept;
}
