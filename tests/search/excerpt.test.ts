import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../../src/lib/search/excerpt.ts';

describe('excerpts', () => {
  it('splits an excerpt into marked and unmarked runs', () => {
    expect(excerptParts('共同推动<mark>烟台</mark>5G应用 与<mark>烟台</mark>市')).toEqual([
      { text: '共同推动', marked: false },
      { text: '烟台', marked: true },
      { text: '5G应用 与', marked: false },
      { text: '烟台', marked: true },
      { text: '市', marked: false },
    ]);
  });

  it('joins adjacent marks into one run', () => {
    expect(excerptParts('<mark>中国</mark><mark>联通</mark>山东')).toEqual([
      { text: '中国联通', marked: true },
      { text: '山东', marked: false },
    ]);
  });

  it('decodes the escaped text of a page back to its characters, as text', () => {
    const parts = excerptParts(
      'a &lt;img src=x onerror=alert(1)&gt; &amp; &#x4e2d;&#25991; <mark>b</mark>',
    );
    expect(parts).toEqual([
      { text: 'a <img src=x onerror=alert(1)> & 中文 ', marked: false },
      { text: 'b', marked: true },
    ]);
  });

  it('drops any tag but <mark>, keeping its text', () => {
    expect(excerptParts('<b>bold</b> <script>x</script><img src=x onerror=y>')).toEqual([
      { text: 'bold x', marked: false },
    ]);
  });

  it('leaves unknown or invalid entities as written', () => {
    expect(decodeEntities('&bogus; &#0; &#x110000;')).toBe('&bogus; &#0; &#x110000;');
  });
});
