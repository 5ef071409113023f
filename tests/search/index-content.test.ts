/**
 * What the build hands Pagefind for each page (src/integrations/pagefind.ts): Chinese pages
 * with their text in the other script appended inside data-pagefind-body, other pages as
 * they are.
 */
import { describe, expect, it } from 'vitest';
import {
  OTHER_SCRIPT_WEIGHT,
  indexedRegion,
  pageLanguage,
  pageUrl,
  withOtherScript,
} from '../../src/integrations/pagefind.ts';

const page = (lang: string, main: string) =>
  `<!doctype html><html lang="${lang}" dir="ltr"><head><title>t</title><style>p{}</style></head>` +
  `<body><nav>导航</nav><main id="main"><article class="agreement" data-pagefind-body>${main}</article>` +
  `<aside>旁注</aside></main><footer>页脚</footer></body></html>`;

const article = (html: string) => /<article[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';

describe('the text Pagefind indexes', () => {
  it('reads <html lang>', () => {
    expect(pageLanguage(page('zh-Hant', ''))).toBe('zh-hant');
    expect(pageLanguage('<html dir="ltr" lang=en><body></body></html>')).toBe('en');
    expect(pageLanguage('<html><body></body></html>')).toBeUndefined();
  });

  it('is the data-pagefind-body element, without ignored, hidden or never-indexed parts', () => {
    const html = page(
      'zh-Hans',
      '<h1>烟台市</h1><p>签署<a href="/x/">协议</a>。</p><div data-pagefind-ignore>忽略</div>' +
        '<div hidden>隐藏</div><form><label>标签</label></form><p>山东&amp;烟台</p><br><p>末尾</p>',
    );
    const region = indexedRegion(html, 'x.html');
    expect(region?.text).toBe('烟台市 签署协议。 山东&烟台 末尾');
    expect(html.slice(region?.closingTagAt, (region?.closingTagAt ?? 0) + 10)).toBe('</article>');
  });

  it('is absent from a page without data-pagefind-body', () => {
    expect(
      indexedRegion('<html lang="zh-Hans"><body><main><p>文字</p></main></body></html>', 'x.html'),
    ).toBeUndefined();
  });
});

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

describe('result addresses', () => {
  it('are the page directories, relative to the site (Pagefind adds the base)', () => {
    expect(pageUrl('zh-hant/agreements/2019-11-20-yantai-5-operators/index.html')).toBe(
      '/zh-hant/agreements/2019-11-20-yantai-5-operators/',
    );
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('en/about.html')).toBe('/en/about.html');
  });
});
