import { describe, expect, it } from 'vitest';
import { repairSuperscripts } from '../../scripts/ingest/clean/repairSuperscripts.ts';

const apply = (text: string) => repairSuperscripts.apply(text);

describe('repairSuperscripts', () => {
  it('rejoins a square whose superscript fell onto the next line', () => {
    expect(apply('新建机房面积 8000M\n2，机架 600 个。')).toEqual({
      text: '新建机房面积 8000 m²，机架 600 个。',
      changes: 1,
    });
  });

  it('rejoins a cube and a square in kilometres', () => {
    expect(apply('蓄水 120M\n3。覆盖 35KM\n2的区域')).toEqual({
      text: '蓄水 120 m³。覆盖 35 km²的区域',
      changes: 2,
    });
  });

  it('repairs inline squares and cubes written in lower case', () => {
    expect(apply('a 5000m2 data centre, 12 km2 of parks and 300m3 of storage')).toEqual({
      text: 'a 5000 m² data centre, 12 km² of parks and 300 m³ of storage',
      changes: 3,
    });
  });

  it('leaves list numbers, plain numbers and bandwidths alone', () => {
    const text = [
      '实现 1M\n2、 WLAN：',
      '带宽 100M\n20 个站点',
      '速率 1M\n2 号线',
      '带宽 1M\n2G 网络',
    ].join('\n');
    expect(apply(text)).toEqual({ text, changes: 0 });
  });

  it('leaves model names and upper-case units inside a line alone', () => {
    const text = 'M2M modules, the A5m2 chip, a 5M2 camera and 3G/4G';
    expect(apply(text)).toEqual({ text, changes: 0 });
  });
});
