/**
 * What the build hands Pagefind for each page (src/lib/searchIndex/otherScript.ts): Chinese pages
 * with the words the other script writes differently, in that script, each once, appended
 * inside data-pagefind-body; other pages as they are.
 */
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../src/lib/chinese.ts';
import {
  OTHER_SCRIPT_WEIGHT,
  otherScriptWords,
  withOtherScript,
} from '../../src/lib/searchIndex/otherScript.ts';

const page = (lang: string, main: string) =>
  `<!doctype html><html lang="${lang}" dir="ltr"><head><title>t</title><style>p{}</style></head>` +
  `<body><nav>导航</nav><main id="main"><article class="agreement" data-pagefind-body>${main}</article>` +
  `<aside>旁注</aside></main><footer>页脚</footer></body></html>`;

const article = (html: string) => /<article[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';

describe('the other script', () => {
  it('adds to a Traditional page, inside the indexed element, its words the other script writes differently, in Simplified', () => {
    const html = page('zh-Hant', '<h1>煙臺市政府與山東聯通</h1><p>簽署協議。</p>');
    const indexed = withOtherScript(html, 'x.html');
    // 市政府 is written alike in both scripts: the page's own text already holds it.
    expect(article(indexed)).toBe(
      `<h1>煙臺市政府與山東聯通</h1><p>簽署協議。</p><div data-pagefind-weight="${OTHER_SCRIPT_WEIGHT}" lang="zh-Hans">烟台 与 山东 联通 签署 协议</div>`,
    );
    // Nothing outside the indexed element changes.
    expect(indexed.replace(article(indexed), '')).toBe(html.replace(article(html), ''));
  });

  it('adds to a Simplified page its words in Traditional, each once however often it occurs', () => {
    const indexed = withOtherScript(
      page('zh-Hans', '<p>黄浦区与中国移动</p><p>中国移动在黄浦区</p>'),
      'x.html',
    );
    expect(article(indexed)).toContain('lang="zh-Hant">黃浦 區 與 中國 移動</div>');
  });

  it('is escaped: text that reads as markup stays text', () => {
    const indexed = withOtherScript(
      page('zh-Hant', '<p>&lt;script&gt;來源&lt;/script&gt;</p>'),
      'x.html',
    );
    expect(article(indexed)).toContain('lang="zh-Hans">来源</div>');
    expect(otherScriptWords('<b>來源</b>', toSimplified)).toEqual(['来源']);
  });

  it('is not added where the text is the same in both scripts, nor to English pages', () => {
    const same = page('zh-Hans', '<p>上海 2019</p>');
    expect(withOtherScript(same, 'x.html')).toBe(same);
    const english = page('en', '<p>Yantai 烟台</p>');
    expect(withOtherScript(english, 'x.html')).toBe(english);
  });

  it('names the file when the indexed element is never closed', () => {
    const broken = '<html lang="zh-Hant"><body><article data-pagefind-body><p>煙臺';
    expect(() => withOtherScript(broken, 'dist/zh-hant/x/index.html')).toThrow(
      /dist\/zh-hant\/x\/index\.html/,
    );
  });
});
