import { describe, expect, it } from 'vitest';
import { parseSidecar, sidecarPathFor } from '../../scripts/ingest/sidecar.ts';
import { IngestError } from '../../scripts/ingest/types.ts';

function sidecarError(text: string): IngestError {
  try {
    parseSidecar('sources/r.yaml', text);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('the sidecar was accepted');
}

describe('sidecarPathFor', () => {
  it('replaces the text extension with .yaml', () => {
    expect(sidecarPathFor('content/sources/001_x.txt')).toBe('content/sources/001_x.yaml');
    expect(sidecarPathFor('a.b/release.text')).toBe('a.b/release.yaml');
    expect(sidecarPathFor('folder/noextension')).toBe('folder/noextension.yaml');
  });
});

describe('parseSidecar', () => {
  it('reads every field; an unquoted year stays a string', () => {
    const sidecar = parseSidecar(
      'r.yaml',
      [
        '# a comment',
        'decidedBy: Archive editors',
        'slug: 2016-07-08-qinghai-china-telecom',
        'url: https://example.org/release',
        'title: { en: An English title, zh: 中文标题 }',
        'summary:',
        '  en: Two sentences. In English.',
        '  zh: 两句话。中文。',
        'completeTitle:',
        '  value: The full title',
        '  reason: The heading breaks off.',
        'signedOn:',
        '  value: 2016',
        '  precision: year',
        '  reason: From the ministry page.',
        'publishedOn: { value: 2016-07-09, precision: day, reason: Dated page. }',
      ].join('\n'),
    );
    expect(sidecar.signedOn).toEqual({
      value: '2016',
      precision: 'year',
      reason: { en: 'From the ministry page.' },
    });
    expect(sidecar.publishedOn?.value).toBe('2016-07-09');
    expect(sidecar.title).toEqual({ en: 'An English title', zh: '中文标题' });
    expect(sidecar.slug).toBe('2016-07-08-qinghai-china-telecom');
  });

  it('a YAML syntax error names the file and line', () => {
    const error = sidecarError('decidedBy: Archive editors\ntitle:\n  en: "unclosed\n  zh: x\n');
    expect(error.file).toBe('sources/r.yaml');
    expect(error.message).toMatch(/^sources\/r\.yaml:\d+: YAML error: /);
    expect(error.line).toBeGreaterThanOrEqual(3);
  });

  it('a duplicate key is a YAML error on its line', () => {
    const error = sidecarError('decidedBy: A\nurl: https://a.example\nurl: https://b.example\n');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/YAML error: Map keys must be unique/);
  });

  it('an unknown key names the key, its line and the allowed keys', () => {
    const error = sidecarError('decidedBy: Archive editors\n\nsumary:\n  en: x\n  zh: y\n');
    expect(error.message).toBe(
      'sources/r.yaml:3: unknown key "sumary" (allowed: decidedBy, slug, url, title, summary, completeTitle, signedOn, publishedOn, agreement)',
    );
  });

  it('an agreement decision needs a reason and sameAs or notSameAs', () => {
    expect(sidecarError('decidedBy: A\nagreement:\n  sameAs: [a.txt]\n').message).toMatch(
      /agreement\.reason/u,
    );
    expect(sidecarError('decidedBy: A\nagreement:\n  reason: r\n').message).toMatch(
      /give sameAs or notSameAs/u,
    );
  });

  it('a misspelt nested key is reported before the missing one', () => {
    const error = sidecarError(
      'decidedBy: A\nsignedOn:\n  value: 2016\n  precison: year\n  reason: r\n',
    );
    expect(error.message).toBe(
      'sources/r.yaml:4: unknown key "precison" in signedOn (allowed: value, precision, reason)',
    );
  });

  it('a date that does not exist (30 February)', () => {
    const error = sidecarError(
      'decidedBy: A\nsignedOn:\n  value: 2019-02-30\n  precision: day\n  reason: r\n',
    );
    expect(error.message).toBe(
      'sources/r.yaml:3: signedOn.value: "2019-02-30" is not a date: 2019-02 has 28 days',
    );
  });

  it('a date whose shape does not match its precision', () => {
    const error = sidecarError(
      'decidedBy: A\npublishedOn:\n  value: 2019-02\n  precision: day\n  reason: r\n',
    );
    expect(error.message).toMatch(
      /^sources\/r\.yaml:3: publishedOn\.value: "2019-02" does not match precision "day"/,
    );
  });

  it('a month 13', () => {
    const error = sidecarError(
      'decidedBy: A\nsignedOn: { value: 2019-13, precision: month, reason: r }\n',
    );
    expect(error.message).toMatch(
      /^sources\/r\.yaml:2: signedOn\.value: "2019-13" has no month 13/,
    );
  });

  it('a missing decidedBy, a bad URL, a bad slug', () => {
    expect(sidecarError('url: https://a.example\n').message).toMatch(
      /^sources\/r\.yaml:1: decidedBy: /,
    );
    expect(sidecarError('decidedBy: A\nurl: not a url\n').message).toMatch(
      /^sources\/r\.yaml:2: url: /,
    );
    expect(sidecarError('decidedBy: A\nslug: Not A Slug\n').message).toMatch(
      /^sources\/r\.yaml:2: slug: /,
    );
  });

  it('a sidecar that is not a mapping', () => {
    expect(sidecarError('- a\n- b\n').message).toMatch(/^sources\/r\.yaml:1: /);
  });
});

describe('parseSidecar: hostile and implausible sidecars', () => {
  const dated = (field: string, value: string, precision = 'day'): string =>
    `decidedBy: E\n${field}:\n  value: '${value}'\n  precision: ${precision}\n  reason: r\n`;

  it('an alias bomb is a one-line YAML error, not a crash', () => {
    const levels = ['a: &a [x,x,x,x,x,x,x,x,x]'];
    for (const [name, previous] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
    ])
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    const error = sidecarError(`${levels.join('\n')}\n`);
    expect(error.message).toMatch(/^sources\/r\.yaml:1: YAML error: Excessive alias count/u);
    expect(error.message).not.toMatch(/\n/u);
  });

  it('a few aliases are fine', () => {
    const sidecar = parseSidecar(
      'r.yaml',
      'decidedBy: &who Archive editors\ntitle: { en: *who, zh: *who }\n',
    );
    expect(sidecar.title).toEqual({ en: 'Archive editors', zh: 'Archive editors' });
  });

  it('too large, nested too deeply, or not a mapping', () => {
    expect(sidecarError(`decidedBy: E\n#${'x'.repeat(70_000)}\n`).message).toMatch(
      /the sidecar is \d+ characters; a sidecar may be at most 65536/u,
    );
    expect(sidecarError('['.repeat(20_000)).message).toMatch(/nests too deeply/u);
    expect(sidecarError('- a list\n- of things\n').message).toMatch(/a sidecar is a YAML mapping/u);
  });

  it('dates before 1949 or after today are refused; today and this year are not', () => {
    const today = '2026-06-15';
    const refuse = (text: string): string => {
      try {
        parseSidecar('r.yaml', text, today);
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(refuse(dated('signedOn', '1948', 'year'))).toMatch(
      /:3: signedOn\.value: "1948" is before 1949/u,
    );
    expect(refuse(dated('signedOn', '2026-06-16'))).toMatch(
      /"2026-06-16" is in the future \(today is 2026-06-15\)/u,
    );
    expect(refuse(dated('publishedOn', '2026-07', 'month'))).toMatch(/in the future/u);
    expect(refuse(dated('signedOn', '2026-06-15'))).toBe('accepted');
    expect(refuse(dated('signedOn', '2026-06', 'month'))).toBe('accepted');
    expect(refuse(dated('publishedOn', '1949', 'year'))).toBe('accepted');
  });
});
