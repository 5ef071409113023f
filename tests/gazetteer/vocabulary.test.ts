import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../src/lib/gazetteer/files.ts';
import { allOperators, allTopics, operatorById, topicById } from '../../src/lib/gazetteer/index.ts';
import { operatorsFileSchema } from '../../src/lib/gazetteer/types.ts';
import { OPERATOR_IDS } from '../../src/schema/agreement.ts';

describe('operators', () => {
  it('lists the five groups in OPERATOR_IDS order, named in three scripts', () => {
    expect(allOperators.map((o) => o.id)).toEqual([...OPERATOR_IDS]);
    expect(operatorById('china-mobile').names).toEqual({
      en: 'China Mobile',
      'zh-Hans': '中国移动',
      'zh-Hant': '中國移動',
    });
    expect(operatorById('china-broadnet').names['zh-Hant']).toBe('中國廣電');
    expect(operatorById('china-unicom').aliases.en).toContain('China Unicom');
  });
});

describe('topics', () => {
  it('has unique kebab-case ids, names in three scripts and terms in both languages', () => {
    const ids = allTopics.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const topic of allTopics) {
      expect(topic.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(topic.terms.en.length + topic.terms.zh.length).toBeGreaterThan(0);
    }
    expect(topicById('smart-city')?.names).toEqual({
      en: 'Smart city',
      'zh-Hans': '智慧城市',
      'zh-Hant': '智慧城市',
    });
    expect(topicById('smart-healthcare')?.names['zh-Hant']).toBe('智慧醫療');
    expect(topicById('no-such-topic')).toBeUndefined();
  });

  it('covers the vocabulary the archive needs', () => {
    for (const id of [
      '5g',
      '4g',
      'smart-city',
      'cloud-computing',
      'big-data',
      'iot',
      'fibre-broadband',
      'e-government',
      'data-centres',
      'wireless-city',
      'smart-manufacturing',
      'smart-agriculture',
      'smart-healthcare',
      'e-commerce',
      'internet-plus',
      'poverty-alleviation',
      'smart-transport',
      'information-infrastructure',
    ]) {
      expect(topicById(id), id).toBeDefined();
    }
  });
});

describe('loading', () => {
  it('names the file and the key when a data file does not fit its schema', () => {
    expect(() => loadYaml('topics.yaml', operatorsFileSchema)).toThrow(
      /^content\/gazetteer\/topics\.yaml: .*companyWords/,
    );
  });
});
