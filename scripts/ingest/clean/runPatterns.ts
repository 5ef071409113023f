/**
 * Rewrites of regular-expression sources that start with a run of a negated class, `[^C]*`,
 * as the promotional sentences of site-chrome.json do (`[^。！？\n]*广告热线…(?:[。！]|$)`).
 * Tried at every position of a line, such a run rescans the rest of its sentence each time:
 * quadratic on a long line without 。 (an English paragraph).
 */

/** `[^C]*` at the start of a pattern. */
const LEADING_RUN = /^\[\^((?:\\.|[^\]\\])+)\]\*/su;
/** `[^C]*` at the start of a pattern and `(?:[E]|$)` at its end, E being characters of C. */
const RUN_PATTERN = /^\[\^((?:\\.|[^\]\\])+)\]\*.*\(\?:\[((?:\\.|[^\]\\])+)\]\|\$\)$/su;

/** Whether `a|b` splits the whole pattern (then its start and end belong to different branches). */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index];
    if (character === '\\') index += 1;
    else if (inClass) inClass = character !== ']';
    else if (character === '[') inClass = true;
    else if (character === '(') depth += 1;
    else if (character === ')') depth -= 1;
    else if (character === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * A match of `[^C]*…` can only start where a run of the class starts, so a lookbehind says
 * so and the scan skips every other position. It finds the same matches only if each ends
 * on a character outside the run (or the line's end), so that the next search also starts
 * where a run starts; other patterns are returned as written.
 */
export function startingAtRunStarts(source: string): string {
  const run = RUN_PATTERN.exec(source);
  if (run === null || hasTopLevelAlternative(source)) return source;
  const [, runClass = '', endClass = ''] = run;
  const endsOutsideRun = [...endClass].every(
    (character) => character !== '\\' && runClass.includes(character),
  );
  return endsOutsideRun ? `(?<![^${runClass}])${source}` : source;
}

/**
 * The pattern less its leading run: it matches wherever the rest of a match of the pattern
 * stands, so a text it does not match, the pattern does not match either.
 */
export function withoutLeadingRun(source: string): string {
  const run = LEADING_RUN.exec(source);
  return run === null || hasTopLevelAlternative(source) ? source : source.slice(run[0].length);
}
