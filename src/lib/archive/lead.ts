/** Roughly the first sentence of a Markdown body, for a summary where no one wrote one. */
export function leadSentence(markdown: string, limit = 200): string {
  const firstParagraph = markdown.split(/\n\s*\n/).find((p) => p.trim() !== '') ?? '';
  const plain = firstParagraph
    .replace(/[\\*_`#>[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const sentenceEnd = plain.search(/[。！？]|[.!?](\s|$)/);
  const sentence = sentenceEnd >= 0 ? plain.slice(0, sentenceEnd + 1) : plain;
  return sentence.length <= limit ? sentence : `${sentence.slice(0, limit - 1).trimEnd()}…`;
}
