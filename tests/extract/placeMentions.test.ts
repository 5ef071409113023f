import { describe, expect, it } from 'vitest';
import { readNames } from '../../scripts/ingest/extract/namesInText.ts';
import { placeRefs } from '../../scripts/ingest/extract/placeMentions.ts';
import { viewOf } from '../../scripts/ingest/extract/textView.ts';
import { seed } from './seeds.ts';

const extractPlaces = (text: string) => placeRefs(readNames(viewOf(text)).places.mentions);
const codes = (text: string) => extractPlaces(text).map((p) => p.code);

describe('extractPlaces', () => {
  it('accepts full names with their suffix, in all three scripts', () => {
    expect(codes('上海市黄浦区')).toEqual(['310000', '310101']);
    expect(codes('煙臺市')).toEqual(['370600']);
    expect(codes('煙台市')).toEqual(['370600']);
    expect(codes('in Wulian County')).toEqual(['371121']);
    expect(codes('五莲县')).toEqual(['371121']);
  });

  it("does not read an outlet's home as a place reported on (香港商报, Shanghai Daily)", () => {
    expect(codes('据香港商报报道，上海电信与市政府签约')).toEqual(['310000']);
    expect(codes('據香港商報報道，上海電信簽約')).toEqual(['310000']);
    expect(codes('Shanghai Daily reported that Jiangsu signed')).toEqual(['320000']);
    // The place still counts where it stands on its own.
    expect(codes('香港商报：香港与中国移动签约')).toEqual(['810000']);
  });

  it('does not read a county in everyday words of telecoms releases (加大通信, 大通道)', () => {
    expect(codes('安徽省加大通信基础设施建设力度，打造信息大通道')).toEqual(['340000']);
    expect(codes('安徽省淮南市大通区')).toEqual(['340000', '340400', '340402']);
  });

  it('gives each place with its level, sorted by code', () => {
    expect(extractPlaces('烟台 山东 五莲县')).toEqual([
      { code: '370000', level: 'province' },
      { code: '370600', level: 'prefecture' },
      { code: '371121', level: 'county' },
    ]);
  });

  it('accepts short names of provinces and prefecture-level cities', () => {
    expect(codes('山东')).toEqual(['370000']);
    expect(codes('Yantai and Xining')).toEqual(['370600', '630100']);
    expect(codes('Shaanxi, not Shanxi')).toEqual(['140000', '610000']);
    expect(codes('Inner Mongolia')).toEqual(['150000']);
    expect(codes('Hong Kong and Macau')).toEqual(['810000', '820000']);
  });

  it('reads a short name shared by a province and a city as the province', () => {
    expect(codes('吉林')).toEqual(['220000']);
    expect(codes('吉林市')).toEqual(['220200']);
  });

  it("accepts a county's short name only beside its prefecture or province", () => {
    expect(codes('Wulian')).toEqual([]);
    expect(codes('Wulian is in Rizhao')).toEqual(['371100', '371121']);
    expect(codes('五莲')).toEqual([]);
    expect(codes('日照五莲')).toEqual(['371100', '371121']);
    expect(codes('Huangpu, Shanghai')).toEqual(['310000', '310101']);
  });

  it('resolves a name shared by several places through the places mentioned', () => {
    expect(codes('鼓楼区')).toEqual([]);
    expect(codes('南京市鼓楼区')).toEqual(['320100', '320106']);
    expect(codes('Huangpu District')).toEqual([]); // 黄浦区 (Shanghai) or 黄埔区 (Guangzhou)
    expect(codes('Huangpu District of Guangzhou')).toEqual(['440100', '440112']);
    expect(codes('江苏南京鼓楼区')).toEqual(['320000', '320100', '320106']);
    expect(codes('Taizhou')).toEqual([]);
    expect(codes('Taizhou, Zhejiang')).toEqual(['330000', '331000']);
    // 苏州 or 宿州, 福州 or 抚州: not guessed (the bench's English releases of 宿州 and 抚州 were read
    // as 苏州 and 福州, and reports of different signings grouped by it).
    expect(codes('Suzhou')).toEqual([]);
    expect(codes('Fuzhou')).toEqual([]);
    expect(codes('Suzhou, Anhui')).toEqual(['340000', '341300']);
    expect(codes('Fuzhou, Fujian')).toEqual(['350000', '350100']);
    expect(codes('Xishan District and China Mobile(Kunming)')).toEqual(['530100', '530112']);
    expect(codes('Xishan District, Wuxi')).toEqual(['320200', '320205']);
    expect(codes('Chaoyang District, Beijing')).toEqual(['110000', '110105']);
    expect(codes('吉林与西安')).toEqual(['220000', '610100']);
    expect(codes('天津、河北')).toEqual(['120000', '130000']);
  });

  it('refuses names that are ordinary words, unless right after their parent', () => {
    expect(codes('天津坚持和平发展')).toEqual(['120000']);
    expect(codes('山西中心城区')).toEqual(['140000']);
    expect(codes('甘肃合作市场')).toEqual(['620000']);
    expect(codes('三亚东方市场')).toEqual(['460200']);
    expect(codes('上海市场')).toEqual(['310000']);
    expect(codes('广东新兴产业')).toEqual(['440000']);
    expect(codes('重庆位于长江北岸')).toEqual(['500000']);
    expect(codes('重庆江北')).toEqual(['500000', '500105']);
    expect(codes('天津市和平区')).toEqual(['120000', '120101']);
    expect(codes('阳泉市城区')).toEqual(['140300', '140302']);
    expect(codes('山西大同')).toEqual(['140000', '140200']);
  });

  it('ignores words that contain a place name', () => {
    expect(codes('阿里巴巴与阿里云')).toEqual([]);
    expect(codes('大同小异')).toEqual([]);
    expect(codes('广东中山大学')).toEqual(['440000']);
    expect(codes('Alibaba')).toEqual([]);
  });

  it("does not read a person's given name as a place", () => {
    expect(codes('Henan: Jiang Weidong spoke')).toEqual(['410000']);
    // A title, a surname and a short place name; then the same name without its title.
    expect(codes('济宁太白湖新区管委会主任曹广州出席。曹广州与丁磊代表双方签订了协议。')).toEqual([
      '370800',
    ]);
    // The place itself after a title and a word that is no surname stays a place.
    expect(codes('广州市市长出席。广州与中国移动签约。')).toEqual(['440100']);
  });

  it('finds places in operator branch names, even names that are ordinary words', () => {
    expect(codes('大同移动公司')).toEqual(['140200']);
    expect(codes('青海广电网络玉树分公司')).toEqual(['630000', '632700']);
    expect(codes('China Mobile(Sanming)')).toEqual(['350400']);
    expect(codes('China Mobile(Rizhao)')).toEqual(['371100']);
    expect(codes('山東移動')).toEqual(['370000']);
    expect(codes('China Mobile Shanghai')).toEqual(['310000']);
  });

  it('copes with uncleaned text: pinyin annotations and hard-wrapped lines', () => {
    expect(codes('省內濟(jì)南')).toEqual(['370100']);
    expect(codes('在烟\n台签署')).toEqual(['370600']);
  });

  it('finds nothing in text without places', () => {
    expect(codes('The two sides will cooperate in e-government affairs.')).toEqual([]);
    expect(codes('双方将在智慧城市等领域合作')).toEqual([]);
  });

  it('reads the seeds', () => {
    expect(codes(seed('000'))).toEqual(['310000', '310101']);
    expect(codes(seed('001'))).toContain('310000');
    expect(codes(seed('002'))).toEqual(['370000', '370100', '370200', '370600']);
    expect(codes(seed('003'))).toEqual(['630000', '630100']);
    expect(codes(seed('004'))).toEqual(['371100', '371121']);
  });
});
