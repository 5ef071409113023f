import { describe, expect, test } from 'vitest';
import {
  headersFor,
  HeadersFileError,
  parseHeadersFile,
} from '../../scripts/preview/headers-file.ts';

describe('parseHeadersFile', () => {
  test('reads patterns with their indented headers and skips comments', () => {
    const rules = parseHeadersFile(
      [
        '# all pages',
        '/*',
        '  X-Frame-Options: DENY',
        '',
        '/pagefind/*',
        '\tCache-Control: public, max-age=60',
      ].join('\n'),
    );
    expect(rules.map((rule) => [rule.pattern, rule.line, rule.set])).toEqual([
      ['/*', 2, [['X-Frame-Options', 'DENY']]],
      ['/pagefind/*', 5, [['Cache-Control', 'public, max-age=60']]],
    ]);
  });

  test('keeps colons inside values', () => {
    const [rule] = parseHeadersFile(
      '/*\n  Content-Security-Policy: default-src https://a.example:8443\n',
    );
    expect(rule?.set).toEqual([['Content-Security-Policy', 'default-src https://a.example:8443']]);
  });

  test.each([
    ['  X-A: b\n', 1, 'header line before any path pattern'],
    ['/*\n  no colon here\n', 2, 'expected "Name: value"'],
    ['/*\n  X-A:\n', 2, 'has no value'],
    ['/*\n  Bad Name: x\n', 2, 'invalid header name'],
    ['pages/*\n  X-A: b\n', 1, 'must start with "/"'],
  ])('rejects %j at line %i', (text, line, problem) => {
    expect(() => parseHeadersFile(text, 'dist/_headers')).toThrow(HeadersFileError);
    expect(() => parseHeadersFile(text, 'dist/_headers')).toThrow(`dist/_headers:${line}: `);
    expect(() => parseHeadersFile(text, 'dist/_headers')).toThrow(problem);
  });
});

describe('headersFor', () => {
  const rules = parseHeadersFile(
    [
      '/*',
      '  X-Content-Type-Options: nosniff',
      '  Link: </a.css>; rel=preload',
      '/en/:page/',
      '  X-Page: one-segment',
      '/pagefind/*',
      '  Link: </b.js>; rel=preload',
      '  ! X-Content-Type-Options',
      'https://preview.example.org/*',
      '  X-Robots-Tag: noindex',
    ].join('\n'),
  );

  test('a splat matches any depth', () => {
    expect(headersFor(rules, '/').get('X-Content-Type-Options')).toBe('nosniff');
    expect(headersFor(rules, '/zh-hans/a/b/c.txt').get('X-Content-Type-Options')).toBe('nosniff');
  });

  test('a placeholder matches exactly one segment', () => {
    expect(headersFor(rules, '/en/about/').get('X-Page')).toBe('one-segment');
    expect(headersFor(rules, '/en/about/more/').has('X-Page')).toBe(false);
    expect(headersFor(rules, '/en//').has('X-Page')).toBe(false);
  });

  test('the same header from several rules is joined; "!" detaches an earlier one', () => {
    const headers = headersFor(rules, '/pagefind/pagefind.js');
    expect(headers.get('Link')).toBe('</a.css>; rel=preload, </b.js>; rel=preload');
    expect(headers.has('X-Content-Type-Options')).toBe(false);
  });

  test('an absolute-URL rule applies only on its host', () => {
    expect(headersFor(rules, '/x/', 'preview.example.org').get('X-Robots-Tag')).toBe('noindex');
    expect(headersFor(rules, '/x/', '127.0.0.1:4321').has('X-Robots-Tag')).toBe(false);
    expect(headersFor(rules, '/x/').has('X-Robots-Tag')).toBe(false);
  });

  test('pattern characters are literal except * and :name', () => {
    const [dotted] = parseHeadersFile('/data/agreements.json\n  X-A: b\n');
    expect(dotted?.matches('/data/agreements.json')).toBe(true);
    expect(dotted?.matches('/data/agreementsXjson')).toBe(false);
  });
});
