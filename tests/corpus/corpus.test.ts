import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSimplified } from '../../src/lib/chinese.ts';
import { buildContext, dateSlots } from '../../scripts/corpus/context.ts';
import { writeCorpus } from '../../scripts/corpus/corpus.ts';
import { loadPlaces } from '../../scripts/corpus/loadPlaces.ts';
import { SCRIPTS, type Script } from '../../scripts/corpus/placeIndex.ts';
import { Random } from '../../scripts/corpus/prng.ts';
import {
  characterCount,
  generateRelease,
  MESSES,
  type Mess,
  type Release,
} from '../../scripts/corpus/release.ts';
import { restateSum, yuanOf } from '../../scripts/corpus/sums.ts';
import { slotNames } from '../../scripts/corpus/template.ts';
import {
  GAZETTEER_OPERATORS,
  loadVocabulary,
  TEMPLATE_DIR,
} from '../../scripts/corpus/vocabulary.ts';

const SEED = 'test';
const SAMPLE = 3000;
const vocabulary = loadVocabulary();
const releases: Release[] = Array.from({ length: SAMPLE }, (_, i) =>
  generateRelease(SEED, i, vocabulary),
);
const share = (predicate: (release: Release) => boolean): number =>
  releases.filter(predicate).length / SAMPLE;
const withMess = (mess: Mess): Release[] =>
  releases.filter((release) => release.messes.includes(mess));
/** A Traditional release's text without converter pinyin (網(wǎng) → 網). */
const stripPinyin = (text: string): string => text.replace(/\([a-zü\u00e0-\u01dc]+\)/gu, '');

describe('determinism', () => {
  it('gives the same bytes for the same seed and index, whatever was generated before', () => {
    const again = generateRelease(SEED, 1234, vocabulary);
    expect(again.fileName).toBe(releases[1234]!.fileName);
    expect(Buffer.from(again.bytes).equals(Buffer.from(releases[1234]!.bytes))).toBe(true);
  });

  it('gives different releases for different seeds', () => {
    expect(generateRelease('other', 0, vocabulary).text).not.toBe(releases[0]!.text);
  });

  describe('on disk', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const digest = (folder: string): Record<string, string> =>
      Object.fromEntries(
        readdirSync(folder)
          .sort()
          .map((name) => [
            name,
            createHash('sha256')
              .update(readFileSync(join(folder, name)))
              .digest('hex'),
          ]),
      );

    it('writes the same files twice, and extends a corpus without changing it', () => {
      const first = writeCorpus({ count: 40, seed: SEED, out: join(dir, 'a') });
      writeCorpus({ count: 40, seed: SEED, out: join(dir, 'b') });
      expect(digest(join(dir, 'a'))).toEqual(digest(join(dir, 'b')));
      expect(first.count).toBe(40);
      expect(readdirSync(join(dir, 'a'))).toHaveLength(40);

      writeCorpus({ count: 30, seed: SEED, out: join(dir, 'c') });
      writeCorpus({ count: 10, seed: SEED, out: join(dir, 'c'), start: 30 });
      expect(digest(join(dir, 'c'))).toEqual(digest(join(dir, 'a')));
    });
  });
});

describe('proportions', () => {
  const weights = vocabulary.shape.languages;
  const total = weights['zh-Hans'] + weights['zh-Hant'] + weights.en;

  it('follows the documented script mix: about 45% Simplified, 20% Traditional, 35% English', () => {
    expect(weights['zh-Hans'] / total).toBeCloseTo(0.45, 2);
    expect(weights['zh-Hant'] / total).toBeCloseTo(0.2, 2);
    expect(weights.en / total).toBeCloseTo(0.35, 2);
    for (const script of SCRIPTS) {
      // Three standard deviations of a binomial share at n = 3000 are under 2.8 points.
      expect(Math.abs(share((r) => r.language === script) - weights[script] / total)).toBeLessThan(
        0.028,
      );
    }
  });

  it('writes Chinese releases in Chinese and English ones in English', () => {
    for (const release of releases.slice(0, 300)) {
      const text = stripPinyin(release.text);
      const han = (text.match(/[\u4e00-\u9fff]/gu) ?? []).length;
      const latin = (text.match(/[A-Za-z]/gu) ?? []).length;
      if (release.language === 'en') expect(han).toBeLessThan(latin / 20);
      else expect(han).toBeGreaterThan(latin);
    }
  });

  it('keeps Traditional and Simplified releases in their own script', () => {
    // Share of Han characters that opencc would change to Simplified. Not zero for Simplified
    // text: opencc reads a few Simplified characters as Traditional (the surname 沈 → 沉).
    const traditionalShare = (text: string): number => {
      const han = [...text].filter((char) => /[\u4e00-\u9fff]/u.test(char));
      const simplified = [...toSimplified(han.join(''))];
      return han.filter((char, i) => char !== simplified[i]).length / Math.max(1, han.length);
    };
    for (const release of releases.slice(0, 300)) {
      if (release.language === 'en') continue;
      const share = traditionalShare(stripPinyin(release.text));
      if (release.language === 'zh-Hans') expect(share, release.fileName).toBeLessThan(0.01);
      else expect(share, release.fileName).toBeGreaterThan(0.1);
    }
  });

  it('mixes layouts and encodings', () => {
    for (const layout of ['web', 'pdf', 'plain'] as const)
      expect(share((r) => r.layout === layout)).toBeGreaterThan(0.08);
    expect(share((r) => r.encoding === 'utf-8')).toBeGreaterThan(0.8);
    for (const encoding of [
      'utf-8-bom',
      'gb18030',
      'utf-16le-bom',
      'utf-16be-bom',
      'big5',
    ] as const) {
      expect(releases.some((r) => r.encoding === encoding)).toBe(true);
    }
  });
});

describe('lengths', () => {
  const lengths = releases.map((release) => characterCount(release.text));

  it('stays within 300 to 6,000 characters', () => {
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(300);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(6000);
  });

  it('spreads over the range: short notices and long reports both occur', () => {
    expect(lengths.filter((n) => n < 800).length / SAMPLE).toBeGreaterThan(0.05);
    expect(lengths.filter((n) => n > 4000).length / SAMPLE).toBeGreaterThan(0.05);
  });
});

describe('the messes of real releases', () => {
  it('has every kind of mess somewhere in the sample', () => {
    for (const mess of MESSES) expect(withMess(mess).length, mess).toBeGreaterThan(0);
  });

  // What each mess looks like in the text, so a flag cannot claim a mess the text lacks.
  const evidence: Partial<Record<Mess, RegExp>> = {
    'pinyin-annotations': /[\u4e00-\u9fff]\([a-zü\u00e0-\u01dc]+\)/u,
    'half-width-punctuation': /[\u4e00-\u9fff][,:;(?!]|[,:;)?!][\u4e00-\u9fff]/u,
    breadcrumb: /(?:^|\n)[^\n]*(?:>|»|\/)[^\n]*(?:>|»|\/)/u,
    'language-toggle': /中文|English|繁體|简体|Chinese/u,
    'comment-form': /评论|評論|[Cc]omment|Reply/u,
    'page-number':
      /\n\s*(?:-\s*\d+\s*-|—\s+\d+\s+—|第\s+\d+\s+[页頁]\s+共\s+\d+\s+[页頁]|Page\s+\d+\s+of\s+\d+|\d+)\s*\n/u,
    'broken-superscript': /M[ \t\u00a0]*\r?\n\s*2/u,
    crlf: /\r\n/u,
    'ideographic-indent': /\u3000\u3000/u,
    'no-break-spaces': /\u00a0/u,
    'doubled-spaces': /\S {2}\S/u,
  };

  it.each(Object.entries(evidence) as [Mess, RegExp][])('%s shows in the text', (mess, pattern) => {
    const flagged = withMess(mess);
    expect(flagged.length).toBeGreaterThan(0);
    for (const release of flagged) {
      const text = mess === 'pinyin-annotations' ? release.text : stripPinyin(release.text);
      expect(text, `${release.fileName}`).toMatch(pattern);
    }
  });

  it('hard-wraps PDF extractions into short lines, with running headers repeated per page', () => {
    for (const release of withMess('hard-wrap').slice(0, 100)) {
      // Body lines: those after the title, less running headers (repeated) and blank lines.
      const lines = stripPinyin(release.text)
        .split(/\r?\n/u)
        .slice(1)
        .map((line) => line.trim())
        .filter((line) => line.length > 0);
      const once = lines.filter((line) => lines.indexOf(line) === lines.lastIndexOf(line));
      const lengths = once.map((line) => line.length).sort((a, b) => a - b);
      // The 95th percentile: a byline or an excerpt note above the body may run longer.
      const p95 = lengths[Math.floor(lengths.length * 0.95)] ?? 0;
      expect(p95, release.fileName).toBeLessThanOrEqual(release.language === 'en' ? 100 : 60);
    }
    for (const release of withMess('page-header').slice(0, 100)) {
      const counts = new Map<string, number>();
      for (const line of stripPinyin(release.text).split(/\r?\n/u))
        counts.set(line.trim(), (counts.get(line.trim()) ?? 0) + 1);
      const repeated = [...counts].filter(
        ([line, n]) =>
          line.length > 8 && n >= 1 && /内部资料|內部資料|专报|專報|期|Bulletin|Digest/u.test(line),
      );
      expect(repeated.length, release.fileName).toBeGreaterThan(0);
    }
  });

  it('dates releases in the formats real releases use', () => {
    const formats: Record<string, RegExp> = {
      'YYYY/M/D': /\b20\d\d\/\d{1,2}\/\d{1,2}\b/u,
      'YYYY.MM.DD': /\b20\d\d\.\d\d\.\d\d\b/u,
      'YYYY-MM-DD hh:mm:ss': /\b20\d\d-\d\d-\d\d \d\d:\d\d:\d\d\b/u,
      'YYYY 年 M 月 D 日': /20\d\d ?[年年] ?\d{1,2} ?[月] ?\d{1,2} ?日/u,
      'M 月 D 日': /(?<!年 ?)\b\d{1,2} ?月 ?\d{1,2} ?日/u,
      'On the morning of Month D': /On the morning of [A-Z][a-z]+ \d{1,2}\b/u,
      'D Month':
        /\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u,
      'Mon D': /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}\b/u,
      'M/D/YYYY': /\b\d{1,2}\/\d{1,2}\/20\d\d\b/u,
      relative: /日前|近日|今天|Recently|Today/u,
    };
    for (const [name, pattern] of Object.entries(formats)) {
      expect(
        releases.some((release) => pattern.test(release.text)),
        name,
      ).toBe(true);
    }
  });

  it('states money amounts in both languages', () => {
    expect(share((r) => /\d+(?:\.\d+)? ?(?:亿|万)元?/u.test(r.text))).toBeGreaterThan(0.2);
    expect(releases.some((r) => /\d+ (?:billion|million) yuan|RMB \d+ billion/u.test(r.text))).toBe(
      true,
    );
  });
});

describe('names from the gazetteer', () => {
  const places = loadPlaces();
  const operators = (
    parse(readFileSync(GAZETTEER_OPERATORS, 'utf8')) as {
      operators: {
        id: string;
        aliases: { zh: string[]; en: string[] };
        branchWord: { zh: string[]; en: string[] };
      }[];
    }
  ).operators;

  it("names each release's place, in the release's script", () => {
    for (const release of releases.slice(0, 500)) {
      const place = places.byCode.get(release.placeCode);
      expect(place, release.placeCode).toBeDefined();
      const names = place!.names[release.language];
      const text = stripPinyin(release.text).replace(/\s+/gu, release.language === 'en' ? ' ' : '');
      expect(text, release.fileName).toContain(names.short);
    }
  });

  it('names each operator with a name the gazetteer knows', () => {
    for (const release of releases.slice(0, 500)) {
      // Hard wraps may split a name: join lines as ingest does (Chinese without a space).
      const text =
        release.language === 'en'
          ? release.text.replace(/\s+/gu, ' ')
          : toSimplified(stripPinyin(release.text)).replace(/\s+/gu, '');
      for (const id of release.operators) {
        const entry = operators.find((operator) => operator.id === id)!;
        const terms =
          release.language === 'en'
            ? [...entry.aliases.en, ...entry.branchWord.en]
            : [...entry.aliases.zh, ...entry.branchWord.zh];
        expect(
          terms.some((term) => text.includes(term)),
          `${release.fileName}: ${id}`,
        ).toBe(true);
      }
    }
  });

  it('draws topics from the gazetteer vocabulary', () => {
    const topicIds = new Set(
      (
        parse(readFileSync(join(TEMPLATE_DIR, '../../content/gazetteer/topics.yaml'), 'utf8')) as {
          topics: { id: string }[];
        }
      ).topics.map((t) => t.id),
    );
    for (const topic of vocabulary.scripts.en.topics)
      expect(topicIds.has(topic.id), topic.id).toBe(true);
  });
});

describe('templates', () => {
  it('use only slots a release context fills', () => {
    const dateKeys = new Set(
      Object.keys(dateSlots({ year: 2020, month: 1, day: 2 }, new Random('d'))),
    );
    for (const script of SCRIPTS as Script[]) {
      const context = buildContext(new Random(`slots-${script}`), vocabulary, script);
      const known = new Set(Object.keys(context.slots));
      const { templates, chrome, topics, operators } = vocabulary.scripts[script];
      const check = (template: string, allowed: Set<string>): void => {
        for (const slot of slotNames(template))
          expect(allowed.has(slot), `${script}: {${slot}} in "${template}"`).toBe(true);
      };
      for (const { template } of templates.restatedSums) check(template, new Set(['amount']));
      for (const [key, value] of Object.entries(templates)) {
        if (key === 'restatedSums') continue;
        const strings = Array.isArray(value) ? value : Object.values(value ?? {}).flat();
        for (const template of strings as string[])
          check(template, key === 'signDates' || key === 'publishedDates' ? dateKeys : known);
      }
      for (const [key, strings] of Object.entries(chrome)) {
        for (const template of strings)
          check(template, key === 'pageFooters' ? new Set(['page', 'pages']) : known);
      }
      for (const topic of topics) for (const sentence of topic.sentences) check(sentence, known);
      for (const names of operators.values())
        for (const pattern of [...names.province, ...names.city]) check(pattern, known);
    }
  });

  it('are written here, not copied from the seeds: no run of 20 Chinese or 40 English characters of a seed appears', () => {
    const sourcesDir = join(TEMPLATE_DIR, '../../content/sources');
    const normalise = (text: string): string => text.replace(/\s+/gu, ' ');
    // The seeds only: the real-release set (real-*.txt) came after the templates, and news
    // phrases such as "the construction of information infrastructure" recur there by nature.
    const seeds = readdirSync(sourcesDir)
      .filter((file) => file.endsWith('.txt') && !file.startsWith('real-'))
      .map((name) => normalise(iconv.decode(readFileSync(join(sourcesDir, name)), 'utf8')));
    const windowsOf = (size: number): Set<string> => {
      const windows = new Set<string>();
      for (const seed of seeds)
        for (let i = 0; i + size <= seed.length; i++) windows.add(seed.slice(i, i + size));
      return windows;
    };
    const bySize = { 20: windowsOf(20), 40: windowsOf(40) };
    for (const release of releases) {
      const size = release.language === 'en' ? 40 : 20;
      const text = normalise(release.language === 'en' ? release.text : stripPinyin(release.text));
      for (let i = 0; i + size <= text.length; i++) {
        const window = text.slice(i, i + size);
        if (bySize[size].has(window))
          expect.fail(`${release.fileName} repeats a seed: "${window}"`);
      }
    }
  });
});

describe('encodings', () => {
  it('writes bytes that decode back to the text, with the BOM the encoding calls for', () => {
    const names: Record<string, string> = {
      'utf-8': 'utf8',
      'utf-8-bom': 'utf8',
      gb18030: 'gb18030',
      big5: 'big5',
      'utf-16le-bom': 'utf16le',
      'utf-16be-bom': 'utf16be',
    };
    const boms: Record<string, number[]> = {
      'utf-8-bom': [0xef, 0xbb, 0xbf],
      'utf-16le-bom': [0xff, 0xfe],
      'utf-16be-bom': [0xfe, 0xff],
    };
    for (const release of releases) {
      const bytes = Buffer.from(release.bytes);
      const bom = boms[release.encoding] ?? [];
      expect([...bytes.subarray(0, bom.length)]).toEqual(bom);
      expect(
        iconv.decode(bytes.subarray(bom.length), names[release.encoding]!, { stripBOM: false }),
      ).toBe(release.text);
    }
  });
});

describe('re-reports of one signing', () => {
  it('read the sum an amount phrase states, in yuan', () => {
    expect(yuanOf('超过120亿元')).toBe(12_000_000_000);
    expect(yuanOf('3.6 billion yuan')).toBe(3_600_000_000);
    expect(yuanOf('150-billion yuan ($200 million)')).toBe(150_000_000_000);
    expect(yuanOf('4688萬元')).toBe(46_880_000);
    expect(() => yuanOf('a great deal')).toThrow(/states no sum/u);
  });

  it("restate the first release's sum in their own script's words", () => {
    const first = buildContext(new Random('first'), vocabulary, 'zh-Hans');
    const signing = { ...first, yuan: 3_600_000_000 };
    const restated = (script: Script) =>
      buildContext(new Random(`again-${script}`), vocabulary, script, signing).slots[
        'amountPhrase'
      ];
    expect(restated('en')).toBe('3.6 billion yuan');
    expect(restated('zh-Hans')).toBe('36亿元');
    expect(restated('zh-Hant')).toBe('36億元');
    expect(restateSum(46_880_000, vocabulary.scripts.en.templates.restatedSums)).toBe(
      '46.88 million yuan',
    );
  });
});
