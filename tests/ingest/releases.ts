/**
 * Small invented releases (not copies of the seeds) for the run tests: three scripts, three
 * date styles, different operators and places.
 */
export const NEW_RELEASES: Readonly<Record<string, string>> = {
  'guiyang-unicom.txt': [
    '贵阳市人民政府与中国联通签署大数据战略合作协议',
    '发布时间：2018-05-28 09:30',
    '',
    '5月26日上午，贵阳市人民政府与中国联合网络通信有限公司贵州省分公司在贵阳签署大数据战略合作协议。',
    '根据协议，中国联通将在未来五年投资50亿元，推进5G网络、云计算和智慧城市建设。',
    '',
    '双方表示，将在电子政务、物联网等领域深化合作。',
    '',
  ].join('\n'),
  'guangzhou-telecom-tower.txt': [
    '廣州市政府與中國電信、中國鐵塔簽署5G戰略合作協議',
    '來源：南方網 2020/9/3',
    '',
    '9月2日，廣州市人民政府與中國電信股份有限公司廣州分公司、中國鐵塔股份有限公司廣州市分公司簽署5G戰略合作協議，各方將共同推進5G基站建設和智慧城市應用。',
    '',
  ].join('\n'),
  'chengdu-mobile.txt': [
    'Chengdu Signs Smart City Agreement with China Mobile Sichuan',
    'Oct 13, 2020',
    '',
    'On October 12, the Chengdu municipal government and China Mobile Sichuan signed a strategic cooperation agreement on 5G networks and smart city construction.',
    'China Mobile will invest 3 billion yuan in Chengdu over three years.',
    '',
  ].join('\n'),
};

/** The ids these releases should get, by the id rule (date-place-operators). */
export const NEW_RELEASE_IDS: Readonly<Record<string, string>> = {
  'guiyang-unicom.txt': '2018-05-26-guiyang-china-unicom',
  'guangzhou-telecom-tower.txt': '2020-09-02-guangzhou-china-telecom-china-tower',
  'chengdu-mobile.txt': '2020-10-12-chengdu-china-mobile',
};

/** A release dated 30 February, on its third line. */
export const IMPOSSIBLE_DATE_RELEASE = [
  '某市政府与中国移动签署合作协议',
  '',
  '2019年2月30日，某市人民政府与中国移动通信集团签署战略合作协议。',
  '',
].join('\n');
