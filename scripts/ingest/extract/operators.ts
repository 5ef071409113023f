/**
 * Operators named in a release, as canonical ids: groups and branches, in zh-Hans,
 * zh-Hant and English (中国移动, 山東聯通, China Mobile(Rizhao), Shandong Mobile).
 * The vocabulary is content/gazetteer/operators.yaml; matching is src/lib/gazetteer/match.
 */
import { OPERATOR_IDS, type OperatorId } from '../../../src/schema/agreement.ts';
import { readText } from '../../../src/lib/gazetteer/match/index.ts';

/** Unique operator ids, in OPERATOR_IDS order. */
export function extractOperators(text: string): OperatorId[] {
  const named = new Set(readText(text).operators.map((m) => m.operator));
  return OPERATOR_IDS.filter((id) => named.has(id));
}
