/**
 * The operator mentions the text places in the reported signing: in the title (the first
 * line) or in a sentence with a signing word and no word of another deal (此前, also
 * signed). An operator only mentioned elsewhere (background, a competitor's deal) is not a
 * party; when no such sentence names any operator, every mention counts, as before.
 */
import { readFileSync } from 'node:fs';
import { loadYaml } from '../../../src/lib/gazetteer/files.ts';
import { partiesFileSchema } from '../../../src/lib/gazetteer/types.ts';
import { alternation, escapeRegExp } from '../patterns.ts';
import type { OperatorMention } from './operatorMentions.ts';
import { normaliseTerm, type TextView } from './textView.ts';

interface OtherDealWords {
  zh: string[];
  en: string[];
  notOtherDeal: { zh: string[]; en: string[] };
}

let words: { signing: RegExp; otherDeal: RegExp } | undefined;

function matchers(): NonNullable<typeof words> {
  if (words) return words;
  const parties = loadYaml('parties.yaml', partiesFileSchema);
  const other = JSON.parse(
    readFileSync(new URL('./other-deal-words.json', import.meta.url), 'utf8'),
  ) as OtherDealWords;
  const terms = (list: readonly string[]) => alternation(list.map(normaliseTerm), escapeRegExp);
  words = {
    signing: new RegExp(
      `${terms(parties.signing.zh)}|\\b(?:${terms(parties.signing.en)})\\b`,
      'iu',
    ),
    otherDeal: otherDealPattern(other),
  };
  return words;
}

/**
 * The words, longest first, each not matched inside a longer word of `exceptions` that holds
 * it (继 not in 继续: `继(?!续)`; another not in one another: `(?<!one )another`).
 */
function wordsExcept(words: readonly string[], exceptions: readonly string[]): string {
  const normalised = exceptions.map(normaliseTerm);
  return [...new Set(words.map(normaliseTerm))]
    .sort((a, b) => b.length - a.length)
    .map((word) => {
      const after = normalised.filter((e) => e !== word && e.startsWith(word));
      const before = normalised.filter((e) => e !== word && e.endsWith(word));
      const ahead = after.map((e) => escapeRegExp(e.slice(word.length)));
      const behind = before.map((e) => escapeRegExp(e.slice(0, -word.length)));
      return (
        (behind.length > 0 ? `(?<!${behind.join('|')})` : '') +
        escapeRegExp(word) +
        (ahead.length > 0 ? `(?!${ahead.join('|')})` : '')
      );
    })
    .join('|');
}

function otherDealPattern(other: OtherDealWords): RegExp {
  const zh = wordsExcept(other.zh, other.notOtherDeal.zh);
  const en = wordsExcept(other.en, other.notOtherDeal.en);
  return new RegExp(`${zh}|\\b(?:${en})\\b`, 'iu');
}

/** Words of another deal than the one reported, as one pattern (amounts use it too). */
export function otherDealWords(): RegExp {
  return matchers().otherDeal;
}

/**
 * Where sentences end: `。！？!?`, a full stop before a space, or a line break, unless the
 * line before ends, or the next begins, a list (hard-wrapped `郑州广电\n、中国铁塔…`).
 */
const SENTENCE_STOP = /[。！？!?]|\.\s|(?<![、，,]\s*)\n\s*(?![、，,\s])/gu;

export function signingOperators(
  view: TextView,
  mentions: readonly OperatorMention[],
): OperatorMention[] {
  const { signing, otherDeal } = matchers();
  const text = view.text;
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const stop of [...text.matchAll(SENTENCE_STOP), null]) {
    const end = stop ? (stop.index ?? 0) : text.length;
    const sentence = text.slice(start, end);
    const isTitle = start === 0;
    if (isTitle || (signing.test(sentence) && !otherDeal.test(sentence)))
      spans.push({ start, end });
    if (stop) start = end + stop[0].length;
  }
  const placed = mentions.filter((m) => spans.some((s) => m.start >= s.start && m.end <= s.end));
  return placed.length > 0 ? placed : [...mentions];
}
