/**
 * What the build hands Pagefind for each page (src/lib/searchIndex/otherScript.ts): Chinese pages
 * with their text in the other script appended inside data-pagefind-body, other pages as
 * they are.
 */
import { describe, expect, it } from 'vitest';
import { OTHER_SCRIPT_WEIGHT, withOtherScript } from '../../src/lib/searchIndex/otherScript.ts';

const page = (lang: string, main: string) =>
  `<!doctype html><html lang="${lang}" dir="ltr"><head><title>t</title><style>p{}</style></head>` +
  `<body><nav>导航</nav><main id="main"><article class="agreement" data-pagefind-body>${main}</article>` +
  `<aside>旁注</aside></main><footer>页脚</footer></body></html>`;

const article = (html: string) => /<article[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';

describe('the other script', () => {
  it('is added to a Traditional page in Simplified, inside the indexed element, at lower weight', () => {
    const html = page('zh-Hant', '<h1>煙臺市政府與山東聯通</h1><p>簽署協議。</p>');
    const indexed = withOtherScript(html, 'x.html');
    expect(article(indexed)).toBe(
      `<h1>煙臺市政府與山東聯通</h1><p>簽署協議。</p><div data-pagefind-weight="${OTHER_SCRIPT_WEIGHT}" lang="zh-Hans">烟台市政府与山东联通 签署协议。</div>`,
    );
    expect(OTHER_SCRIPT_WEIGHT).toBeLessThan(1);
    // Nothing outside the indexed element changes.
    expect(indexed.replace(article(indexed), '')).toBe(html.replace(article(html), ''));
  });

  it('is added to a Simplified page in Traditional', () => {
    const indexed = withOtherScript(page('zh-Hans', '<p>黄浦区与中国移动</p>'), 'x.html');
    expect(article(indexed)).toContain('lang="zh-Hant">黃浦區與中國移動</div>');
  });

  it('is escaped: text that reads as markup stays text', () => {
    const indexed = withOtherScript(
      page('zh-Hant', '<p>&lt;script&gt;來源&lt;/script&gt;</p>'),
      'x.html',
    );
    expect(article(indexed)).toContain('>&lt;script&gt;来源&lt;/script&gt;</div>');
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
