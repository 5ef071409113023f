/**
 * Government words that name no place (省政府, 市政府, 我市, "the provincial government"),
 * read as the government of the one place of that level the release is about. A wrong
 * party is worse than a missing one: when the text names two places of the level, none,
 * unless one of them is named only as where the signing happened (在武汉市签署).
 */
import { placeAncestors, placeByCode, type Place } from '../../../src/lib/gazetteer/index.ts';
import type { PlaceMention } from './placeMentions.ts';
import type { TextView } from './textView.ts';

/** A bare government word at view[start, end), with the place it stands for. */
export interface BareGovernment {
  start: number;
  end: number;
  code: string;
  written: string;
}

/** Which places a bare word can stand for. */
type Level =
  'province' | 'city' | 'autonomous-region' | 'district' | 'county' | 'district-or-region';

const ZH_WORDS: readonly { pattern: RegExp; level: Level }[] = [
  { pattern: /自治区(?:人民)?政府/gu, level: 'autonomous-region' },
  { pattern: /自治區(?:人民)?政府/gu, level: 'autonomous-region' },
  { pattern: /(?:省(?:人民)?政府|我省)/gu, level: 'province' },
  { pattern: /(?:市(?:人民)?政府|我市)/gu, level: 'city' },
  { pattern: /(?:区(?:人民)?政府|區(?:人民)?政府)/gu, level: 'district' },
  { pattern: /(?:我区|我區)/gu, level: 'district-or-region' },
  { pattern: /(?:[县縣](?:人民)?政府|我[县縣])/gu, level: 'county' },
];

const EN_WORDS =
  /\b(?:the\s+)?(provincial|municipal|city|district|county|regional)\s+(?:people's\s+)?government\b/giu;

const EN_LEVEL: Readonly<Record<string, Level>> = {
  provincial: 'province',
  municipal: 'city',
  city: 'city',
  district: 'district',
  county: 'county',
  regional: 'autonomous-region',
};

/** A Han character before the word that makes it part of another word (城市政府, 都市). */
const PART_OF_WORD = /[城都超]/u;

const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

function fullName(place: Place): string {
  return place.names['zh-Hans'];
}

/** The places of `level` that a mentioned place is, or lies in. */
function placesAt(place: Place, level: Level): Place[] {
  const chain = [...placeAncestors(place.code), place];
  return chain.filter((p) => {
    const name = fullName(p);
    switch (level) {
      case 'province':
        return p.level === 'province' && name.endsWith('省');
      case 'autonomous-region':
        return p.level === 'province' && name.endsWith('自治区');
      case 'city':
        return p.level === 'prefecture' || MUNICIPALITIES.has(p.code);
      case 'district':
        return p.level === 'county' && name.endsWith('区');
      case 'county':
        return p.level === 'county' && name.endsWith('县');
      case 'district-or-region':
        return (
          (p.level === 'county' && name.endsWith('区')) ||
          (p.level === 'province' && name.endsWith('自治区'))
        );
    }
  });
}

/**
 * A place that opens a company's name (杭州恒镁电子科技有限公司) says where the company is
 * registered, not which place signs. Inside an operator's name (中国移动通信集团浙江有限公司,
 * 中国移动浙江公司) it is the branch's place, and counts.
 */
const OPENS_COMPANY_NAME = /^[\p{Script=Han}A-Za-z0-9]{2,16}?(?:有限责任公司|有限公司|股份公司)/u;

/** A stretch of the view: an operator's name as operatorMentions.ts reads it. */
export interface Span {
  start: number;
  end: number;
}

function opensCompanyName(
  view: TextView,
  mention: PlaceMention,
  operatorNames: readonly Span[],
): boolean {
  return (
    OPENS_COMPANY_NAME.test(view.text.slice(mention.end, mention.end + 24)) &&
    !operatorNames.some((name) => name.start <= mention.start && mention.end <= name.end)
  );
}

/** The places of `level` the mentions point to. */
function placesNamed(
  view: TextView,
  mentions: readonly PlaceMention[],
  level: Level,
  operatorNames: readonly Span[],
): Set<string> {
  const codes = new Set<string>();
  for (const mention of mentions) {
    if (opensCompanyName(view, mention, operatorNames)) continue;
    const place = placeByCode(mention.code);
    if (place) for (const p of placesAt(place, level)) codes.add(p.code);
  }
  return codes;
}

const onlyOne = (codes: ReadonlySet<string>) => (codes.size === 1 ? [...codes][0] : undefined);

/** `在武汉市签署`, `于北京举行`: a place named as where the signing happened. */
function isVenue(view: TextView, mention: PlaceMention): boolean {
  return (
    /[在于]$/u.test(view.text.slice(Math.max(0, mention.start - 1), mention.start)) &&
    VENUE_AFTER.test(view.text.slice(mention.end, mention.end + 4))
  );
}
const VENUE_AFTER = /^[省市县区]?(?:签署|签订|签约|签下|举行|召开)/u;

/**
 * @param outletHomes places named only as an outlet's home (天津在线): read when the text
 *   names no place of the level otherwise, since a local outlet's 我市 is its own city.
 * @param operatorNames the operators' names the release gives (their branches' places count).
 */
export function bareGovernments(
  view: TextView,
  mentions: readonly PlaceMention[],
  outletHomes: readonly PlaceMention[] = [],
  operatorNames: readonly Span[] = [],
): BareGovernment[] {
  const found: BareGovernment[] = [];
  const taken: { start: number; end: number }[] = [];
  const add = (start: number, end: number, level: Level) => {
    if (taken.some((t) => start < t.end && t.start < end)) return;
    taken.push({ start, end });
    // A place named right before is a named government, not a bare one (丽水市政府).
    if (mentions.some((m) => m.end >= start - 1 && m.end <= start + 1)) return;
    if (PART_OF_WORD.test(view.text.charAt(start - 1))) return;
    const named = placesNamed(view, mentions, level, operatorNames);
    // Two places of the level, one named only as the signing's venue (市政府与…在武汉市签署, in
    // a release about 宜昌): the other is the one whose government signs.
    const notVenues =
      named.size > 1
        ? placesNamed(
            view,
            mentions.filter((m) => !isVenue(view, m)),
            level,
            operatorNames,
          )
        : named;
    const code = onlyOne(
      named.size > 0 ? notVenues : placesNamed(view, outletHomes, level, operatorNames),
    );
    if (code) found.push({ start, end, code, written: view.text.slice(start, end) });
  };
  for (const { pattern, level } of ZH_WORDS)
    for (const match of view.text.matchAll(pattern)) {
      const start = match.index ?? 0;
      add(start, start + match[0].length, level);
    }
  for (const match of view.text.matchAll(EN_WORDS)) {
    const start = match.index ?? 0;
    add(start, start + match[0].length, EN_LEVEL[(match[1] ?? '').toLowerCase()] ?? 'city');
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether a line names a government by a bare word (a headline's `省政府与…签署`). */
export function mentionsBareGovernment(line: string): boolean {
  return [...ZH_WORDS.map((word) => word.pattern), EN_WORDS].some((pattern) =>
    new RegExp(pattern.source, pattern.flags.replace('g', '')).test(line),
  );
}
