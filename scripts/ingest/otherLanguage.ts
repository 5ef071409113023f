/**
 * The archive holds Chinese and English releases. A text in another language (a Russian,
 * Japanese, Korean or French release) is refused, naming the script or language found,
 * rather than read as Chinese or English and filled with wrong facts. A few foreign letters
 * or words in a Chinese or English text (a Japanese firm's name, a French quotation) are no
 * reason to refuse.
 */
import latinLanguages from './latin-languages.json' with { type: 'json' };
import { TextProblem } from './types.ts';

/** Scripts a Chinese or English release does not use, each with a reader's name for it. */
const OTHER_SCRIPTS: readonly { name: string; letters: RegExp }[] = [
  { name: 'Cyrillic (Russian or another Slavic language?)', letters: /\p{Script=Cyrillic}/gu },
  // The katakana middle dot `・` and long-vowel mark `ー`, which Chinese uses too, are Common.
  {
    name: 'Japanese kana (a Japanese release?)',
    letters: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  },
  { name: 'Hangul (a Korean release?)', letters: /\p{Script=Hangul}/gu },
  { name: 'Greek', letters: /\p{Script=Greek}/gu },
  { name: 'Arabic', letters: /\p{Script=Arabic}/gu },
  { name: 'Hebrew', letters: /\p{Script=Hebrew}/gu },
  { name: 'Thai', letters: /\p{Script=Thai}/gu },
  { name: 'Devanagari', letters: /\p{Script=Devanagari}/gu },
  { name: 'Tibetan', letters: /\p{Script=Tibetan}/gu },
  { name: 'Mongolian', letters: /\p{Script=Mongolian}/gu },
];

const OWN_LETTERS = /[\p{Script=Han}\p{Script=Latin}]/gu;
const LATIN_WORD = /\p{Script=Latin}+/gu;

/**
 * Above this share of the letters, another script is the text's own. Japanese prose is a
 * third or more kana; a Chinese release naming a Japanese firm has well under one per cent.
 */
const OTHER_SCRIPT_SHARE = 0.1;

/**
 * A Latin-letter text is read as another language when that language's common words
 * outnumber English's at least this many times over, and there are at least `MIN_WORDS` of
 * them (a title alone proves nothing).
 */
const OTHER_LANGUAGE_RATIO = 3;
const MIN_WORDS = 8;

const { $comment: _comment, ...WORDS_BY_LANGUAGE } = latinLanguages;
const LANGUAGE_OF_WORD = new Map<string, string[]>();
for (const [language, words] of Object.entries(WORDS_BY_LANGUAGE))
  for (const word of words)
    LANGUAGE_OF_WORD.set(word, [...(LANGUAGE_OF_WORD.get(word) ?? []), language]);

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** An excerpt starting at the first match of `pattern`, for the error to locate its line. */
function excerptAt(text: string, pattern: RegExp): string {
  const start = text.search(pattern);
  return (text.slice(Math.max(0, start), start + 24).split('\n')[0] ?? '').trim();
}

function refuseOtherScript(text: string): void {
  const own = count(text, OWN_LETTERS);
  const found = OTHER_SCRIPTS.map((script) => ({ script, letters: count(text, script.letters) }))
    .filter(({ letters }) => letters > 0)
    .sort((a, b) => b.letters - a.letters)[0];
  if (!found) return;
  const letters = own + found.letters;
  if (found.letters / letters <= OTHER_SCRIPT_SHARE) return;
  throw new TextProblem(
    `the text is written in ${found.script.name}: ${found.letters} of its ${letters} letters; the archive takes Chinese and English releases only (remove the file, or add the release's Chinese or English version instead)`,
    excerptAt(text, new RegExp(found.script.letters.source, 'u')),
  );
}

function refuseOtherLatinLanguage(text: string): void {
  const hits = new Map<string, number>();
  const seen = new Map<string, Set<string>>();
  for (const word of text.toLowerCase().match(LATIN_WORD) ?? []) {
    for (const language of LANGUAGE_OF_WORD.get(word) ?? []) {
      hits.set(language, (hits.get(language) ?? 0) + 1);
      seen.set(language, (seen.get(language) ?? new Set()).add(word));
    }
  }
  const english = hits.get('English') ?? 0;
  const [language, words] = [...hits]
    .filter(([name]) => name !== 'English')
    .sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (words < MIN_WORDS || words < english * OTHER_LANGUAGE_RATIO) return;
  const examples = [...(seen.get(language) ?? [])].slice(0, 4).join(', ');
  throw new TextProblem(
    `the text reads as ${language}, not English: ${words} of its common words are ${language} (${examples}), ${english} English; the archive takes Chinese and English releases only (remove the file, or add the release's Chinese or English version instead)`,
    excerptAt(text, LATIN_WORD),
  );
}

/** Throws `TextProblem` (with words to locate the line by) for a text in another language. */
export function refuseOtherLanguage(text: string): void {
  refuseOtherScript(text);
  refuseOtherLatinLanguage(text);
}
