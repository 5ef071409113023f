import { describe, expect, it } from 'vitest';
import { bibtexCitation, escapeBibtex, plainCitation } from '../../src/lib/archive/citation.ts';
import { agreement } from './fixtures.ts';

const release = agreement({
  id: '2011-08-05-shanghai-china-mobile',
  title: '解读上海市政府与中国移动签署“共建智慧城市”合作框架协议',
  language: 'zh-Hans',
  author: '徐一大',
  publisher: '文汇报',
  publishedOn: {
    value: '2011-08-08',
    precision: 'day',
    basis: 'text',
    evidence: '2011 年 8 月 8 日',
  },
});
const input = {
  agreement: release,
  translatedTitle: 'Shanghai & China Mobile {smart city} 100%',
  siteName: 'Telecom Agreements Archive',
  url: 'https://example.org/en/agreements/2011-08-05-shanghai-china-mobile/',
  displayDate: '8 August 2011',
};

describe('cite this', () => {
  it('gives a plain reference with author, title, translated title, publisher, date and URL', () => {
    expect(plainCitation(input)).toBe(
      '徐一大. “解读上海市政府与中国移动签署“共建智慧城市”合作框架协议 [Shanghai & China Mobile {smart city} 100%].” 文汇报, 8 August 2011. Telecom Agreements Archive, https://example.org/en/agreements/2011-08-05-shanghai-china-mobile/.',
    );
  });

  it('escapes BibTeX’s special characters', () => {
    expect(escapeBibtex('A & B {x} 100% #1 $2 a_b ^ ~ \\')).toBe(
      'A \\& B \\{x\\} 100\\% \\#1 \\$2 a\\_b \\^{} \\~{} \\textbackslash{}',
    );
  });

  it('gives a BibTeX entry keyed by the id, omitting what is unknown', () => {
    const bibtex = bibtexCitation(input);
    expect(bibtex).toMatch(/^@online\{2011-08-05-shanghai-china-mobile,\n/);
    expect(bibtex).toContain('  titleaddon = {Shanghai \\& China Mobile \\{smart city\\} 100\\%},');
    expect(bibtex).toContain('  date = {2011-08-08},');
    expect(bibtex).toContain('  langid = {chinese},');
    expect(bibtex).toContain(
      '  url = {https://example.org/en/agreements/2011-08-05-shanghai-china-mobile/},',
    );
    const anonymous = bibtexCitation({
      ...input,
      agreement: { ...release, author: null },
      translatedTitle: undefined,
    });
    expect(anonymous).not.toContain('author');
    expect(anonymous).not.toContain('titleaddon');
  });
});
