import { describe, expect, it } from 'vitest';
import {
  partyLabel,
  partyNameInEnglish,
  sourceNameInEnglish,
} from '../../src/lib/archive/partyNames.ts';

describe('names for a reader of English', () => {
  it('names a government by its place and the government word', () => {
    expect(
      partyNameInEnglish(
        { name: '上海市人民政府', kind: 'government', placeCode: '310000' },
        'zh-Hans',
      ),
    ).toEqual({ text: "Shanghai People's Government" });
    expect(
      partyNameInEnglish(
        { name: '山東省政府', kind: 'government', placeCode: '370000' },
        'zh-Hant',
      ),
    ).toEqual({ text: 'Shandong Government' });
  });

  it('names a ministry of the central government by its English name, in either script', () => {
    expect(partyNameInEnglish({ name: '住房和城乡建设部', kind: 'government' }, 'zh-Hans')).toEqual(
      {
        text: 'Ministry of Housing and Urban-Rural Development',
      },
    );
    expect(partyNameInEnglish({ name: '國家發改委', kind: 'government' }, 'zh-Hant')).toEqual({
      text: 'National Development and Reform Commission',
    });
  });

  it('names an operator group and a branch named by place', () => {
    expect(
      partyNameInEnglish(
        { name: '中國聯通', kind: 'operator', operator: 'china-unicom' },
        'zh-Hant',
      ),
    ).toEqual({ text: 'China Unicom' });
    expect(
      partyNameInEnglish(
        { name: '山东移动', kind: 'operator', operator: 'china-mobile' },
        'zh-Hans',
      ),
    ).toEqual({ text: 'China Mobile Shandong' });
  });

  it('gives an unknown name in pinyin with the Chinese beside it, never a guess', () => {
    expect(sourceNameInEnglish('文汇报', 'zh-Hans')).toEqual({
      text: 'Wén huì bào',
      original: '文汇报',
    });
    expect(
      partyNameInEnglish({ name: '上海市经济和信息化委员会', kind: 'regulator' }, 'zh-Hans')
        .original,
    ).toBe('上海市经济和信息化委员会');
    // A government whose name is not its place and a government word stays in pinyin.
    expect(
      partyNameInEnglish(
        { name: '上海市政府办公厅', kind: 'government', placeCode: '310000' },
        'zh-Hans',
      ).original,
    ).toBe('上海市政府办公厅');
  });

  it('keeps English names and shows Chinese pages in their script', () => {
    expect(sourceNameInEnglish('Xinhua', 'en')).toEqual({ text: 'Xinhua' });
    expect(partyLabel({ name: '山东移动', kind: 'operator' }, 'zh-Hans', 'zh-hant').text).toBe(
      '山東移動',
    );
  });
});
