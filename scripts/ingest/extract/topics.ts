/**
 * Topics of a release, from the vocabulary in content/gazetteer/topics.yaml.
 */
import { readTopics, viewOf } from '../../../src/lib/gazetteer/match/index.ts';

/** Topic ids, unique, sorted. */
export function extractTopics(text: string): string[] {
  return readTopics(viewOf(text));
}
