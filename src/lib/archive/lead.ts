/**
 * Roughly the first sentence of a Markdown body, for a summary where no one wrote one. Taken
 * from the first paragraph that holds a whole sentence: a page's menu item or caption above
 * the text (`行业新闻`, `Today is`) is not a summary.
 */
export function leadSentence(markdown: string, limit = 200): string {
  const paragraphs = markdown
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/[\\*_`#>[\]]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p !== '');
  const plain = paragraphs.find((p) => SENTENCE_END.test(p)) ?? paragraphs[0] ?? '';
  const sentenceEnd = plain.search(SENTENCE_END);
  const sentence = sentenceEnd >= 0 ? plain.slice(0, sentenceEnd + 1) : plain;
  return sentence.length <= limit ? sentence : `${sentence.slice(0, limit - 1).trimEnd()}…`;
}

const SENTENCE_END = /[。！？]|[.!?](\s|$)/;
