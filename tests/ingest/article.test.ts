import type { Root } from 'mdast';
import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import {
  bodyTree,
  FrontMatterBug,
  ingestedFrontMatter,
  isSectionLabel,
  parseArticle,
  renderArticle,
} from '../../scripts/ingest/article.ts';
import { agreementSchema, type Agreement } from '../../src/schema/agreement.ts';

export const SAMPLE_FRONT_MATTER: Agreement = {
  id: '2020-chengdu-china-unicom',
  title: 'Chengdu and China Unicom: *not emphasis* # not a heading',
  titleBasis: 'heading',
  titleTruncated: false,
  language: 'en',
  publishedOn: { value: '2020-10-13', precision: 'day', basis: 'text', evidence: 'Oct 13, 2020' },
  signedOn: { value: '2020', precision: 'year', basis: 'inferred', evidence: 'Oct 13, 2020' },
  publisher: 'yes',
  author: null,
  operators: ['china-unicom'],
  parties: [{ name: 'Chengdu Municipal Government', kind: 'government', placeCode: '510100' }],
  places: [{ code: '510100', level: 'prefecture' }],
  amounts: [{ value: 1e9, currency: 'CNY', text: '1 billion yuan' }],
  topics: ['5g'],
  source: { path: 'content/sources/x.txt', sha256: 'a'.repeat(64), encoding: 'utf-8', bytes: 1200 },
  cleaning: [{ rule: 'normaliseWhitespace', changes: 3 }],
  warnings: ['a warning: with a colon'],
  editorial: null,
};

/** Text a release might contain that Markdown would otherwise interpret. */
const HOSTILE_PARAGRAPHS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '---',
  '# not a heading',
  '* not a list',
  '1. not a list either',
  '> not a quote',
  '    not code',
  'a *b* _c_ `d` ~~e~~ \\ &amp; <b>f</b> ![g](h.png) <!-- i -->',
  '```',
  '===',
];

function textOf(node: object): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  const children =
    'children' in node && Array.isArray(node.children) ? (node.children as object[]) : [];
  return children.map(textOf).join('');
}

describe('section labels', () => {
  it('recognises short numbered labels', () => {
    for (const label of [
      '1、 精品网络：',
      '10、上海国际航运中心建设：',
      '三、 合作内容',
      '2. Scope:',
    ]) {
      expect(isSectionLabel(label)).toBe(true);
    }
  });

  it('does not take numbered sentences for labels', () => {
    for (const paragraph of [
      '1、 中国移动将投入超过 130 亿元，建设精品无线城市。',
      '2019. The year of 5G.',
      '2020年计划完成市区5G网络覆盖',
      'Huangpu, China Mobile Shanghai Sign Strategic Cooperation Agreement',
    ]) {
      expect(isSectionLabel(paragraph)).toBe(false);
    }
  });

  it('makes them level-2 headings and everything else paragraphs', () => {
    const tree = bodyTree(['1、 精品网络：', '实现全市无线宽带接入。']);
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph']);
  });
});

describe('renderArticle', () => {
  const article = renderArticle('x.txt', SAMPLE_FRONT_MATTER, HOSTILE_PARAGRAPHS);

  it('front matter reads back equal, in the schema key order', () => {
    const { data } = parseArticle(article);
    expect(agreementSchema.parse(data)).toEqual(SAMPLE_FRONT_MATTER);
    // Every key the facts have, in the schema's order (an optional key only when it has a value).
    expect(Object.keys(data)).toEqual(
      Object.keys(agreementSchema.shape).filter((key) => key in SAMPLE_FRONT_MATTER),
    );
    expect(ingestedFrontMatter(article)).toEqual(SAMPLE_FRONT_MATTER);
  });

  it('writes a month-day without a year after the signing date, and only where there is none', () => {
    const dayWithoutYear = { value: '--04-03', evidence: '4月3日上午' };
    const undated = {
      ...SAMPLE_FRONT_MATTER,
      signedOn: null,
      signedDayWithoutYear: dayWithoutYear,
    };
    const keys = Object.keys(parseArticle(renderArticle('x.txt', undated, ['text'])).data);
    expect(keys.slice(keys.indexOf('signedOn'), keys.indexOf('signedOn') + 3)).toEqual([
      'signedOn',
      'signedDayWithoutYear',
      'publisher',
    ]);
    expect(() =>
      renderArticle('x.txt', { ...SAMPLE_FRONT_MATTER, signedDayWithoutYear: dayWithoutYear }, []),
    ).toThrow(/signedDayWithoutYear is only for an agreement whose signing date is not known/u);
  });

  it('keeps YAML-looking strings as strings (yes, dates, numbers)', () => {
    expect(article).toMatch(/^publisher: '?yes'?$/mu);
    expect(parseArticle(article).data['publisher']).toBe('yes');
  });

  it('every hostile paragraph comes back as one plain-text paragraph', () => {
    const tree = remark.parse(parseArticle(article).body) as Root;
    expect(tree.children.map((node) => node.type)).toEqual(
      HOSTILE_PARAGRAPHS.map(() => 'paragraph'),
    );
    expect(tree.children.map((node) => textOf(node))).toEqual(HOSTILE_PARAGRAPHS);
    const kinds = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }): void => {
      kinds.add(node.type);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(tree);
    expect([...kinds].sort()).toEqual(['paragraph', 'root', 'text']);
  });

  it('no raw HTML or link survives in the Markdown', () => {
    const { body } = parseArticle(article);
    expect(body).not.toMatch(/(^|[^\\])<script/u);
    expect(body).not.toMatch(/(^|[^\\])<img/u);
    expect(body).not.toMatch(/(^|[^\\])\[click\]\(/u);
    expect(body.split('\n')).not.toContain('---');
  });

  it('is deterministic', () => {
    expect(renderArticle('x.txt', SAMPLE_FRONT_MATTER, HOSTILE_PARAGRAPHS)).toBe(article);
  });

  it('refuses front matter the schema rejects, loudly', () => {
    const broken = { ...SAMPLE_FRONT_MATTER, id: 'Not A Slug', topics: ['Big Data'] };
    expect(() => renderArticle('x.txt', broken, ['text'])).toThrow(FrontMatterBug);
    expect(() => renderArticle('x.txt', broken, ['text'])).toThrow(
      /BUG in ingest.*x\.txt[\s\S]*id:[\s\S]*topics\.0:/u,
    );
  });

  it('ingestedFrontMatter is null for files ingest did not write', () => {
    expect(ingestedFrontMatter('# A hand-written page\n')).toBeNull();
    expect(ingestedFrontMatter('---\ntitle: x\n---\nbody\n')).toBeNull();
    expect(ingestedFrontMatter('---\n: : bad yaml [\n---\n')).toBeNull();
  });
});
