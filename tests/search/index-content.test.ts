/**
 * How the build reads a page for Pagefind (src/lib/searchIndex/indexedText.ts) and the address
 * it records for it (indexPart.ts).
 */
import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../src/lib/searchIndex/indexPart.ts';
import { indexedRegion, pageLanguage } from '../../src/lib/searchIndex/indexedText.ts';

const page = (lang: string, main: string) =>
  `<!doctype html><html lang="${lang}" dir="ltr"><head><title>t</title><style>p{}</style></head>` +
  `<body><nav>导航</nav><main id="main"><article class="agreement" data-pagefind-body>${main}</article>` +
  `<aside>旁注</aside></main><footer>页脚</footer></body></html>`;

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

describe('result addresses', () => {
  it('are the page directories, relative to the site (Pagefind adds the base)', () => {
    expect(pageUrl('zh-hant/agreements/2019-11-20-yantai-5-operators/index.html')).toBe(
      '/zh-hant/agreements/2019-11-20-yantai-5-operators/',
    );
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('en/about.html')).toBe('/en/about.html');
  });
});
