import { describe, expect, it } from 'vitest';
import { viewOf } from '../../scripts/ingest/extract/textView.ts';
import { extractTopics as topicsInView } from '../../scripts/ingest/extract/topics.ts';
import { seed } from './seeds.ts';

const extractTopics = (text: string) => topicsInView(viewOf(text));

describe('extractTopics', () => {
  it.each([
    ['共建智慧城市', ['smart-city']],
    ['推进5G和云计算', ['5g', 'cloud-computing']],
    ['大数据、物联网', ['big-data', 'iot']],
    ['互联网+政务服务', ['e-government', 'internet-plus']],
  ])('reads Simplified: %s', (text, ids) => {
    expect(extractTopics(text)).toEqual(ids);
  });

  it.each([
    ['智慧醫療、智能製造', ['smart-healthcare', 'smart-manufacturing']],
    ['數據中心', ['data-centres']],
    ['５Ｇ網絡', ['5g']],
  ])('reads Traditional and full-width: %s', (text, ids) => {
    expect(extractTopics(text)).toEqual(ids);
  });

  it.each([
    ['Smart City construction', ['smart-city']],
    ['the Internet of Things and big data', ['big-data', 'iot']],
    ['"Internet plus" and e-commerce', ['e-commerce', 'internet-plus']],
    ['3G/4G networks', ['4g']],
    ['TD—LTE trial network', ['4g']],
    ['precise poverty alleviation', ['poverty-alleviation']],
  ])('reads English: %s', (text, ids) => {
    expect(extractTopics(text)).toEqual(ids);
  });

  it.each([
    'he said it was fair',
    'AICDE integration',
    '15G of storage',
    'a 5g lowercase typo is not an acronym',
    '双方签署合作协议',
  ])('finds no topic in %s', (text) => {
    expect(extractTopics(text)).toEqual([]);
  });

  it('reads the seeds', () => {
    expect(extractTopics(seed('000'))).toEqual(
      expect.arrayContaining([
        'smart-city',
        '5g',
        '4g',
        'fibre-broadband',
        'cloud-computing',
        'e-government',
      ]),
    );
    expect(extractTopics(seed('001'))).toEqual(
      expect.arrayContaining([
        'smart-city',
        'wireless-city',
        'cloud-computing',
        'iot',
        'data-centres',
        'smart-transport',
        '4g',
      ]),
    );
    expect(extractTopics(seed('002'))).toEqual(
      expect.arrayContaining([
        '5g',
        'smart-manufacturing',
        'smart-agriculture',
        'smart-city',
        'smart-healthcare',
      ]),
    );
    expect(extractTopics(seed('003'))).toEqual(
      expect.arrayContaining([
        '4g',
        'smart-city',
        'cloud-computing',
        'big-data',
        'e-commerce',
        'poverty-alleviation',
        'internet-plus',
      ]),
    );
    expect(extractTopics(seed('004'))).toEqual(expect.arrayContaining(['5g']));
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const ids = extractTopics(seed(prefix));
      expect(ids).toEqual([...new Set(ids)].sort());
    }
  });
});
