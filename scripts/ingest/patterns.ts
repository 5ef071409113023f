/**
 * Helpers for building regular expressions from word lists, shared by the cleaning rules,
 * the extractors and the preview server: one definition each.
 */
import { toTraditional } from '../../src/lib/chinese.ts';

/** Escapes a literal word or phrase for use inside a regular expression. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * The words as one alternation source (`a|b|c`), longest first so that a word is never cut
 * short by its own prefix (`元人民币` before `元`). Each is escaped by `escape`.
 */
export function alternation(
  words: Iterable<string>,
  escape: (word: string) => string = escapeRegExp,
): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

/**
 * Word lists are written in Simplified Chinese (and English): each word with its
 * Traditional form added, without duplicates, in the order given.
 */
export function withTraditional(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((word) => [word, toTraditional(word)]))];
}

/** A table keyed by Simplified words, with each Traditional key added for the same value. */
export function withTraditionalKeys<T>(table: Readonly<Record<string, T>>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [key, value] of Object.entries(table)) {
    map.set(key, value);
    map.set(toTraditional(key), value);
  }
  return map;
}
