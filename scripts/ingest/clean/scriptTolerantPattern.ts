/**
 * Chrome and boilerplate patterns are written once, in Simplified Chinese (and English). Pages
 * reach us in Traditional too, often from converters that change some characters and not others
 * (`誠邀合作伙伴`: 伙 kept, where opencc would write 夥). So every Han character of a pattern
 * becomes a class that accepts its Simplified form and its Traditional forms, character by
 * character, instead of matching one fully converted phrase.
 */
import { HAN, toTraditional } from '../../../src/lib/chinese.ts';

const HAN_CHARACTER = new RegExp(HAN.source, 'u');

/** The forms one Simplified character can take in Traditional text: itself and opencc's. */
function characterForms(simplified: string, inPhrase: string | undefined): string[] {
  return [...new Set([simplified, toTraditional(simplified), inPhrase ?? simplified])];
}

/**
 * Rewrites the source of a regular expression written in Simplified Chinese so that it also
 * matches Traditional and mixed-script text. Characters inside `[...]` join the class;
 * characters outside become a class of their own. Escapes are copied as they are.
 */
export function scriptTolerantSource(simplifiedSource: string): string {
  const source = [...simplifiedSource];
  const phrase = [...toTraditional(simplifiedSource)];
  // opencc converts phrase by phrase; where lengths differ, fall back to single characters.
  const phraseForms = phrase.length === source.length ? phrase : [];
  let rewritten = '';
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index] ?? '';
    if (character === '\\') {
      rewritten += character + (source[index + 1] ?? '');
      index += 1;
      continue;
    }
    if (inClass && character === ']') inClass = false;
    else if (!inClass && character === '[') inClass = true;
    if (!HAN_CHARACTER.test(character)) {
      rewritten += character;
      continue;
    }
    const forms = characterForms(character, phraseForms[index]);
    if (forms.length === 1) rewritten += character;
    else rewritten += inClass ? forms.join('') : `[${forms.join('')}]`;
  }
  return rewritten;
}

/** A case-insensitive Unicode regular expression that matches the pattern in either script. */
export function scriptTolerantRegExp(simplifiedSource: string, flags = 'iu'): RegExp {
  return new RegExp(scriptTolerantSource(simplifiedSource), flags);
}
