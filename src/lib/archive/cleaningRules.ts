/** The ingest pipeline's cleaning rules, by name, for the About page and the provenance panel. */
import { cleaningRules } from '../../../scripts/ingest/clean/index.ts';

export interface CleaningRuleInfo {
  name: string;
  description: string;
}

export const CLEANING_RULES: readonly CleaningRuleInfo[] = cleaningRules.map((rule) => ({
  name: rule.name,
  description: rule.description,
}));

const byName = new Map(CLEANING_RULES.map((rule) => [rule.name, rule]));

export function cleaningRule(name: string): CleaningRuleInfo | undefined {
  return byName.get(name);
}
