/**
 * One agreement, many reports: which releases report the same signing. Pure (reports in,
 * groups out) and shared by ingest (its summary) and the site (agreement pages, downloads),
 * so both always agree.
 *
 * Data model: each report stays one article entry (one schema, `agreementSchema`, one raw
 * source each); an agreement is a group of entries computed here, its id the id of its
 * earliest report (by id, so it is stable and readable). This keeps the collection schema
 * single and each article's bytes dependent on its own release only: adding a report never
 * rewrites another report's article.
 *
 * A wrong merge is worse than a missed one, so the rules are conservative:
 * - same signing: the same day-precise signing date, the same operators and the same
 *   (non-empty) set of government places;
 * - same text: near-duplicate text (character shingles, compared in Simplified script) between
 *   reports that name the same operators and government places, and whose dates fit one
 *   signing (`datesFit`). Comparing only within those facts keeps the work near linear (texts
 *   are read and compared only where facts already agree) and a wrong merge rarer;
 * - same sum: reports that name the same operators and government places and state the same
 *   sum of the agreement (`36亿元` and `CNY3.6 billion`), whose dates fit one signing and say
 *   so (`datedAlike`): how a reader ties an English report published days after a signing
 *   (`recently signed`) to the Chinese one that dates it, since the reports of a signing quote
 *   its sums in any language. A report without any date is never tied by a sum, and one without
 *   a year only by a sum of three figures or more: the same parties quote the same round sum
 *   again years later;
 * - both text and sum links are joined a cluster at a time: outlets write each signing of one
 *   place into the same boilerplate, so one report may read like reports of several signings;
 *   the linked reports are joined only when all of them, taken together, fit one signing; where
 *   they do not, none is joined (the text cannot say which);
 * - an editor's decision (`agreement: { sameAs / notSameAs }` in a sidecar) overrides the rules:
 *   `notSameAs` keeps two reports apart even when a rule would merge them.
 */
import { ENGLISH_MONTHS } from '../../utils/formatDate.ts';
import { toSimplified } from '../chinese.ts';

interface DateFact {
  value: string;
  precision: 'year' | 'month' | 'day';
}

export interface ReportFacts {
  /** The report's own id (its article's). */
  id: string;
  /** The source path: what an editor names in a sidecar. */
  source: string;
  signedOn: DateFact | null;
  /** The publication date: a reprint appears near the signing, not years away. */
  publishedOn?: DateFact | null | undefined;
  operators: readonly string[];
  /** Place codes of the government parties. */
  governments: readonly string[];
  /** The sums the report gives for the agreement (its amounts), each as `sumKey` writes it. */
  sums?: readonly string[] | undefined;
  /** Without a signing date: the month-day (`--04-03`) the text gives it without a year. */
  signedDayWithoutYear?: string | undefined;
  /**
   * The cleaned body text, for near-duplicate detection (a function: read only when another
   * report names the same operators and places); omit to compare facts only.
   */
  text?: string | (() => string) | undefined;
  /** Editor's decisions: source paths (or file names) of reports of the same / another signing. */
  sameAs?: readonly string[] | undefined;
  notSameAs?: readonly string[] | undefined;
}

export type GroupBasis = 'same-signing' | 'same-text' | 'same-sum' | 'sidecar';

export interface AgreementGroup {
  /** The agreement's id: its earliest report's id. */
  id: string;
  /** Report ids, sorted. */
  reports: string[];
  /** Why the reports were grouped (empty for a single report). */
  bases: GroupBasis[];
}

/**
 * Two texts are one report's (`sameText`) when the share of the smaller text's shingles found in
 * the larger is at least COPY (a copy, whatever its figures), or at least NEAR_DUPLICATE with the
 * same figures (at least SHARED_FIGURES of the digit runs of the text with fewer). On the
 * real-release development set, reprints share 0.73 to 1.00 of their shingles (a Traditional
 * reprint that drops a paragraph is the lowest) and reports of different signings at most 0.39;
 * in the synthetic bench corpus, template-written reports of different signings of one place
 * and operator reach 0.76, but not with the same figures (their days and sums differ).
 */
export const COPY_CONTAINMENT = 0.9;
export const NEAR_DUPLICATE_CONTAINMENT = 0.72;
const SHARED_FIGURES = 0.75;
/** A text with fewer figures than this is called the same only as a copy. */
const MIN_FIGURES = 2;
const SHINGLE = 5;
/** Shorter texts say too little to be called copies of one another. */
const MIN_SHINGLES = 40;

/** Character shingles of a text in one script, without spaces and punctuation. */
export function shingles(text: string): Set<string> {
  const letters = toSimplified(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= letters.length; i += 1) set.add(letters.slice(i, i + SHINGLE));
  return set;
}

export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_SHINGLES) return 0;
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  return shared / small.size;
}

interface TextFeatures {
  shingles: Set<string>;
  /** The figures of the text (digit runs): a reprint keeps them, another signing's text does not. */
  figures: Set<string>;
}

function textFeatures(text: string): TextFeatures {
  const figures = new Set(text.normalize('NFKC').match(FIGURE) ?? []);
  // A month named in English counts as its number (September 30 names 9 and 30).
  for (const [index, month] of MONTH_NAMES.entries()) {
    if (month.test(text)) figures.add(String(index + 1));
  }
  return { shingles: shingles(text), figures };
}

const FIGURE = /\d+(?:[.,]\d+)*/gu;
/** English month names, in full or cut to three letters (`Sept.` too), as words. */
const MONTH_NAMES = ENGLISH_MONTHS.map(
  (month) => new RegExp(`\\b(?:${month}|${month.slice(0, 3)}t?)\\b`, 'u'),
);

/** Whether a text names a day's month and day (`1月14日`, `September 30`). */
function namesDay(text: TextFeatures, date: DateFact): boolean {
  const [, month, day] = date.value.split('-').map((part) => String(Number(part)));
  return text.figures.has(month ?? '') && text.figures.has(day ?? '');
}

/**
 * Whether two texts are one report's. `signingDay`: a day-precise signing date the report of
 * `b` gives and that of `a` does not; a near-duplicate (not a copy) `a` must then name that
 * month and day, as a reprint does: an outlet's boilerplate for another signing names another.
 */
function sameText(a: TextFeatures, b: TextFeatures, signingDay: DateFact | null): boolean {
  const words = containment(a.shingles, b.shingles);
  if (words >= COPY_CONTAINMENT) return true;
  if (signingDay !== null && !namesDay(a, signingDay)) return false;
  const [few, many] =
    a.figures.size <= b.figures.size ? [a.figures, b.figures] : [b.figures, a.figures];
  if (words < NEAR_DUPLICATE_CONTAINMENT || few.size < MIN_FIGURES) return false;
  let shared = 0;
  for (const figure of few) if (many.has(figure)) shared += 1;
  return shared / few.size >= SHARED_FIGURES;
}

const sortedKey = (items: readonly string[]): string => [...new Set(items)].sort().join(',');

/** The signing a report states precisely enough to match another on: null if it does not. */
function signingKey(report: ReportFacts): string | null {
  if (report.signedOn?.precision !== 'day') return null;
  if (report.operators.length === 0 || report.governments.length === 0) return null;
  return `${report.signedOn.value}|${sortedKey(report.operators)}|${sortedKey(report.governments)}`;
}

/** Indexes of the reports, by the operators and government places they name. */
function sameParties(ordered: readonly ReportFacts[]): Map<string, number[]> {
  const blocks = new Map<string, number[]>();
  ordered.forEach((report, i) => {
    // Without a government party, "the same parties" would be every report of an operator.
    if (report.governments.length === 0) return;
    const key = `${sortedKey(report.operators)}|${sortedKey(report.governments)}`;
    const block = blocks.get(key);
    if (block === undefined) blocks.set(key, [i]);
    else block.push(i);
  });
  return blocks;
}

/**
 * How far apart two reports of one signing may date it (`datesFit`): their signing dates agree
 * as far as both are precise (`2019` fits `2019-11-20`); a report that gives no signing date
 * was published on or after the other's signing day and within REPORT_AFTER_DAYS of it (a
 * report comes after the signing, within days or weeks: 9 days in the development set); two
 * reports that give only their publication dates were published within REPRINT_WINDOW_DAYS
 * of each other. A repost years later is not told from a new signing in the same boilerplate.
 */
const REPORT_AFTER_DAYS = 30;
const REPRINT_WINDOW_DAYS = 14;
/** The widest of the two: how far a sweep in date order looks ahead. */
const SWEEP_DAYS = Math.max(REPORT_AFTER_DAYS, REPRINT_WINDOW_DAYS);
const DAY_MS = 86_400_000;

/** The first day a date can mean (`2019` → 1 January 2019), in milliseconds. */
function firstDay(date: DateFact): number {
  const [year = 0, month = 1, day = 1] = date.value.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** The last day a date can mean (`2019` → 31 December 2019), in milliseconds. */
function lastDay(date: DateFact): number {
  const [year = 0, month, day] = date.value.split('-').map(Number);
  if (day !== undefined) return Date.UTC(year, (month ?? 1) - 1, day);
  if (month !== undefined) return Date.UTC(year, month, 0);
  return Date.UTC(year, 11, 31);
}

/** The date a report is anchored to: its signing, else its publication, else none. */
const anchor = (report: ReportFacts): DateFact | null =>
  report.signedOn ?? report.publishedOn ?? null;

/** Whether a report that gives no signing date may report `signing` by its publication date. */
function publishedAfter(
  signing: DateFact,
  report: ReportFacts,
  withinDays = REPORT_AFTER_DAYS,
): boolean {
  const published = report.publishedOn;
  if (!published) return true;
  return (
    lastDay(published) >= firstDay(signing) &&
    firstDay(published) - lastDay(signing) <= withinDays * DAY_MS
  );
}

export function datesFit(a: ReportFacts, b: ReportFacts): boolean {
  // Two signing days, one or both without a year (`4月3日`, `2010-04-08`), that differ.
  const [dayA, dayB] = [signingMonthDay(a), signingMonthDay(b)];
  if (dayA !== undefined && dayB !== undefined && dayA !== dayB) return false;
  if (a.signedOn && b.signedOn) {
    return (
      a.signedOn.value.startsWith(b.signedOn.value) || b.signedOn.value.startsWith(a.signedOn.value)
    );
  }
  if (a.signedOn) return publishedAfter(a.signedOn, b);
  if (b.signedOn) return publishedAfter(b.signedOn, a);
  if (!a.publishedOn || !b.publishedOn) return true;
  const gap = Math.max(
    firstDay(a.publishedOn) - lastDay(b.publishedOn),
    firstDay(b.publishedOn) - lastDay(a.publishedOn),
  );
  return gap <= REPRINT_WINDOW_DAYS * DAY_MS;
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Whether `name` (a path or a file name) names the report's source. */
function names(report: ReportFacts, name: string): boolean {
  return report.source === name || baseName(report.source) === baseName(name);
}

/**
 * The near-duplicate pairs of one block of reports naming the same parties. Texts are read
 * only for pairs whose dates fit, and forgotten after the block: dated reports are compared
 * with those dated within the reprint window (a sweep over the block in date order), undated
 * ones with every report of the block.
 */
function nearDuplicatesIn(
  ordered: readonly ReportFacts[],
  block: readonly number[],
): [number, number][] {
  const read = new Map<number, TextFeatures>();
  const featuresOf = (i: number): TextFeatures | null => {
    const text = ordered[i]?.text;
    if (text === undefined) return null;
    let features = read.get(i);
    if (features === undefined) {
      features = textFeatures(typeof text === 'function' ? text() : text);
      read.set(i, features);
    }
    return features;
  };
  const pairs: [number, number][] = [];
  const compare = (i: number, j: number): void => {
    const [reportA, reportB] = [ordered[i], ordered[j]];
    if (!reportA || !reportB || !datesFit(reportA, reportB)) return;
    const [a, b] = [featuresOf(i), featuresOf(j)];
    if (!a || !b) return;
    // The report without a signing day first, with the day the other gives.
    const [first, second, signingDay] =
      reportA.signedOn === null && reportB.signedOn?.precision === 'day'
        ? [a, b, reportB.signedOn]
        : reportB.signedOn === null && reportA.signedOn?.precision === 'day'
          ? [b, a, reportA.signedOn]
          : [a, b, null];
    if (sameText(first, second, signingDay)) {
      pairs.push(i < j ? [i, j] : [j, i]);
    }
  };
  // Reports without text cannot be compared (they may be in the block for their sums).
  const withText = block.filter((i) => ordered[i]?.text !== undefined);
  const dated = withText
    .flatMap((i) => {
      const date = ordered[i] && anchor(ordered[i]);
      return date ? [{ i, first: firstDay(date), last: lastDay(date) }] : [];
    })
    .sort((a, b) => a.first - b.first || a.i - b.i);
  for (const [k, a] of dated.entries()) {
    for (const b of dated.slice(k + 1)) {
      if (b.first > a.last + SWEEP_DAYS * DAY_MS) break;
      compare(a.i, b.i);
    }
  }
  const undated = withText.filter((i) => ordered[i] && anchor(ordered[i]) === null);
  for (const [k, i] of undated.entries()) {
    for (const j of [...undated.slice(k + 1), ...dated.map((d) => d.i)]) compare(i, j);
  }
  return pairs;
}

/** The month-day of a report's signing (`--04-03`): of its day-precise date, or without a year. */
function signingMonthDay(report: ReportFacts): string | undefined {
  if (report.signedOn?.precision === 'day') return `--${report.signedOn.value.slice(5)}`;
  return report.signedDayWithoutYear;
}

/**
 * Whether a signing month-day without a year (`--04-03`) falls within `days` before a
 * day-precise publication date, in its year or the year before (a 12月30日 signing reported
 * on 2 January).
 */
function monthDayShortlyBefore(monthDay: string, published: DateFact, days: number): boolean {
  if (published.precision !== 'day') return false;
  const [month = 0, day = 0] = monthDay.slice('--'.length).split('-').map(Number);
  const publishedDay = firstDay(published);
  const year = Number(published.value.slice(0, 4));
  return [year, year - 1].some((candidate) => {
    const signed = Date.UTC(candidate, month - 1, day);
    // 29 February of a common year is no day of it.
    if (new Date(signed).getUTCDate() !== day) return false;
    return signed <= publishedDay && publishedDay - signed <= days * DAY_MS;
  });
}

/**
 * Whether two reports' dates say they report one signing, beyond not contradicting it (the sum
 * rule's dates, see the header): both give the signing day; or one signing month-day (`4月3日`
 * without a year, and `2010-04-03`); or one gives the signing day and the other was published
 * within the reprint window after it (a wider gap leaves room for another signing with a sum
 * alike); or both were published within the reprint window of each other; or a month-day
 * without a year falls within the reprint window before the other's publication. Dates less
 * precise than a day (`2019`, `2019-03`) never say it.
 */
function datedAlike(a: ReportFacts, b: ReportFacts, sum: string): boolean {
  if (!datesFit(a, b)) return false;
  const [signedA, signedB] = [daySigned(a), daySigned(b)];
  if (signedA && signedB) return true;
  // The rest tie a report that gives no year: only by a sum another year's signing of the same
  // parties is unlikely to repeat.
  if (!a.signedOn && !a.publishedOn && !uncommonSum(sum)) return false;
  if (!b.signedOn && !b.publishedOn && !uncommonSum(sum)) return false;
  const monthDay = signingMonthDay(a);
  if (monthDay !== undefined && monthDay === signingMonthDay(b)) return true;
  const [publishedA, publishedB] = [dayPublished(a), dayPublished(b)];
  if (signedA && publishedB) return publishedAfter(signedA, b, REPRINT_WINDOW_DAYS);
  if (signedB && publishedA) return publishedAfter(signedB, a, REPRINT_WINDOW_DAYS);
  if (signedA || signedB) return false;
  if (publishedA && publishedB) {
    return Math.abs(firstDay(publishedA) - firstDay(publishedB)) <= REPRINT_WINDOW_DAYS * DAY_MS;
  }
  const shortlyBefore = (undated: ReportFacts, published: DateFact | null): boolean =>
    undated.signedDayWithoutYear !== undefined &&
    published !== null &&
    monthDayShortlyBefore(undated.signedDayWithoutYear, published, REPRINT_WINDOW_DAYS);
  return shortlyBefore(a, publishedB) || shortlyBefore(b, publishedA);
}

/**
 * A sum of three or more significant figures (46.88亿, 127亿 as written in yuan): the same
 * parties quote round sums (36亿, 100亿) again at other signings, in other years, as at the
 * bench's 100,000 releases two reports without a year were joined by 27亿 and 61亿 to a signing
 * of another year on the same month-day.
 */
function uncommonSum(sum: string): boolean {
  const digits = sum.slice(sum.indexOf(':') + 1).replace(/\D/gu, '');
  return digits.replace(/^0+|0+$/gu, '').length >= UNCOMMON_SUM_FIGURES;
}
const UNCOMMON_SUM_FIGURES = 3;

const daySigned = (report: ReportFacts): DateFact | null =>
  report.signedOn?.precision === 'day' ? report.signedOn : null;
const dayPublished = (report: ReportFacts): DateFact | null =>
  report.publishedOn?.precision === 'day' ? report.publishedOn : null;

/** The pairs of a block's reports (naming the same parties) with a sum in common, dated alike. */
function sameSumsIn(ordered: readonly ReportFacts[], block: readonly number[]): [number, number][] {
  const bySum = new Map<string, number[]>();
  for (const i of block) {
    for (const sum of new Set(ordered[i]?.sums ?? [])) {
      const stating = bySum.get(sum);
      if (stating === undefined) bySum.set(sum, [i]);
      else stating.push(i);
    }
  }
  // Block indexes ascend, so each pair is [lower, higher]; two sums in common make one pair.
  const pairs = new Map<string, [number, number]>();
  for (const [sum, stating] of bySum) {
    for (const [k, i] of stating.entries()) {
      for (const j of stating.slice(k + 1)) {
        const [a, b] = [ordered[i], ordered[j]];
        if (a && b && datedAlike(a, b, sum)) pairs.set(`${i},${j}`, [i, j]);
      }
    }
  }
  return [...pairs.values()];
}

/** Pairs that share a member, transitively, as lists of pairs. */
function clusters(pairs: readonly [number, number][]): [number, number][][] {
  const root = new Map<number, number>();
  const find = (i: number): number => {
    let r = i;
    while (root.has(r) && root.get(r) !== r) r = root.get(r) ?? r;
    root.set(i, r);
    return r;
  };
  for (const [i, j] of pairs) {
    if (!root.has(i)) root.set(i, i);
    if (!root.has(j)) root.set(j, j);
    const [ri, rj] = [find(i), find(j)];
    if (ri !== rj) root.set(Math.max(ri, rj), Math.min(ri, rj));
  }
  const byRoot = new Map<number, [number, number][]>();
  for (const pair of pairs) {
    const r = find(pair[0]);
    const cluster = byRoot.get(r);
    if (cluster === undefined) byRoot.set(r, [pair]);
    else cluster.push(pair);
  }
  return [...byRoot.values()];
}

export function groupReports(reports: readonly ReportFacts[]): AgreementGroup[] {
  const ordered = [...reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const parent = ordered.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const apart = (i: number, j: number): boolean => {
    const a = ordered[i];
    const b = ordered[j];
    if (!a || !b) return true;
    return (
      (a.notSameAs ?? []).some((name) => names(b, name)) ||
      (b.notSameAs ?? []).some((name) => names(a, name))
    );
  };
  const bases = new Map<number, Set<GroupBasis>>();
  /** The members of each group, by its root (kept as groups join: a join costs its groups' size). */
  const membersOf = new Map<number, number[]>();
  const members = (root: number): number[] => membersOf.get(root) ?? [root];
  const editorsSplit = ordered.some((report) => (report.notSameAs ?? []).length > 0);
  /** Joins two groups unless an editor kept any of their members apart. */
  const join = (i: number, j: number, basis: GroupBasis): void => {
    const [ri, rj] = [find(i), find(j)];
    if (ri === rj) return;
    const [left, right] = [members(ri), members(rj)];
    if (editorsSplit && left.some((x) => right.some((y) => apart(x, y)))) return;
    const [keep, drop] = ri < rj ? [ri, rj] : [rj, ri];
    parent[drop] = keep;
    membersOf.set(keep, [...left, ...right]);
    membersOf.delete(drop);
    bases.set(keep, new Set([...(bases.get(keep) ?? []), ...(bases.get(drop) ?? []), basis]));
  };

  // Editors first: their decisions win over the rules.
  ordered.forEach((report, i) => {
    for (const name of report.sameAs ?? []) {
      const j = ordered.findIndex((other) => other !== report && names(other, name));
      if (j >= 0) join(i, j, 'sidecar');
    }
  });
  const bySigning = new Map<string, number>();
  ordered.forEach((report, i) => {
    const key = signingKey(report);
    if (key === null) return;
    const first = bySigning.get(key);
    if (first === undefined) bySigning.set(key, i);
    else join(first, i, 'same-signing');
  });
  // Near-duplicates whose dates fit, then reports of one sum dated alike, each joined a cluster
  // at a time: only a cluster whose reports all fit one signing together (see the header). The
  // text first, so that a sum shared with another signing cannot undo a reprint's join.
  const blocks = [...sameParties(ordered).values()];
  const joinFitting = (pairs: readonly [number, number][], basis: GroupBasis): void => {
    for (const cluster of clusters(pairs)) {
      const members = [...new Set(cluster.flat())].flatMap((i) => ordered[i] ?? []);
      const fit = members.every((a, k) => members.slice(k + 1).every((b) => datesFit(a, b)));
      if (fit) for (const [i, j] of cluster) join(i, j, basis);
    }
  };
  joinFitting(
    blocks.flatMap((block) => nearDuplicatesIn(ordered, block)),
    'same-text',
  );
  joinFitting(
    blocks.flatMap((block) => sameSumsIn(ordered, block)),
    'same-sum',
  );

  const groups = new Map<number, AgreementGroup>();
  ordered.forEach((report, i) => {
    const root = find(i);
    const group = groups.get(root) ?? {
      id: ordered[root]?.id ?? report.id,
      reports: [],
      bases: [...(bases.get(root) ?? [])].sort(),
    };
    group.reports.push(report.id);
    groups.set(root, group);
  });
  return [...groups.values()];
}
