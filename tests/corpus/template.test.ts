import { describe, expect, it } from 'vitest';
import { Random } from '../../scripts/corpus/prng.ts';
import { render, slotNames } from '../../scripts/corpus/template.ts';

describe('render', () => {
  it('fills slots, picks alternatives and draws ranges', () => {
    const random = new Random('t');
    for (let i = 0; i < 50; i++) {
      const text = render('{place}{签署|签订}协议，投资{n:10-20}亿元', { place: '烟台' }, random);
      expect(text).toMatch(/^烟台(签署|签订)协议，投资(1\d|20)亿元$/u);
    }
  });

  it('names the template and the slot when a slot is unknown', () => {
    expect(() => render('{govShort} and {nope}', { govShort: 'Yantai' }, new Random('t'))).toThrow(
      'template "{govShort} and {nope}": unknown slot {nope}',
    );
  });

  it('lists the slots a template uses, not its alternatives or ranges', () => {
    expect(slotNames('{a}{b|c}{n:1-2}{d}')).toEqual(['a', 'd']);
  });
});
