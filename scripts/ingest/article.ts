/**
 * One article file: YAML front matter (gray-matter) validated against `agreementSchema`, and a
 * body built as an mdast tree and serialised by remark, so that whatever the release says
 * (`*`, `#`, `<script>`, `---`, `[x](javascript:…)`) is escaped text, never markup.
 */
import matter from 'gray-matter';
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { remark } from 'remark';
import { agreementSchema, type Agreement } from '../../src/schema/agreement.ts';

/**
 * A short numbered section label standing alone (`1、 精品网络：`, `10、上海国际航运中心建设：`,
 * `三、 合作内容`, `2. Scope:`): releases use these as headings. A numbered sentence is not
 * one: the label is short and has no sentence punctuation; after `1.` it must end with a colon,
 * or `1. item` list lines would become headings.
 */
const SECTION_LABEL =
  /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:、\s*[^。！？；;!?.，,]{1,24}?[：:]?|[．.]\s*[^。！？；;!?.，,]{1,24}?[：:])$/u;

export function isSectionLabel(paragraph: string): boolean {
  return SECTION_LABEL.test(paragraph);
}

/** The body as mdast: a level-2 heading per section label, a paragraph per other paragraph. */
export function bodyTree(paragraphs: readonly string[]): Root {
  const children: RootContent[] = paragraphs.map((value): Heading | Paragraph =>
    isSectionLabel(value)
      ? { type: 'heading', depth: 2, children: [{ type: 'text', value }] }
      : { type: 'paragraph', children: [{ type: 'text', value }] },
  );
  return { type: 'root', children };
}

const serialiser = remark()
  .data('settings', {
    // GFM (which the site's Markdown may enable) reads `~~x~~` as strikethrough: keep it text.
    unsafe: [{ character: '~', inConstruct: 'phrasing' }],
  })
  .freeze();

export function serialiseBody(tree: Root): string {
  return serialiser.stringify(tree);
}

/** The front matter fails the schema: the pipeline built something it must not write. */
export class FrontMatterBug extends Error {
  constructor(
    readonly file: string,
    readonly issues: string[],
  ) {
    super(
      `BUG in ingest: the front matter built for ${file} fails agreementSchema, so nothing was written for it:\n` +
        issues.map((issue) => `  - ${issue}`).join('\n'),
    );
    this.name = 'FrontMatterBug';
  }
}

/** js-yaml options: no line folding and no anchors, so output is plain and stable. */
const YAML_DUMP_OPTIONS = { lineWidth: -1, noRefs: true } as const;

/** Drops `undefined` members (js-yaml refuses them) and normalises to plain data. */
function plainData(value: Agreement): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}

/**
 * The whole article file. The front matter is validated first; its key order is the schema's
 * (zod rebuilds objects in shape order), so equal facts always give equal bytes.
 */
/** What ingest writes: the schema, and a month-day without a year only where no signing date is. */
const writtenSchema = agreementSchema.refine(
  (agreement) => !(agreement.signedOn && agreement.signedDayWithoutYear),
  {
    message: 'signedDayWithoutYear is only for an agreement whose signing date is not known',
    path: ['signedDayWithoutYear'],
  },
);

export function renderArticle(
  file: string,
  frontMatter: Agreement,
  bodyParagraphs: readonly string[],
): string {
  const result = writtenSchema.safeParse(frontMatter);
  if (!result.success) {
    throw new FrontMatterBug(
      file,
      result.error.issues.map(
        (issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
      ),
    );
  }
  const body = serialiseBody(bodyTree(bodyParagraphs));
  return matter.stringify(
    body,
    plainData(result.data),
    YAML_DUMP_OPTIONS as matter.GrayMatterOption<string, never>,
  );
}

export interface ParsedArticle {
  data: Record<string, unknown>;
  body: string;
}

/** Reads an article file back (front matter and body). Never cached: gray-matter caches option-less calls forever. */
export function parseArticle(text: string): ParsedArticle {
  const parsed = matter(text, {});
  return { data: parsed.data, body: parsed.content };
}

/** The front matter of a file this ingest wrote, or null for any other file. */
export function ingestedFrontMatter(text: string): Agreement | null {
  try {
    const result = agreementSchema.safeParse(parseArticle(text).data);
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
