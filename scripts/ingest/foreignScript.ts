/**
 * The archive holds Chinese and English releases. A text written mostly in another script
 * (a Russian, Japanese or Korean release) is refused with the script it was found in, rather
 * than read as Chinese or English and filled with wrong facts. A few such letters in a
 * Chinese or English text (a company's Japanese name, a Greek letter) are no reason to refuse.
 */
import { TextProblem } from './types.ts';

interface ScriptRange {
  name: string;
  pattern: RegExp;
}

/** Scripts a Chinese or English release does not use, each with a reader's name for it. */
const FOREIGN_SCRIPTS: readonly ScriptRange[] = [
  { name: 'Cyrillic (Russian or another Slavic language?)', pattern: /\p{Script=Cyrillic}/u },
  // The katakana middle dot `・` (U+30FB) and the long-vowel mark `ー` also appear in Chinese.
  {
    name: 'Japanese kana (a Japanese release?)',
    pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  },
  { name: 'Hangul (a Korean release?)', pattern: /\p{Script=Hangul}/u },
  { name: 'Greek', pattern: /\p{Script=Greek}/u },
  { name: 'Arabic', pattern: /\p{Script=Arabic}/u },
  { name: 'Hebrew', pattern: /\p{Script=Hebrew}/u },
  { name: 'Thai', pattern: /\p{Script=Thai}/u },
  { name: 'Devanagari', pattern: /\p{Script=Devanagari}/u },
  { name: 'Tibetan', pattern: /\p{Script=Tibetan}/u },
  { name: 'Mongolian', pattern: /\p{Script=Mongolian}/u },
];

const OWN_SCRIPTS = /[\p{Script=Han}\p{Script=Latin}]/u;
const SHARED_MARKS = /[\u30fb\u30fc]/u;

/**
 * Above this share of the letters, a foreign script is the text's own. Japanese prose is a
 * third or more kana; a Chinese release naming a Japanese firm has well under one per cent.
 */
const FOREIGN_SHARE = 0.1;

/** Throws `TextProblem` (with the first words in that script) when a foreign script dominates. */
export function refuseForeignScript(text: string): void {
  const counts = new Map<ScriptRange, { count: number; first: number }>();
  let letters = 0;
  let offset = 0;
  for (const character of text) {
    if (SHARED_MARKS.test(character)) {
      offset += character.length;
      continue;
    }
    if (OWN_SCRIPTS.test(character)) letters += 1;
    else {
      const script = FOREIGN_SCRIPTS.find(({ pattern }) => pattern.test(character));
      if (script) {
        letters += 1;
        const seen = counts.get(script) ?? { count: 0, first: offset };
        seen.count += 1;
        counts.set(script, seen);
      }
    }
    offset += character.length;
  }
  const [script, seen] = [...counts].sort((a, b) => b[1].count - a[1].count)[0] ?? [];
  if (!script || !seen || seen.count / letters <= FOREIGN_SHARE) return;
  const excerpt = text.slice(seen.first, seen.first + 24).split('\n')[0] ?? '';
  throw new TextProblem(
    `the text is written in ${script.name}: ${seen.count} of its ${letters} letters; the archive takes Chinese and English releases only (remove the file, or add the release's Chinese or English version instead)`,
    excerpt,
  );
}
