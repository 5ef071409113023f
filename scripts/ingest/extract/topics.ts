/**
 * Topics a text is about, from the vocabulary in content/gazetteer/topics.yaml: a topic
 * counts when one of its terms occurs (Chinese through Simplified, English at word
 * boundaries and in any case, acronyms such as 5G and AI in their own case).
 */
import { allTopics } from '../../../src/lib/gazetteer/index.ts';
import { Lexicon } from './lexicon.ts';
import type { TextView } from './textView.ts';

/** Built on first use, not at import: a run whose sources are all unchanged never needs it. */
let lexicon: Lexicon<string> | undefined;

function topicLexicon(): Lexicon<string> {
  if (lexicon) return lexicon;
  lexicon = new Lexicon<string>('insensitive');
  for (const topic of allTopics) {
    for (const term of [...topic.terms.en, ...topic.terms.zh]) {
      lexicon.add(term, topic.id);
      // "smart-city" and "smart city" alike.
      if (term.includes(' ')) lexicon.add(term.replaceAll(' ', '-'), topic.id);
      if (term.includes('-')) lexicon.add(term.replaceAll('-', ' '), topic.id);
    }
  }
  return lexicon;
}

/** Topic ids found in the view, unique and sorted. */
export function extractTopics(view: TextView): string[] {
  const ids = new Set<string>();
  for (const match of topicLexicon().scanAll(view)) for (const id of match.entries) ids.add(id);
  return [...ids].sort();
}
