/**
 * Golden tests of the five seeds: the metadata one can verify by reading them (values agreed in
 * the ingest contracts and issue 2), the cleaned body, and re-encoded copies giving the same article.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../scripts/ingest/article.ts';
import { sidecarPathFor } from '../../scripts/ingest/sidecar.ts';
import { ingestRelease, type IngestResult } from '../../scripts/ingest/ingestRelease.ts';
import type { Agreement } from '../../src/schema/agreement.ts';
import { reencode, seedBytes, seedName, seedText, seedsDir, type Reencoding } from './helpers.ts';

function ingestSeed(prefix: string, bytes: Uint8Array = seedBytes(prefix)): IngestResult {
  const name = seedName(prefix);
  const sidecarFile = sidecarPathFor(join(seedsDir, name));
  return ingestRelease({
    sourcePath: `content/sources/${name}`,
    bytes,
    sidecarText: existsSync(sidecarFile) ? readFileSync(sidecarFile, 'utf8') : undefined,
  });
}

const seeds = Object.fromEntries(
  ['000', '001', '002', '003', '004'].map((prefix) => [prefix, ingestSeed(prefix)]),
);
const frontMatter = (prefix: string): Agreement => {
  const seed = seeds[prefix];
  if (!seed) throw new Error(`no seed ${prefix}`);
  return seed.frontMatter;
};
const body = (prefix: string): string => parseArticle(seeds[prefix]?.article ?? '').body;

describe('seed ids (the id rule)', () => {
  it.each([
    ['000', '2017-04-07-huangpu-china-mobile'],
    ['001', '2011-08-05-shanghai-china-mobile'],
    ['002', '2019-11-20-yantai-5-operators'],
    ['003', '2016-07-08-qinghai-china-telecom'],
    ['004', '2019-12-12-wulian-china-mobile'],
  ])('%s → %s', (prefix, id) => {
    expect(frontMatter(prefix).id).toBe(id);
    expect(seeds[prefix]?.fileName).toBe(`${id}.md`);
  });
});

describe('seed metadata', () => {
  it('scripts', () => {
    expect(
      ['000', '001', '002', '003', '004'].map((prefix) => frontMatter(prefix).language),
    ).toEqual(['en', 'zh-Hans', 'zh-Hant', 'en', 'en']);
  });

  it('titles: heading, sidecar-completed, truncation flags', () => {
    expect(frontMatter('000')).toMatchObject({
      title: 'Huangpu, China Mobile Shanghai Sign Strategic Cooperation Agreement',
      titleBasis: 'heading',
      titleTruncated: false,
    });
    expect(frontMatter('001')).toMatchObject({
      title: '解读上海市政府与中国移动签署“共建智慧城市”合作框架协议',
      titleBasis: 'heading',
      titleTruncated: false,
    });
    expect(frontMatter('002')).toMatchObject({
      title: '共同推動煙臺5G應用發展戰略合作協議',
      titleBasis: 'sidecar',
    });
    expect(frontMatter('003')).toMatchObject({
      title:
        'The provincial government signed the 13th Five Year cooperation framework agreement with China Telecom',
      titleBasis: 'sidecar',
      titleTruncated: true,
    });
    expect(frontMatter('004')).toMatchObject({
      title: 'Wuzheng Group and China Mobile(Rizhao) signed a 5G strategic cooperation agreement',
      titleBasis: 'sidecar',
    });
  });

  it('publication dates', () => {
    expect(frontMatter('000').publishedOn).toMatchObject({
      value: '2017-04-20',
      precision: 'day',
      basis: 'text',
    });
    expect(frontMatter('001').publishedOn).toMatchObject({
      value: '2011-08-08',
      precision: 'day',
      basis: 'text',
    });
    expect(frontMatter('002').publishedOn).toMatchObject({
      value: '2019-11-20',
      precision: 'day',
      basis: 'text',
    });
    expect(frontMatter('003').publishedOn).toBeNull();
    expect(frontMatter('004').publishedOn).toMatchObject({
      value: '2019-12-18',
      precision: 'day',
      basis: 'text',
    });
  });

  it('signing dates: year inferred from the publication, or from the sidecar', () => {
    expect(frontMatter('000').signedOn).toMatchObject({
      value: '2017-04-07',
      precision: 'day',
      basis: 'inferred',
    });
    expect(frontMatter('001').signedOn).toMatchObject({
      value: '2011-08-05',
      precision: 'day',
      basis: 'inferred',
    });
    expect(frontMatter('002').signedOn).toMatchObject({
      value: '2019-11-20',
      precision: 'day',
      basis: 'inferred',
    });
    expect(frontMatter('003').signedOn).toMatchObject({
      value: '2016-07-08',
      precision: 'day',
      basis: 'sidecar',
    });
    expect(frontMatter('004').signedOn).toMatchObject({
      value: '2019-12-12',
      precision: 'day',
      basis: 'inferred',
    });
  });

  it('operators', () => {
    expect(frontMatter('000').operators).toEqual(['china-mobile']);
    expect(frontMatter('001').operators).toEqual(['china-mobile']);
    expect(frontMatter('002').operators).toEqual([
      'china-mobile',
      'china-telecom',
      'china-unicom',
      'china-tower',
      'china-broadnet',
    ]);
    expect(frontMatter('003').operators).toEqual(['china-telecom']);
    expect(frontMatter('004').operators).toEqual(['china-mobile']);
  });

  it('places and government parties', () => {
    const codes = (prefix: string): string[] =>
      frontMatter(prefix).places.map((place) => place.code);
    expect(codes('000')).toContain('310101');
    expect(codes('001')).toContain('310000');
    expect(codes('002')).toContain('370600');
    expect(codes('003')).toContain('630000');
    expect(codes('004')).toContain('371121');
    const governments = (prefix: string): (string | undefined)[] =>
      frontMatter(prefix)
        .parties.filter((party) => party.kind === 'government')
        .map((party) => party.placeCode);
    expect(governments('001')).toContain('310000');
    expect(governments('002')).toContain('370600');
    expect(governments('003')).toContain('630000');
    expect(frontMatter('004').parties).toContainEqual(
      expect.objectContaining({ kind: 'enterprise', name: 'Wuzheng Group' }),
    );
  });

  it('publishers and authors', () => {
    expect(frontMatter('002')).toMatchObject({ publisher: '齊魯網', author: '吳天旭' });
    expect(frontMatter('001').publisher).toContain('文汇报');
    expect(frontMatter('000').publisher).toContain('Science and Technology Commission');
  });

  it('amounts', () => {
    expect(frontMatter('001').amounts).toContainEqual(
      expect.objectContaining({ value: 13_000_000_000, currency: 'CNY' }),
    );
    expect(frontMatter('003').amounts).toContainEqual(
      expect.objectContaining({ value: 10_000_000_000, currency: 'CNY' }),
    );
  });

  it('editorial facts from the sidecars, with notes', () => {
    expect(
      frontMatter('003')
        .editorial?.notes.map((note) => note.field)
        .sort(),
    ).toEqual(['signedOn', 'title']);
    for (const prefix of ['000', '001', '002', '003', '004']) {
      expect(frontMatter(prefix).editorial?.decidedBy).toBe('Archive editors');
    }
  });

  it('source provenance', () => {
    expect(frontMatter('002').source).toMatchObject({
      path: `content/sources/${seedName('002')}`,
      encoding: 'utf-8',
      bytes: seedBytes('002').length,
    });
    expect(frontMatter('002').source.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });
});

describe('seed bodies: cleaned, in the original script, without the title line', () => {
  // Each piece of junk is looked for in the raw seed it comes from (so the pair is real) and
  // then must be gone from that seed's cleaned body.
  it.each([
    ['002', '(wǎng)'],
    ['002', '(yè)'],
    ['001', '总师室内部培训资料'],
    ['004', 'Home \u00a0>\u00a0 NEWS'],
    ['003', 'Leave a Reply'],
    ['003', 'Required fields are marked'],
    ['002', '想爆料'],
    ['000', '|\u00a0中文'],
    ['004', 'Clicks:'],
    ['004', 'Font size'],
  ])('seed %s: %j, present in the raw page, does not survive', (prefix, junk) => {
    expect(seedText(prefix)).toContain(junk);
    expect(body(prefix)).not.toContain(junk);
    expect(body(prefix).replace(/\s+/gu, ' ')).not.toContain(junk.replace(/\s+/gu, ' '));
  });

  it('keeps the original script and repairs the superscript', () => {
    expect(body('002')).toContain('煙臺市委書記張術平');
    expect(body('001')).toContain('5000 m²');
    expect(body('001')).toMatch(/^## 1、 ?精品网络：$/mu);
  });

  it('drops the heading used as the title, keeps the rest', () => {
    expect(body('000')).not.toContain('Sign Strategic Cooperation Agreement\n');
    expect(body('000')).toContain('On the morning of April 7');
    expect(body('003')).toContain('Yang Fengchun to participate in the above activities.');
  });
});

describe('re-encoded seeds give the same article (but for the source encoding, hash and size)', () => {
  const comparable = (result: IngestResult): { data: Record<string, unknown>; body: string } => {
    const { data, body: text } = parseArticle(result.article);
    const { source, ...rest } = data as Agreement;
    return { data: { ...rest, source: { path: source.path } }, body: text };
  };

  it.each([
    ['001', 'gb18030'],
    ['002', 'big5'],
    ['000', 'utf-16le'],
    ['000', 'utf-16be'],
  ] as [string, Reencoding][])('%s in %s', (prefix, encoding) => {
    const bytes = reencode(seedText(prefix), encoding);
    const result = ingestSeed(prefix, bytes);
    expect(result.frontMatter.source.encoding).toBe(encoding);
    expect(result.frontMatter.source.bytes).toBe(bytes.length);
    expect(result.frontMatter.source.sha256).not.toBe(seeds[prefix]?.frontMatter.source.sha256);
    const original = seeds[prefix];
    if (!original) throw new Error('missing seed');
    expect(comparable(result)).toEqual(comparable(original));
  });
});
