import { describe, expect, it } from 'vitest';
import { readNames } from '../../scripts/ingest/extract/namesInText.ts';
import { viewOf } from '../../scripts/ingest/extract/textView.ts';
import { seed } from './seeds.ts';

const extractParties = (text: string) => readNames(viewOf(text)).parties;
const kinds = (text: string, kind: string) => extractParties(text).filter((p) => p.kind === kind);

describe('extractParties: governments', () => {
  it('reads a place followed by a government word, in three scripts', () => {
    expect(kinds('上海市人民政府与中国移动通信公司签署协议', 'government')).toEqual([
      { name: '上海市人民政府', kind: 'government', placeCode: '310000' },
    ]);
    expect(kinds('煙臺市人民政府', 'government')).toEqual([
      { name: '煙臺市人民政府', kind: 'government', placeCode: '370600' },
    ]);
    expect(kinds('青海省政府', 'government')).toEqual([
      { name: '青海省政府', kind: 'government', placeCode: '630000' },
    ]);
    expect(kinds('the Qinghai provincial government signed', 'government')).toEqual([
      { name: 'Qinghai provincial government', kind: 'government', placeCode: '630000' },
    ]);
    expect(kinds("the People's Government of Yantai Municipality", 'government')).toEqual([
      { name: "People's Government of Yantai", kind: 'government', placeCode: '370600' },
    ]);
    expect(kinds('The Inner Mongolian government reached an agreement', 'government')).toEqual([
      { name: 'Inner Mongolian government', kind: 'government', placeCode: '150000' },
    ]);
  });

  it("reads a department of a place's government as that government, not a regulator", () => {
    expect(kinds('上海市信息委与上海电信签署合作协议', 'government')).toEqual([
      { name: '上海市信息委', kind: 'government', placeCode: '310000' },
    ]);
    expect(
      kinds(
        'Shanghai Telecom signed a cooperation with Shanghai Information Commission',
        'government',
      ),
    ).toEqual([
      { name: 'Shanghai Information Commission', kind: 'government', placeCode: '310000' },
    ]);
    expect(kinds('山东省通信管理局与山东移动签署协议', 'government')).toEqual([]);
    // Attending or telling the news is not signing.
    expect(
      kinds(
        '记者从黑龙江省政府办公室获悉，黑龙江省与中国移动签署协议。出席签约仪式的还有黑龙江省教育局、开发区管委会等单位',
        'government',
      ),
    ).toEqual([{ name: '黑龙江省', kind: 'government', placeCode: '230000' }]);
    // A department and the government itself are two parties, not two wordings of one.
    expect(
      kinds('上海市人民政府与中国移动签署协议，上海市信息委与上海移动签署协议', 'government'),
    ).toEqual([
      { name: '上海市人民政府', kind: 'government', placeCode: '310000' },
      { name: '上海市信息委', kind: 'government', placeCode: '310000' },
    ]);
  });

  it('reads a zone signing in its own name as a government of the place it names', () => {
    expect(kinds('3月13日，陕西省西咸新区与中国联通在北京签署战略合作协议', 'government')).toEqual([
      { name: '陕西省西咸新区', kind: 'government', placeCode: '610000' },
    ]);
    expect(kinds('3月13日,陝西省西咸新區與中國聯通簽署協議', 'government')).toEqual([
      { name: '陝西省西咸新區', kind: 'government', placeCode: '610000' },
    ]);
    // Not joined to a party in a signing: a page's line, a project's site.
    // (The bare 市政府 is the party here, and 丽水 its city.)
    expect(kinds('发布开发区:丽水经济技术开发区。市政府与中国移动签署协议', 'government')).toEqual([
      { name: '市政府', kind: 'government', placeCode: '331100' },
    ]);
    expect(
      kinds('中国联通将在西咸新区建设数据基地，陕西省西咸新区建成后签约', 'government'),
    ).toEqual([]);
  });

  it('reads a ministry signing in its own name as a government of no place', () => {
    expect(
      kinds('中国电信集团公司23日与住房和城乡建设部在北京签订战略合作框架协议', 'government'),
    ).toEqual([{ name: '住房和城乡建设部', kind: 'government' }]);
    expect(
      kinds(
        'China Mobile signed an agreement with the Ministry of Education in Beijing',
        'government',
      ),
    ).toEqual([{ name: 'Ministry of Education', kind: 'government' }]);
    // Attending, or a company's department of the same name: not a signatory.
    expect(kinds('住房和城乡建设部副部长出席了签约仪式', 'government')).toEqual([]);
    expect(kinds('中国移动公司科技部与华为签署协议', 'government')).toEqual([]);
  });

  it('merges the wordings of one government, keeping the fullest', () => {
    expect(kinds('烟台市政府……烟台市人民政府', 'government')).toEqual([
      { name: '烟台市人民政府', kind: 'government', placeCode: '370600' },
    ]);
  });

  it('takes a bare place joined to another party in a signing clause as its government', () => {
    expect(
      kinds('Huangpu, China Mobile Shanghai Sign Strategic Cooperation Agreement', 'government'),
    ).toEqual([{ name: 'Huangpu', kind: 'government', placeCode: '310101' }]);
    expect(kinds('上海与中国移动签署战略合作协议', 'government')).toEqual([
      { name: '上海', kind: 'government', placeCode: '310000' },
    ]);
    expect(kinds('Dalian and China Telecom ink deal', 'government')).toEqual([
      { name: 'Dalian', kind: 'government', placeCode: '210200' },
    ]);
    expect(kinds('China Telecom and Qinghai signed an agreement', 'government')).toEqual([
      { name: 'Qinghai', kind: 'government', placeCode: '630000' },
    ]);
  });

  it('takes an English place that signs with another party as its government', () => {
    const guiyang =
      'The city of Guiyang, Guizhou province has signed a major cooperation agreement with China Telecom, one of the largest operators.';
    expect(kinds(guiyang, 'government')).toEqual([
      { name: 'Guiyang', kind: 'government', placeCode: '520100' },
    ]);
    expect(kinds('Chengdu signed an agreement with China Unicom', 'government')).toEqual([
      { name: 'Chengdu', kind: 'government', placeCode: '510100' },
    ]);
    // Any signing verb of parties.yaml, not only `signed`.
    expect(kinds('Chengdu teamed up with China Unicom on 5G', 'government')).toEqual([
      { name: 'Chengdu', kind: 'government', placeCode: '510100' },
    ]);
    // Not the subject of the signing: a place where it happened, or what a place's body did.
    expect(
      kinds('Guiyang hosted the ceremony where Huawei signed with China Telecom', 'government'),
    ).toEqual([]);
    expect(kinds('Guiyang is where China Telecom signed a deal with Huawei', 'government')).toEqual(
      [],
    );
    expect(
      kinds('The Guiyang branch signed an agreement with China Telecom', 'government'),
    ).toEqual([]);
  });

  it('takes the place an operator signed with as its government, not one of another deal', () => {
    expect(kinds('China Unicom signed an agreement with Chengdu.', 'government')).toEqual([
      { name: 'Chengdu', kind: 'government', placeCode: '510100' },
    ]);
    const regional =
      'China Mobile said the company has signed a memorandum with the regional government to build a base in Hohhot, Inner Mongolia autonomous region.';
    expect(kinds(regional, 'government').map((g) => g.placeCode)).toEqual(['150000']);
    expect(
      kinds(
        'China Mobile signed a pact with Guangdong. Prior to this, China Mobile signed similar agreements with Henan.',
        'government',
      ).map((g) => g.placeCode),
    ).toEqual(['440000']);
    expect(kinds('China Mobile signed an agreement with Huawei in Beijing.', 'government')).toEqual(
      [],
    );
  });

  it('takes an English ministry that signs or renews in its own name as a party', () => {
    const text =
      'The Ministry of Education (MOE) renewed its strategic cooperation agreements with China Telecom, China Unicom and China Mobile.';
    expect(kinds(text, 'government')).toEqual([
      { name: 'Ministry of Education', kind: 'government' },
    ]);
    expect(
      kinds(
        'The Ministry of Education attended the ceremony where China Mobile signed with Huawei.',
        'government',
      ),
    ).toEqual([]);
  });

  it('keeps the governments of the signing sentence, not one named elsewhere', () => {
    const text =
      'China Mobile has signed a framework agreement with the Guangdong provincial government. ' +
      'For the same goal, the Guangzhou municipal government launched suggestions on May 12.';
    expect(kinds(text, 'government').map((g) => g.placeCode)).toEqual(['440000']);
    // Named in no signing sentence: kept, there is nothing better.
    expect(kinds('烟台市人民政府举行新闻发布会。', 'government').map((g) => g.placeCode)).toEqual([
      '370600',
    ]);
  });

  it('does not make a government of a place merely mentioned', () => {
    expect(kinds('Gao Yun visited Shanghai and China Mobile.', 'government')).toEqual([]);
    expect(kinds('上海与北京的差距', 'government')).toEqual([]);
    expect(kinds('the China Telecom group company in Xining signed', 'government')).toEqual([]);
    expect(kinds('市政府和省政府', 'government')).toEqual([]);
    // A department attending is not a party; one joined to an operator by 联手 is.
    expect(kinds('湖南电信出席，湖南省教育厅领导讲话，签订协议', 'government')).toEqual([]);
    expect(kinds('湖南电信联手湖南省教育厅签订协议', 'government')).toEqual([
      { name: '湖南省教育厅', kind: 'government', placeCode: '430000' },
    ]);
    expect(kinds('烟台市委书记', 'government')).toEqual([]);
  });
});

describe('extractParties: operators', () => {
  it('names branches as written, with the operator id', () => {
    expect(kinds('中国联通岳阳市分公司与岳阳市政府', 'operator')).toEqual([
      { name: '中国联通岳阳市分公司', kind: 'operator', operator: 'china-unicom' },
    ]);
    expect(kinds('Wuzheng Group and China  Mobile(Rizhao) signed', 'operator')).toEqual([
      { name: 'China Mobile(Rizhao)', kind: 'operator', operator: 'china-mobile' },
    ]);
  });

  it('reads an English branch named before its group, and the place joined to it', () => {
    const text =
      'Qinhuai District and the Nanjing subsidiary of China Tower signed an agreement on April 7.';
    expect(kinds(text, 'operator')).toEqual([
      { name: 'Nanjing subsidiary of China Tower', kind: 'operator', operator: 'china-tower' },
    ]);
    expect(kinds(text, 'government')).toEqual([
      { name: 'Qinhuai District', kind: 'government', placeCode: '320104' },
    ]);
    expect(kinds('a unit of China Mobile', 'operator')).toEqual([
      { name: 'China Mobile', kind: 'operator', operator: 'china-mobile' },
    ]);
  });

  it('keeps one party per branch, and drops the group when only its branch signs', () => {
    const text = '山東移動總經理張軒，中國移動通信集團山東有限公司，中國移動董事長楊杰';
    expect(kinds(text, 'operator')).toEqual([
      { name: '山東移動', kind: 'operator', operator: 'china-mobile' },
    ]);
  });

  it('reads no enterprise from a suffix alone (a name cut off by a bracket)', () => {
    const parties = extractParties(
      'China United Network Communications (Unicom) Group Co., Ltd., has announced a 5G trial',
    );
    expect(parties.filter((p) => p.kind === 'enterprise')).toEqual([]);
  });

  it('treats an operator company as an operator, not an enterprise', () => {
    const parties = extractParties(
      '中國電信股份有限公司山東分公司 and China Unicom Group Co., Ltd.',
    );
    expect(parties.filter((p) => p.kind === 'enterprise')).toEqual([]);
    expect(parties.filter((p) => p.kind === 'operator').map((p) => p.operator)).toEqual([
      'china-telecom',
      'china-unicom',
    ]);
  });
});

describe('extractParties: enterprises and regulators', () => {
  it('reads company names by their legal or group suffix', () => {
    expect(kinds('Wuzheng Group and China Mobile(Rizhao) signed', 'enterprise')).toEqual([
      { name: 'Wuzheng Group', kind: 'enterprise' },
    ]);
    expect(kinds('与华为技术有限公司签约', 'enterprise')).toEqual([
      { name: '华为技术有限公司', kind: 'enterprise' },
    ]);
    expect(kinds('Huawei Technologies Co., Ltd. attended', 'enterprise')).toEqual([
      { name: 'Huawei Technologies Co., Ltd.', kind: 'enterprise' },
    ]);
  });

  it('leaves job titles out of company names', () => {
    expect(
      kinds('Li Wen, General Manager of Huawei Technologies Co., Ltd., spoke', 'enterprise'),
    ).toEqual([{ name: 'Huawei Technologies Co., Ltd.', kind: 'enterprise' }]);
  });

  it('does not take common words for company names', () => {
    expect(kinds('member of the party group of Wulian Government', 'enterprise')).toEqual([]);
    expect(kinds('在上海打造集团主要的数据中心', 'enterprise')).toEqual([]);
    expect(kinds('该集团有限公司', 'enterprise')).toEqual([]);
  });

  it('reads regulators, with their place', () => {
    expect(kinds('山东省通信管理局', 'regulator')).toEqual([
      { name: '山东省通信管理局', kind: 'regulator', placeCode: '370000' },
    ]);
    expect(kinds('Shandong Communications Administration', 'regulator')).toEqual([
      { name: 'Shandong Communications Administration', kind: 'regulator', placeCode: '370000' },
    ]);
    expect(kinds('工信部和MIIT', 'regulator').map((p) => p.name)).toEqual(['工信部', 'MIIT']);
  });
});

describe('extractParties: the seeds', () => {
  it('000: the Huangpu District government and China Mobile Shanghai', () => {
    expect(extractParties(seed('000'))).toEqual([
      { name: 'Huangpu', kind: 'government', placeCode: '310101' },
      { name: 'China Mobile Shanghai', kind: 'operator', operator: 'china-mobile' },
    ]);
  });

  it('001: the Shanghai government and China Mobile', () => {
    const parties = extractParties(seed('001'));
    expect(parties.filter((p) => p.kind !== 'enterprise')).toEqual([
      { name: '上海市人民政府', kind: 'government', placeCode: '310000' },
      { name: '中国移动', kind: 'operator', operator: 'china-mobile' },
    ]);
  });

  it('002: the Yantai government and the five operators in Shandong', () => {
    expect(extractParties(seed('002'))).toEqual([
      { name: '煙臺市人民政府', kind: 'government', placeCode: '370600' },
      { name: '山東移動', kind: 'operator', operator: 'china-mobile' },
      { name: '山東聯通', kind: 'operator', operator: 'china-unicom' },
      { name: '山東電信', kind: 'operator', operator: 'china-telecom' },
      { name: '山東鐵塔', kind: 'operator', operator: 'china-tower' },
      { name: '山東廣電', kind: 'operator', operator: 'china-broadnet' },
    ]);
  });

  it('003: the Qinghai provincial government and China Telecom', () => {
    expect(extractParties(seed('003'))).toEqual([
      { name: 'Qinghai provincial government', kind: 'government', placeCode: '630000' },
      { name: 'China Telecom', kind: 'operator', operator: 'china-telecom' },
    ]);
  });

  it('004: Wuzheng Group and China Mobile(Rizhao), with the Wulian county government present', () => {
    expect(extractParties(seed('004'))).toEqual([
      { name: 'Wuzheng Group', kind: 'enterprise' },
      { name: 'China Mobile(Rizhao)', kind: 'operator', operator: 'china-mobile' },
      { name: 'Wulian Government', kind: 'government', placeCode: '371121' },
    ]);
  });
});

describe('extractParties: government words that name no place', () => {
  const governments = (text: string) => kinds(text, 'government').map((p) => p.placeCode);

  it('reads 省政府 and 市政府 in a signing as the one province or city the release names', () => {
    expect(governments('1月14日下午，省政府与中国电信集团在西宁签署战略合作协议')).toEqual([
      '630000',
    ]);
    expect(governments('8月30日，市政府与中国电信甘肃分公司签订兰州市智慧城市协议')).toEqual([
      '620100',
    ]);
    expect(governments('9月8日，自治区政府与中国电信签订战略合作框架协议。宁夏')).toEqual([
      '640000',
    ]);
  });

  it('reads 市政府 as the city named apart from where the signing happened', () => {
    expect(
      governments('5月6日,市政府與中國電信湖北公司在武漢市簽署協議。熊征宇說,宜昌充分發揮優勢。'),
    ).toEqual(['420500']);
    // The venue is the only city named: it is the one (a city signs at home).
    expect(governments('市政府与中国移动在杭州市签署协议。')).toEqual(['330100']);
    // Two cities, neither only a venue: none.
    expect(governments('市政府与中国移动签署协议。宜昌与武汉。')).toEqual([]);
  });

  it("reads a local outlet's 我市 as its home city when the text names no other city", () => {
    expect(governments('天津在线\n16日晚，我市与中国电信、中国移动签署战略合作协议')).toEqual([
      '120000',
    ]);
    // Another city named: the outlet's home gives way (a Hong Kong paper on Shanghai's deal).
    expect(governments('香港商报讯 上海市政府与中国电信签约，市政府表示')).toEqual(['310000']);
  });

  it('reads 我市 and 我区 the same way, a 市 of a municipality included', () => {
    expect(governments('16日晚，我市与中国电信、中国移动签署战略合作协议。天津')).toEqual([
      '120000',
    ]);
    expect(governments('11月2日，我区与中国联通岳阳市分公司签订合作协议。君山区')).toEqual([
      '430611',
    ]);
  });

  it('reads "the provincial government" in a signing', () => {
    expect(
      governments('Hunan: the provincial government and China Telecom signed an agreement'),
    ).toEqual(['430000']);
  });

  it('reads none when the text names two places of the level', () => {
    expect(governments('市政府与中国移动浙江公司签署协议。丽水、杭州')).toEqual([]);
  });

  it('does not count a place that opens a company name, but counts an operator branch', () => {
    // 杭州 registers a company here; the release is about 丽水.
    expect(
      governments('市政府与中国移动浙江公司签署协议，加快丽水5G建设。杭州恒镁电子科技有限公司参与'),
    ).toEqual(['331100']);
    // Without a company's full name, 杭州 is a second city: no guess.
    expect(governments('市政府与中国移动签署协议，加快丽水5G建设。杭州恒镁电子科技')).toEqual([]);
    // 浙江 in 中国移动通信集团浙江有限公司 is the branch's province, and counts.
    expect(governments('省政府与中国移动通信集团浙江有限公司签署协议')).toEqual(['330000']);
  });

  it('reads none when the word is not a party to the signing', () => {
    expect(governments('为落实省委省政府行动，兰州市与中国电信签订协议。甘肃')).not.toContain(
      '620000',
    );
    expect(governments('中国铁塔浙江公司与我省三大通信运营商签订了合作协议')).toEqual([]);
  });
});
