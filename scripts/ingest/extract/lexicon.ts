/**
 * A dictionary of terms found in a text view, leftmost-longest: at each position the
 * longest term wins and matching resumes after it. Latin and digit edges of a term must
 * sit at word boundaries (5G not in 15G; Ali not in Alibaba); Han edges need none.
 *
 * Terms are kept in a trie of their lower-cased characters, so that finding every term
 * that starts at a position is one walk along the text, as deep as the text goes on
 * agreeing with some term: no per-length slicing and hashing of candidate substrings.
 */
import { normaliseTerm, type TextView } from './textView.ts';

/**
 * How Latin letters are compared:
 * - `proper`: names; case-insensitive, but a term starting with a capital matches only
 *   text starting with a capital (Yantai, not yantai; China Mobile, not china mobile);
 * - `exact-capitals`: names of organisations; every capital of the term must be a
 *   capital in the text (China Telecom Group, not China Telecom group);
 * - `insensitive`: vocabulary (smart city, Smart City); a term without lower-case letters
 *   (5G, AI, MEC) still needs the exact case.
 */
export type CaseRule = 'proper' | 'exact-capitals' | 'insensitive';

export interface LexiconMatch<T> {
  /** View indices, end exclusive. */
  start: number;
  end: number;
  entries: readonly T[];
}

const WORD = /[\p{L}\p{N}]/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9\u00C0-\u024F]/u;
const HAN = /\p{Script=Han}/u;

/**
 * The classes the word-boundary rules ask about, per UTF-16 code, learnt on first sight:
 * scans ask at nearly every position, and a table answers without a regular expression.
 */
const CLASS_KNOWN = 8;
const LATIN_OR_DIGIT_CLASS = 1;
/** A letter or digit that is not Han: a Latin edge may not touch it. */
const NON_HAN_WORD_CLASS = 2;
const CLASSES = new Uint8Array(0x10000);

function classesOf(code: number): number {
  let classes = CLASSES[code] ?? 0;
  if (classes === 0) {
    const c = String.fromCharCode(code);
    classes =
      CLASS_KNOWN |
      (LATIN_OR_DIGIT.test(c) ? LATIN_OR_DIGIT_CLASS : 0) |
      (WORD.test(c) && !HAN.test(c) ? NON_HAN_WORD_CLASS : 0);
    CLASSES[code] = classes;
  }
  return classes;
}

/** A term's Latin or digit edge at `edge` may not touch the non-Han word character at `other`. */
function edgeTouchesWord(text: string, edge: number, other: number): boolean {
  // Past either end of the text (charCodeAt gives NaN) nothing touches.
  if (other < 0 || other >= text.length) return false;
  return (
    (classesOf(text.charCodeAt(edge)) & LATIN_OR_DIGIT_CLASS) !== 0 &&
    (classesOf(text.charCodeAt(other)) & NON_HAN_WORD_CLASS) !== 0
  );
}

interface Term<T> {
  /** The term as normalised, in its own case (for the case rules). */
  term: string;
  entries: T[];
}

interface TrieNode<T> {
  /**
   * By the next UTF-16 code of the lower-cased term; created on first use. Codes, not
   * one-character strings: reading a code from the text allocates nothing.
   */
  children: Map<number, TrieNode<T>> | undefined;
  /** The term that ends here, if one does. */
  term: Term<T> | undefined;
}

export class Lexicon<T> {
  private readonly terms = new Map<string, Term<T>>();
  private readonly root: TrieNode<T> = { children: undefined, term: undefined };
  /** 1 for each UTF-16 code that begins some term: a scan skips every other position at once. */
  private readonly firstCodes = new Uint8Array(0x10000);

  /**
   * @param rejects a language rule that vetoes a match, so that a shorter term is tried
   *   (a place name ending 市 before 场: 合作市场 is a market, not 合作市).
   */
  constructor(
    private readonly caseRule: CaseRule,
    private readonly rejects: (view: TextView, start: number, end: number) => boolean = () => false,
  ) {}

  add(term: string, entry: T): void {
    const normalised = normaliseTerm(term);
    if (!normalised) return;
    const key = normalised.toLowerCase();
    const found = this.terms.get(key);
    if (found) {
      found.entries.push(entry);
      return;
    }
    const added: Term<T> = { term: normalised, entries: [entry] };
    this.terms.set(key, added);
    this.firstCodes[key.charCodeAt(0)] = 1;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      node.children ??= new Map();
      const code = key.charCodeAt(i);
      let child = node.children.get(code);
      if (!child) {
        child = { children: undefined, term: undefined };
        node.children.set(code, child);
      }
      node = child;
    }
    node.term = added;
  }

  has(term: string): boolean {
    return this.terms.has(normaliseTerm(term).toLowerCase());
  }

  /** The entries of a term exactly as given (after normalisation), or none. */
  lookup(term: string): readonly T[] {
    return this.terms.get(normaliseTerm(term).toLowerCase())?.entries ?? [];
  }

  /** The longest term starting exactly at `start`, if any. */
  matchAt(view: TextView, start: number): LexiconMatch<T> | undefined {
    return this.matchesAt(view, start, 1)[0];
  }

  /** The terms starting exactly at `start`, longest first (at most `limit`). */
  matchesAt(view: TextView, start: number, limit = Infinity): LexiconMatch<T>[] {
    const matches: LexiconMatch<T>[] = [];
    // Every term the text spells from `start`, shortest first.
    const lower = view.lower;
    let ends: number[] | undefined;
    let found: Term<T>[] | undefined;
    let node: TrieNode<T> | undefined = this.root;
    for (let i = start; i < lower.length; i++) {
      node = node.children?.get(lower.charCodeAt(i));
      if (!node) break;
      if (node.term) {
        (ends ??= []).push(i + 1);
        (found ??= []).push(node.term);
      }
    }
    if (!ends || !found) return matches;
    if (edgeTouchesWord(view.text, start, start - 1)) return matches;
    for (let k = ends.length - 1; k >= 0; k--) {
      const end = ends[k] ?? start;
      const term = found[k];
      if (!term || edgeTouchesWord(view.text, end - 1, end)) continue;
      if (!this.caseAgrees(term.term, view.text.slice(start, end))) continue;
      if (this.rejects(view, start, end)) continue;
      matches.push({ start, end, entries: term.entries });
      if (matches.length >= limit) break;
    }
    return matches;
  }

  /** All matches, overlapping ones included (互联网+政务 holds 互联网+ and 互联网+政务). */
  scanAll(view: TextView): LexiconMatch<T>[] {
    const matches: LexiconMatch<T>[] = [];
    for (let i = 0; i < view.text.length; i++) {
      if (this.spellsTermAt(view, i)) matches.push(...this.matchesAt(view, i));
    }
    return matches;
  }

  /**
   * Whether the text spells some whole term from `start`, before any boundary or case rule:
   * most positions fail this cheaply (the first code, or a walk of a few nodes), without
   * building the list of matches.
   */
  private spellsTermAt(view: TextView, start: number): boolean {
    const lower = view.lower;
    if (this.firstCodes[lower.charCodeAt(start)] !== 1) return false;
    // Inside a Latin word no term may start (Ali not in Alibaba): most of an English text.
    if (edgeTouchesWord(view.text, start, start - 1)) return false;
    let node: TrieNode<T> | undefined = this.root;
    for (let i = start; i < lower.length; i++) {
      node = node.children?.get(lower.charCodeAt(i));
      if (!node) return false;
      if (node.term) return true;
    }
    return false;
  }

  /** All matches, leftmost-longest, not overlapping. */
  scan(view: TextView): LexiconMatch<T>[] {
    const matches: LexiconMatch<T>[] = [];
    let i = 0;
    while (i < view.text.length) {
      const match = this.spellsTermAt(view, i) ? this.matchAt(view, i) : undefined;
      if (match) {
        matches.push(match);
        i = match.end;
      } else {
        i++;
      }
    }
    return matches;
  }

  private caseAgrees(term: string, written: string): boolean {
    if (this.caseRule === 'exact-capitals') {
      return [...term].every((c, i) => c === c.toLowerCase() || written.charAt(i) === c);
    }
    if (this.caseRule === 'proper') {
      const first = term.charAt(0);
      return !(
        first !== first.toLowerCase() && written.charAt(0) === written.charAt(0).toLowerCase()
      );
    }
    const hasLower = term !== term.toUpperCase();
    return hasLower || written === term;
  }
}
