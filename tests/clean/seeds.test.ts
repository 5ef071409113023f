/**
 * The five seed releases through the whole cleaning pipeline: what must go, what must be
 * joined, and what must survive unchanged.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../scripts/ingest/clean/index.ts';

const SOURCES = join(import.meta.dirname, '../../content/sources');
// The seeds are named `NNN_<16 hex>.txt`; content/sources also holds the real-release set.
const seedFiles = readdirSync(SOURCES)
  .filter((name) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(name))
  .sort();

function raw(prefix: string): string {
  const file = seedFiles.find((name) => name.startsWith(prefix));
  if (file === undefined) throw new Error(`no seed ${prefix}_*.txt in ${SOURCES}`);
  return readFileSync(join(SOURCES, file), 'utf8');
}

function paragraphs(prefix: string): string[] {
  return cleanText(raw(prefix)).text.split('\n\n');
}

const TONED_PINYIN_IN_BRACKETS = /[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/u;

describe('every seed', () => {
  it('has five seeds to clean', () => {
    expect(seedFiles).toHaveLength(5);
  });

  it.each(seedFiles)('%s comes out as paragraphs separated by one blank line', (file) => {
    const { text } = cleanText(readFileSync(join(SOURCES, file), 'utf8'));
    expect(text).not.toMatch(/^\s|\s$|\n{3,}/u);
    for (const paragraph of text.split('\n\n')) {
      expect(paragraph).not.toContain('\n');
      expect(paragraph).toBe(paragraph.trim());
      expect(paragraph).not.toBe('');
      expect(paragraph).not.toMatch(/ {2}|\u00a0|\u3000/u);
    }
  });

  it.each(seedFiles)('%s cleans once: a second run changes nothing', (file) => {
    const once = cleanText(readFileSync(join(SOURCES, file), 'utf8')).text;
    expect(cleanText(once)).toEqual({ text: once, applied: [] });
  });
});

describe('000: English web page with a language toggle and a section label', () => {
  const cleaned = paragraphs('000');

  it('drops the language toggle and the “Press Release” label, so the headline comes first', () => {
    expect(cleaned[0]).toBe('Huangpu, China Mobile Shanghai Sign Strategic Cooperation Agreement');
    expect(cleaned.join('\n')).not.toMatch(/中文|Press Release/u);
  });

  it('keeps the source line and the body paragraphs exactly as written', () => {
    const rawLines = raw('000').split('\n');
    const firstBody = rawLines.find((line) => line.startsWith('On the morning of April 7'));
    expect(cleaned).toContain(firstBody);
    expect(cleaned[1]).toBe('Source:【the Science and Technology Commission】 2017/4/20');
    expect(cleaned).toHaveLength(7);
  });
});

describe('001: Chinese PDF extraction, hard-wrapped and double-spaced', () => {
  const cleaned = paragraphs('001');

  it('drops the running header and the page number', () => {
    expect(cleaned.join('\n')).not.toContain('总师室');
    expect(cleaned.join('\n')).not.toContain('第二十三讲');
    expect(cleaned).not.toContain('2');
  });

  it('joins the wrapped lines of a paragraph without spaces', () => {
    const signing = cleaned.find((paragraph) =>
      paragraph.includes('签署《共建智慧城市合作框架协议》，该协议围绕'),
    );
    expect(signing).toBeDefined();
    expect(signing).toMatch(/^8 月 5 日，上海市人民政府/u);
    expect(signing).toMatch(/城市经济充满创新活力的现代化大都市。$/u);
  });

  it('keeps every numbered section as a paragraph of its own', () => {
    for (const heading of [
      '1、 精品网络：',
      '2、 WLAN：',
      '3、 云计算：',
      '4、 百万级物联网行业终端：',
      '5、 无线城市综合平台：',
      '6、 居民生活服务信息化：',
      '7、 智能交通：',
      '8、 电子账单：',
      '9、 城市安全：',
      '10、上海国际航运中心建设：',
    ]) {
      expect(cleaned).toContain(heading);
    }
  });

  it('keeps the title, the excerpt note and the author as paragraphs of their own', () => {
    expect(cleaned.slice(0, 3)).toEqual([
      '解读上海市政府与中国移动签署“共建智慧城市”合作框架协议',
      '（摘录自 2011 年 8 月 8 日《文汇报》第 4 版）',
      '徐一大',
    ]);
  });

  it('rejoins the paragraph the page break cut and repairs the lost superscript', () => {
    expect(cleaned[cleaned.indexOf('3、 云计算：') + 1]).toBe(
      '中国移动在上海打造集团主要的高端数据中心和云计算中心，2011 年新建数据中心机房建筑面积 5000 m²，新增机力车 400 个。至 2013 年底，机架总数达到 3500 个；基于云计算能力机架占总数的 30%以上。',
    );
  });

  it('keeps paragraphs that end a sentence apart', () => {
    expect(cleaned).toContain(
      '三年间，中国移动将投入超过 130 亿加大对上海信息通信产业的参与和支持力度，建设精品无线城市，支持上海加快推进智慧城市建设。',
    );
    expect(cleaned).toContain('协议内有一些关键词的解读有利于大家对“智慧城市”的理解：');
  });
});

describe('002: Traditional web page with pinyin annotations and a promotional footer', () => {
  const cleaned = paragraphs('002');
  const text = cleaned.join('\n');

  it('strips every pinyin annotation', () => {
    expect(text).not.toMatch(TONED_PINYIN_IN_BRACKETS);
    expect(text).toContain('齊魯網·閃電新聞');
    expect(text).toContain('《共同推動煙臺5G應用發展戰略合作協議》');
  });

  it('keeps the real parenthesis, in full-width form', () => {
    expect(text).toContain('（記者 吳天旭）');
  });

  it('drops the tip-off invitation and the advertising line', () => {
    expect(text).not.toMatch(/想爆料|廣告熱線|誠邀合作|minsheng\.iqilu\.com/u);
    expect(cleaned.at(-1)).toMatch(/^面向未來，山東移動/u);
  });

  it('keeps the source, the time stamp and numbers as written', () => {
    expect(cleaned.slice(0, 2)).toEqual(['來源：齊魯網', '2019-11-20 17:54:11']);
    expect(text).toContain('“10×10”');
  });

  it('removes the annotation of a garbled run but invents nothing in its place', () => {
    // `運輸(shū)等(děng)重(zhòng)點(diǎn)` reached us garbled; only `?shù)` is recognisably pinyin.
    expect(text).toContain('交通運輸戎攸c場所');
  });
});

describe('003: English web page with a cut paragraph and a comment form', () => {
  const cleaned = paragraphs('003');

  it('drops the comment form', () => {
    expect(cleaned.join('\n')).not.toMatch(/Leave a Reply|email address|Required fields/u);
    expect(cleaned.at(-1)).toBe('Yang Fengchun to participate in the above activities.');
  });

  it('joins the paragraph cut mid-sentence', () => {
    expect(
      cleaned.some((paragraph) =>
        paragraph.startsWith('Wang Liming, vice governor of and deputy general manager'),
      ),
    ).toBe(true);
  });

  it('keeps the truncated title apart from the first paragraph', () => {
    expect(cleaned[0]).toBe(
      'The provincial government signed the 13th Five Year cooperation framework agreement with China Telec',
    );
    expect(cleaned[1]).toMatch(/^8 8 July, the Qinghai provincial government/u);
  });
});

describe('004: English web page with a breadcrumb and a click counter', () => {
  const cleaned = paragraphs('004');

  it('drops the breadcrumb and the counter but keeps the date', () => {
    expect(cleaned.join('\n')).not.toMatch(/Home|Company news|Clicks|Font size/u);
    expect(cleaned.slice(0, 2)).toEqual([
      'Wuzheng Group and China Mobile(Rizhao) signed a 5G strategic cooperation',
      '2019.12.18',
    ]);
  });

  it('closes up doubled and no-break spaces in the body', () => {
    expect(cleaned[2]).toContain('between Wuzheng Group and China Mobile(Rizhao) were held');
    expect(cleaned[3]).toContain('marked a successful kick-off of our county in 5G industry.');
  });
});
