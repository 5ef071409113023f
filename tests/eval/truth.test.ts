import { describe, expect, it } from 'vitest';
import { parseTruth, TruthTableError } from '../../scripts/eval/truth.ts';

const row = `  - source: real-001-jilin-china-mobile-x.txt
    url: http://example.org/a.html
    outlet: 吉林日报
    retrievedOn: '2026-12-03'
    part: dev
    language: zh-Hans
    operators: [china-mobile]
    governments: ['220000']
    province: '220000'
    city: null
    signedOn: '2019-01-10'
    publishedOn: '2019-01-11'
    amounts: [{ value: 3000000000, currency: CNY }]
`;

function errorOf(text: string): string {
  try {
    parseTruth(text, 'bench/real/truth.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(TruthTableError);
    return (error as Error).message;
  }
  throw new Error('expected the table to be refused');
}

describe('parseTruth', () => {
  it('reads a well-formed table', () => {
    const [release] = parseTruth(`releases:\n${row}`, 'truth.yaml');
    expect(release?.signedOn).toBe('2019-01-10');
    expect(release?.amounts).toEqual([{ value: 3_000_000_000, currency: 'CNY' }]);
  });

  it('names the line of a bad date and what a date must look like', () => {
    const text = `releases:\n${row.replace("signedOn: '2019-01-10'", "signedOn: '2019-13-45'")}`;
    expect(errorOf(text)).toMatch(
      /^bench\/real\/truth\.yaml:12: releases\.0\.signedOn: an ISO date/,
    );
  });

  it('refuses an unquoted code, which YAML reads as a number', () => {
    expect(errorOf(`releases:\n${row.replace("province: '220000'", 'province: 220000')}`)).toMatch(
      /:10: releases\.0\.province: .*expected string/,
    );
  });

  it('refuses an unknown operator, an unknown key and a missing field', () => {
    expect(errorOf(`releases:\n${row.replace('[china-mobile]', '[china-mobil]')}`)).toMatch(
      /:8: releases\.0\.operators\.0/,
    );
    expect(errorOf(`releases:\n${row}    signedon: '2019'\n`)).toMatch(/signedon/);
    expect(errorOf(`releases:\n${row.replace('    city: null\n', '')}`)).toMatch(/city/);
  });

  it('refuses a source listed twice, a city outside its province, and broken YAML', () => {
    expect(errorOf(`releases:\n${row}${row}`)).toMatch(/listed twice/);
    expect(errorOf(`releases:\n${row.replace('city: null', "city: '370100'")}`)).toMatch(
      /city 370100 is not in province 220000/,
    );
    expect(errorOf('releases:\n  - source: [unclosed\n')).toMatch(
      /^bench\/real\/truth\.yaml:\d+: /,
    );
    expect(errorOf('- just a list\n')).toMatch(/`releases:`/);
  });
});
