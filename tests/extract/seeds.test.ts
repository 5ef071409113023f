/**
 * The text extractors on the five seeds as the real pipeline prepares them: raw bytes from
 * content/sources, decoded as UTF-8 (all five are) and cleaned by cleanText. The unit tests
 * use hand-checked fixtures; this file shows the same facts survive the actual cleaning.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../scripts/ingest/clean/index.ts';
import { extractAmounts } from '../../scripts/ingest/extract/amounts.ts';
import { extractByline } from '../../scripts/ingest/extract/byline.ts';
import { extractDates } from '../../scripts/ingest/extract/dates.ts';
import { detectScript } from '../../scripts/ingest/extract/script.ts';
import { extractTitle } from '../../scripts/ingest/extract/title.ts';

function cleanedSource(name: string): string {
  const raw = readFileSync(new URL(`../../content/sources/${name}.txt`, import.meta.url), 'utf8');
  return cleanText(raw).text;
}

const day = (value: string, basis: 'text' | 'inferred', evidence: string) => ({
  value,
  precision: 'day',
  basis,
  evidence,
});

const seeds = [
  {
    name: '000_5bb37ff1206ba871',
    language: 'en',
    title: 'Huangpu, China Mobile Shanghai Sign Strategic Cooperation Agreement',
    truncated: false,
    publishedOn: day('2017-04-20', 'text', '2017/4/20'),
    signedOn: day('2017-04-07', 'inferred', 'On the morning of April 7'),
    publisher: 'Science and Technology Commission',
    author: null,
    amounts: [],
  },
  {
    name: '001_c6f302dbc17396ed',
    language: 'zh-Hans',
    title: '解读上海市政府与中国移动签署“共建智慧城市”合作框架协议',
    truncated: false,
    publishedOn: day('2011-08-08', 'text', '2011 年 8 月 8 日'),
    signedOn: day('2011-08-05', 'inferred', '8 月 5 日'),
    publisher: '文汇报',
    author: '徐一大',
    amounts: [{ value: 13_000_000_000, currency: 'CNY', text: '130 亿' }],
  },
  {
    name: '002_4538e34c3cc89bcd',
    language: 'zh-Hant',
    title: null,
    truncated: false,
    publishedOn: day('2019-11-20', 'text', '2019-11-20 17:54:11'),
    signedOn: day('2019-11-20', 'inferred', '11月20日上午'),
    publisher: '齊魯網',
    author: '吳天旭',
    amounts: [],
  },
  {
    name: '003_5ac30d3eb63e27dd',
    language: 'en',
    title:
      'The provincial government signed the 13th Five Year cooperation framework agreement with China Telec',
    truncated: true,
    publishedOn: null,
    signedOn: null,
    publisher: null,
    author: null,
    amounts: [{ value: 10_000_000_000, currency: 'CNY', text: '10 billion yuan' }],
  },
  {
    name: '004_9828d1b0e7f253aa',
    language: 'en',
    title: 'Wuzheng Group and China Mobile(Rizhao) signed a 5G strategic cooperation',
    truncated: false,
    publishedOn: day('2019-12-18', 'text', '2019.12.18'),
    signedOn: day('2019-12-12', 'inferred', 'In the morning of December 12th'),
    publisher: null,
    author: null,
    amounts: [],
  },
] as const;

describe.each(seeds)('seed $name through cleanText', (seed) => {
  const text = cleanedSource(seed.name);
  const paragraphs = text.split('\n\n');

  it('script', () => {
    expect(detectScript(text)).toBe(seed.language);
  });

  it('title', () => {
    const heading = extractTitle(paragraphs);
    expect(heading?.title ?? null).toBe(seed.title);
    expect(heading?.truncated ?? false).toBe(seed.truncated);
  });

  it('dates', () => {
    expect(extractDates(paragraphs, seed.language)).toEqual({
      publishedOn: seed.publishedOn,
      signedOn: seed.signedOn,
    });
  });

  it('byline', () => {
    expect(extractByline(paragraphs)).toEqual({ publisher: seed.publisher, author: seed.author });
  });

  it('amounts', () => {
    expect(extractAmounts(text)).toEqual(seed.amounts);
  });
});
