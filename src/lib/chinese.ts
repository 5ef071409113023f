/**
 * Simplified ⇄ Traditional conversion, the one place the project calls opencc-js.
 * `tw` (not `twp`): character forms only. `twp` also rewrites vocabulary (软件 → 軟體),
 * which would change what a source says.
 */
import * as OpenCC from 'opencc-js';

const simplifiedToTraditionalConverter = OpenCC.Converter({ from: 'cn', to: 'tw' });
const traditionalToSimplifiedConverter = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * Names (of places, parties, operators) are converted again on every page that shows them;
 * at 100,000 agreements that is millions of calls for a few thousand distinct names. Short
 * strings are remembered; long ones (bodies) are converted once per page and not kept.
 */
const REMEMBERED_LENGTH = 64;
const REMEMBERED_COUNT = 50_000;

function remembering(convert: (text: string) => string): (text: string) => string {
  const remembered = new Map<string, string>();
  return (text) => {
    if (text.length > REMEMBERED_LENGTH) return convert(text);
    let converted = remembered.get(text);
    if (converted === undefined) {
      converted = convert(text);
      if (remembered.size >= REMEMBERED_COUNT) remembered.clear();
      remembered.set(text, converted);
    }
    return converted;
  };
}

const simplifiedToTraditional = remembering(simplifiedToTraditionalConverter);
const traditionalToSimplified = remembering(traditionalToSimplifiedConverter);

export function toTraditional(simplified: string): string {
  return simplifiedToTraditional(simplified);
}

export function toSimplified(traditional: string): string {
  return traditionalToSimplified(traditional);
}

/** Han ideographs (CJK Unified Ideographs and Extension A). */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/u;
