import { describe, expect, it } from 'vitest';
import { decode, implausibleShare, MAX_SOURCE_BYTES } from '../../scripts/ingest/decode.ts';
import { IngestError } from '../../scripts/ingest/types.ts';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reencode, seedBytes, SEEDS, seedsDir, seedText } from './helpers.ts';
import { NEW_RELEASES } from './releases.ts';

function decodeError(bytes: Uint8Array, file = 'sources/x.txt'): IngestError {
  try {
    decode(file, bytes);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error('decode accepted the input');
}

describe('decode: encodings', () => {
  it('reads UTF-8 without a BOM', () => {
    const decoded = decode('a.txt', seedBytes('002'));
    expect(decoded).toEqual({ text: seedText('002'), encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seedBytes('001')]);
    expect(decode('a.txt', bytes)).toEqual({ text: seedText('001'), encoding: 'utf-8-bom' });
  });

  it.each(['utf-16le', 'utf-16be'] as const)('reads %s with a BOM', (encoding) => {
    const text = seedText('000');
    expect(decode('a.txt', reencode(text, encoding))).toEqual({ text, encoding });
  });

  // Every seed and invented release, in both byte orders: Chinese and English, with and
  // without `一` (U+4E00, whose low byte is NUL too).
  const TEXTS = [
    ...SEEDS.map((name) => [name, readFileSync(join(seedsDir, name), 'utf8')] as const),
    ...Object.entries(NEW_RELEASES),
  ];
  it.each(
    TEXTS.flatMap(([name, text]) =>
      (['utf-16le', 'utf-16be'] as const).map((encoding) => [name, encoding, text] as const),
    ),
  )('reads %s as %s without a BOM, from its NUL bytes', (_name, encoding, text) => {
    const bytes = iconv.encode(text, encoding, { addBOM: false });
    expect(decode('a.txt', bytes)).toEqual({ text, encoding });
  });

  it('detects GB18030 (Simplified Chinese seed 001)', () => {
    const text = seedText('001');
    expect(decode('a.txt', reencode(text, 'gb18030'))).toEqual({ text, encoding: 'gb18030' });
  });

  it('detects Big5 (Traditional Chinese seed 002)', () => {
    const text = seedText('002');
    expect(decode('a.txt', reencode(text, 'big5'))).toEqual({ text, encoding: 'big5' });
  });

  it('detects GB18030 for Traditional Chinese too (GBK has Traditional characters)', () => {
    const text = seedText('002');
    expect(decode('a.txt', reencode(text, 'gb18030'))).toEqual({ text, encoding: 'gb18030' });
  });

  it('rejects a decoding full of kana, bopomofo or private-use characters as implausible', () => {
    expect(implausibleShare('中国移动与上海市政府签署协议')).toBe(0);
    expect(implausibleShare('ㄓ方る霍緗呼ら')).toBeGreaterThan(0.3);
  });
});

describe('decode: bad input', () => {
  it('an empty file', () => {
    const error = decodeError(new Uint8Array(0), 'sources/empty.txt');
    expect(error.message).toBe('sources/empty.txt: the file is empty');
  });

  it('a whitespace-only file (spaces, tabs, newlines, ideographic space, BOM)', () => {
    const error = decodeError(
      Buffer.from('\ufeff  \t\r\n\u3000\n  \n', 'utf8'),
      'sources/blank.txt',
    );
    expect(error.message).toBe('sources/blank.txt: the file contains only whitespace');
  });

  it('NUL bytes (binary) with the byte offset and line', () => {
    const bytes = Buffer.concat([
      Buffer.from('line one\nline two\nab', 'utf8'),
      Buffer.from([0, 1, 2, 3]),
    ]);
    const error = decodeError(bytes, 'sources/blob.txt');
    expect(error.file).toBe('sources/blob.txt');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(
      /^sources\/blob\.txt:3: binary content: a NUL byte at byte offset 20/,
    );
  });

  it('NUL bytes in a single line are binary, even when they could pair up as UTF-16', () => {
    const bytes = Buffer.from('hello', 'utf16le');
    expect(decodeError(bytes).message).toMatch(/binary content: a NUL byte at byte offset 1/);
  });

  it('undecodable bytes: neither UTF-8 nor GB18030 nor Big5, with offset and line', () => {
    const bytes = Buffer.concat([
      Buffer.from('Title\nsecond line\nthird ', 'utf8'),
      Buffer.from([0xff, 0x41, 0xfe, 0x42, 0x80, 0x43]),
    ]);
    const error = decodeError(bytes, 'sources/garbage.txt');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(
      /^sources\/garbage\.txt:3: cannot decode: not UTF-8 \(invalid at byte offset 24 \(0xff\)\)/,
    );
  });

  it('damaged UTF-8 (one bad byte in a long UTF-8 text) is not mistaken for GB18030', () => {
    const bytes = Buffer.from(seedBytes('001'));
    const offset = bytes.indexOf(Buffer.from('三年间', 'utf8'));
    bytes[offset] = 0xff;
    const error = decodeError(bytes, 'sources/damaged.txt');
    const line = seedText('001').slice(0, seedText('001').indexOf('三年间')).split('\n').length;
    expect(error.line).toBe(line);
    expect(error.message).toContain(
      `invalid UTF-8 at byte offset ${offset} (0xff): the file is damaged`,
    );
  });

  it('a UTF-16 file with an odd number of bytes', () => {
    const bytes = Buffer.concat([reencode('abc', 'utf-16le'), Buffer.from([0x41])]);
    expect(decodeError(bytes).message).toMatch(/odd number of bytes/);
  });

  it('UTF-16 with an unpaired surrogate, with its offset', () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00, 0x00, 0xd8, 0x41, 0x00]);
    const error = decodeError(bytes);
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/invalid UTF-16 LE at byte offset 6/);
  });

  it('a file over the size limit', () => {
    const error = decodeError(new Uint8Array(MAX_SOURCE_BYTES + 1), 'sources/huge.txt');
    expect(error.message).toMatch(
      /^sources\/huge\.txt: the file is 8\.0 MB; a release may be at most 8\.0 MB/,
    );
  });
});
