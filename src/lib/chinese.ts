/**
 * Simplified ⇄ Traditional conversion, the one place the project calls opencc-js.
 * `tw` (not `twp`): character forms only. `twp` also rewrites vocabulary (软件 → 軟體),
 * which would change what a source says.
 */
import * as OpenCC from 'opencc-js';

const simplifiedToTraditionalConverter = OpenCC.Converter({ from: 'cn', to: 'tw' });
const traditionalToSimplifiedConverter = OpenCC.Converter({ from: 'tw', to: 'cn' });

export function toTraditional(simplified: string): string {
  return simplifiedToTraditionalConverter(simplified);
}

export function toSimplified(traditional: string): string {
  return traditionalToSimplifiedConverter(traditional);
}

/** Han ideographs (CJK Unified Ideographs and Extension A). */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/u;
