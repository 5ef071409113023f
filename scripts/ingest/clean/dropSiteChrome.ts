import type { CleaningRule } from '../types.ts';
import { startingAtRunStarts, withoutLeadingRun } from './runPatterns.ts';
import { alternation, escapeRegExp } from '../patterns.ts';
import { scriptTolerantSource } from './scriptTolerantPattern.ts';
import chrome from './site-chrome.json' with { type: 'json' };

/** Vocabulary kept per language; Traditional is matched through the Simplified entries. */
interface ByLanguage {
  readonly en: readonly string[];
  readonly 'zh-Hans': readonly string[];
}

function sources(entries: ByLanguage): string[] {
  return [...entries.en, ...entries['zh-Hans']];
}

/** One regular expression that matches a whole line made of any one of the entries. */
function wholeLine(patternSources: readonly string[]): RegExp {
  const alternatives = patternSources.map((source) => `(?:${scriptTolerantSource(source)})`);
  return new RegExp(`^\\s*(?:${alternatives.join('|')})\\s*$`, 'iu');
}

function literals(words: readonly string[]): string[] {
  return words.map(escapeRegExp);
}

const LANGUAGE_NAME = wholeLine(literals(sources(chrome.languageToggle.names)));
const LANGUAGE_SEPARATOR = new RegExp(alternation(chrome.languageToggle.separators), 'u');
const LANGUAGE_SEPARATORS = new RegExp(alternation(chrome.languageToggle.separators), 'gu');

const BREADCRUMB_HOME = wholeLine(literals(sources(chrome.breadcrumb.homes)));
const BREADCRUMB_PREFIX = new RegExp(
  `^\\s*(?:${literals(sources(chrome.breadcrumb.locationPrefixes)).map(scriptTolerantSource).join('|')})\\s*[:：]\\s*`,
  'iu',
);
const BREADCRUMB_SEPARATORS = new RegExp(
  `\\s*(?:${alternation(chrome.breadcrumb.separators)})\\s*`,
  'u',
);
/** A crumb is a link text, never a sentence. */
const SENTENCE_PUNCTUATION = /[。！？；，,;!?]|\.\s/u;

const STANDALONE_LABEL = new RegExp(
  `^\\s*[【\\[]?\\s*(?:${literals(sources(chrome.standaloneLabels)).map(scriptTolerantSource).join('|')})\\s*[】\\]]?\\s*$`,
  'iu',
);
const COMMENT_FORM_START = wholeLine(sources(chrome.commentForm.starts));
const COMMENT_FORM_NOTICE = wholeLine(sources(chrome.commentForm.notices));
const COMMENT_FORM_FIELD = wholeLine(sources(chrome.commentForm.fields));

const INLINE_SOURCES: readonly string[] = [
  ...sources(chrome.inlineWidgets),
  ...sources(chrome.promotions),
].map(scriptTolerantSource);
/** Patterns that remove part of a line and keep the rest. */
const INLINE_CHROME: readonly RegExp[] = INLINE_SOURCES.map(
  (source) => new RegExp(startingAtRunStarts(source), 'giu'),
);
/**
 * Most lines hold no chrome, and one search tells so: a line this does not match is one none
 * of the patterns changes. Each enters without its leading run, which only widens what it
 * matches (the rest of a match stands where the run ends) and lets the search jump to the
 * words (广告热线) instead of scanning every sentence from its start.
 */
const ANY_INLINE_CHROME = new RegExp(
  INLINE_SOURCES.map((source) => `(?:${withoutLeadingRun(source)})`).join('|'),
  'iu',
);

/** Marks where a span was removed (a private-use character, never in a release). */
const REMOVED = '\uE000';
const REMOVED_WITH_SPACES = /[ \t\u00a0]*(?:\uE000[ \t\u00a0]*)+/gu;

/** What is left of a line once its chrome is gone: nothing worth keeping if only this. */
const LEFTOVER = /^[\s\uE000|｜/·,，、:：;；.。!！?？()（）【】[\]-]*$/u;

function isLanguageToggle(line: string): boolean {
  const pieces = line
    .split(LANGUAGE_SEPARATORS)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  if (pieces.length === 0) return false;
  // `English 中文` has no separator: then each word must be a language name.
  const names =
    pieces.length === 1 && !LANGUAGE_SEPARATOR.test(line) ? line.trim().split(/\s+/u) : pieces;
  const hasSeparatorOrSeveralNames = LANGUAGE_SEPARATOR.test(line) || names.length >= 2;
  return hasSeparatorOrSeveralNames && names.every((name) => LANGUAGE_NAME.test(name));
}

function isBreadcrumb(line: string): boolean {
  const prefix = BREADCRUMB_PREFIX.exec(line);
  const trail = prefix === null ? line.trim() : line.slice(prefix[0].length).trim();
  const crumbs = trail.split(BREADCRUMB_SEPARATORS).filter((crumb) => crumb.trim() !== '');
  const first = crumbs[0];
  if (first === undefined) return prefix !== null;
  // The cheap test first: most lines neither carry a location prefix nor start at home.
  if (prefix === null && !(crumbs.length >= 2 && BREADCRUMB_HOME.test(first))) return false;
  return crumbs.every(
    (crumb) =>
      [...crumb].length <= chrome.breadcrumb.longestCrumb && !SENTENCE_PUNCTUATION.test(crumb),
  );
}

/** Each widget or promotional sentence removed counts as one change, whether or not its line survives. */
type LineVerdict =
  { kind: 'drop'; removedSpans: number } | { kind: 'keep'; text: string; removedSpans: number };

/** Removes inline widgets and promotional sentences; the line goes if nothing real is left. */
function stripInlineChrome(line: string): LineVerdict {
  if (!ANY_INLINE_CHROME.test(line)) return { kind: 'keep', text: line, removedSpans: 0 };
  let removedSpans = 0;
  let stripped = line;
  for (const pattern of INLINE_CHROME) {
    stripped = stripped.replace(pattern, (span) => {
      if (span.trim() === '') return span;
      removedSpans += 1;
      return REMOVED;
    });
  }
  if (removedSpans === 0) return { kind: 'keep', text: line, removedSpans };
  if (LEFTOVER.test(stripped)) return { kind: 'drop', removedSpans };
  // Close the gap each removal leaves, without touching the line's own spacing elsewhere.
  const tidied = stripped.replace(REMOVED_WITH_SPACES, ' ').trim();
  return { kind: 'keep', text: tidied, removedSpans };
}

/** Scraped pages bring the website with them: navigation, counters, forms and adverts. */
export const dropSiteChrome: CleaningRule = {
  name: 'dropSiteChrome',
  apply(text) {
    let changes = 0;
    let inCommentForm: boolean = false;
    const kept: string[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') {
        kept.push(line);
        continue;
      }
      const startsCommentForm = COMMENT_FORM_START.test(line) || COMMENT_FORM_NOTICE.test(line);
      const continuesCommentForm: boolean = inCommentForm && COMMENT_FORM_FIELD.test(line);
      inCommentForm = startsCommentForm || continuesCommentForm;
      if (
        startsCommentForm ||
        continuesCommentForm ||
        isBreadcrumb(line) ||
        isLanguageToggle(line) ||
        STANDALONE_LABEL.test(line)
      ) {
        changes += 1;
        continue;
      }
      const verdict = stripInlineChrome(line);
      changes += verdict.removedSpans;
      if (verdict.kind === 'keep') kept.push(verdict.text);
    }
    return { text: kept.join('\n'), changes };
  },
};
