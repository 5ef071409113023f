/**
 * The ingest pipeline's cleaning rules, by name, for the About page and the provenance panel.
 * Data (cleaning-rules.json), read by the site and checked by ingest against the rules it runs.
 */
import { z } from 'zod';
import file from './cleaning-rules.json' with { type: 'json' };

const cleaningRulesFileSchema = z.object({
  $comment: z.string(),
  rules: z.array(
    z.object({ name: z.string().regex(/^[a-z][a-zA-Z]+$/u), description: z.string() }),
  ),
});

export interface CleaningRuleInfo {
  name: string;
  description: string;
}

/** The rules in the order ingest runs them. */
export const CLEANING_RULES: readonly CleaningRuleInfo[] =
  cleaningRulesFileSchema.parse(file).rules;

const byName = new Map(CLEANING_RULES.map((rule) => [rule.name, rule]));

export function cleaningRule(name: string): CleaningRuleInfo | undefined {
  return byName.get(name);
}
