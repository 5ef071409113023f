/**
 * Bytes → text. Releases arrive as UTF-8 (with or without a byte-order mark), UTF-16 (with a
 * byte-order mark, or without one, told by its NUL bytes), or a legacy Chinese code page
 * (GB18030/GBK, Big5). Anything else, and
 * anything that is not a text at all, is an `IngestError` naming the file and where it failed.
 */
import chardet, { type Match } from 'chardet';
import iconv from 'iconv-lite';
import { IngestError } from './types.ts';

/** The encodings a decoded source may report, as recorded in the article's `source.encoding`. */
export type SourceEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface Decoded {
  text: string;
  encoding: SourceEncoding;
}

/** A press release is a few kilobytes; anything this large is a mistake (a PDF, a dump, a log). */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
const UTF32LE_BOM = [0xff, 0xfe, 0x00, 0x00];
const UTF32BE_BOM = [0x00, 0x00, 0xfe, 0xff];

/** Legacy code pages we decode, keyed by the names chardet reports for them. */
const LEGACY_ENCODINGS: Readonly<Record<string, 'gb18030' | 'big5'>> = {
  GB18030: 'gb18030',
  GBK: 'gb18030',
  GB2312: 'gb18030',
  Big5: 'big5',
};

/**
 * Characters that a Chinese release practically never contains but that a wrong code page
 * produces in bulk (Big5 read as GBK yields kana, bopomofo and user-defined code points).
 */
const IMPLAUSIBLE_CHARACTER =
  // eslint-disable-next-line no-control-regex -- control characters are among what it looks for
  /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u0370-\u03ff\u0400-\u04ff\u1100-\u11ff\u2500-\u257f\u3040-\u30ff\u3100-\u312f\u3130-\u318f\uac00-\ud7af\ue000-\uf8ff]/u;

/**
 * Characters no text contains (controls, private use): what binary bytes read as UTF-16 give.
 * Unlike IMPLAUSIBLE_CHARACTER it allows other scripts, so that a Russian release in UTF-16
 * is decoded and then refused for its language, not called binary.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NOT_TEXT = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ue000-\uf8ff\ufffe\uffff]/u;

/** Above this share of implausible characters (among non-space ones) a decoding is rejected. */
const MAX_IMPLAUSIBLE_SHARE = 0.01;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`;
}

/** Rejects a file by its size alone, so the CLI can refuse it before reading it. */
export function checkSourceSize(file: string, size: number): void {
  if (size === 0) throw new IngestError(file, 'the file is empty');
  if (size > MAX_SOURCE_BYTES) {
    throw new IngestError(
      file,
      `the file is ${formatBytes(size)}; a release may be at most ${formatBytes(MAX_SOURCE_BYTES)} ` +
        '(is it really a press release? split it or remove it from the sources folder)',
    );
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** 1-based line of a byte offset in an ASCII-compatible encoding (counts LF bytes before it). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.length; index += 1) {
    if (bytes[index] === 0x0a) line += 1;
  }
  return line;
}

/** 1-based line of a byte offset in UTF-16 text (counts U+000A code units before it). */
function lineOfUtf16Byte(bytes: Uint8Array, offset: number, littleEndian: boolean): number {
  let line = 1;
  for (let index = 0; index + 1 < offset && index + 1 < bytes.length; index += 2) {
    const unit = littleEndian
      ? (bytes[index] ?? 0) | ((bytes[index + 1] ?? 0) << 8)
      : ((bytes[index] ?? 0) << 8) | (bytes[index + 1] ?? 0);
    if (unit === 0x0a) line += 1;
  }
  return line;
}

interface Utf8Scan {
  /** Offset of the first byte that starts no valid UTF-8 sequence, or -1. */
  firstInvalid: number;
  invalidSequences: number;
  validMultiByteSequences: number;
}

/** Walks the bytes as UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF). */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let firstInvalid = -1;
  let invalidSequences = 0;
  let validMultiByteSequences = 0;
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    const length = utf8SequenceLength(bytes, index);
    if (length === 0) {
      if (firstInvalid < 0) firstInvalid = index;
      invalidSequences += 1;
      index += 1;
    } else {
      validMultiByteSequences += 1;
      index += length;
    }
  }
  return { firstInvalid, invalidSequences, validMultiByteSequences };
}

/** Length of the valid multi-byte UTF-8 sequence at `index`, or 0 if there is none. */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  const continuation = (offset: number, low = 0x80, high = 0xbf): boolean => {
    const byte = bytes[index + offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (lead >= 0xc2 && lead <= 0xdf) return continuation(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const low = lead === 0xe0 ? 0xa0 : 0x80;
    const high = lead === 0xed ? 0x9f : 0xbf;
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const low = lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xf4 ? 0x8f : 0xbf;
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

function decodeUtf16(file: string, bytes: Uint8Array, littleEndian: boolean): Decoded {
  const body = bytes.subarray(2);
  const label = littleEndian ? 'UTF-16 LE' : 'UTF-16 BE';
  if (body.length % 2 !== 0) {
    throw new IngestError(
      file,
      `the file starts with a ${label} byte-order mark but has an odd number of bytes (${bytes.length}): it is truncated or not UTF-16`,
      lineOfUtf16Byte(bytes, bytes.length, littleEndian),
    );
  }
  try {
    const text = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be', {
      fatal: true,
      ignoreBOM: true,
    }).decode(body);
    return { text, encoding: littleEndian ? 'utf-16le' : 'utf-16be' };
  } catch {
    const offset = 2 + firstUnpairedSurrogate(body, littleEndian);
    throw new IngestError(
      file,
      `invalid ${label} at byte offset ${offset} (an unpaired surrogate)`,
      lineOfUtf16Byte(bytes, offset, littleEndian),
    );
  }
}

function firstUnpairedSurrogate(body: Uint8Array, littleEndian: boolean): number {
  const unitAt = (index: number): number =>
    littleEndian
      ? (body[index] ?? 0) | ((body[index + 1] ?? 0) << 8)
      : ((body[index] ?? 0) << 8) | (body[index + 1] ?? 0);
  for (let index = 0; index + 1 < body.length; index += 2) {
    const unit = unitAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = index + 3 < body.length ? unitAt(index + 2) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) {
        index += 2;
        continue;
      }
      return index;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) return index;
  }
  return 0;
}

/** Code units below U+0080 in a text: line breaks, digits, Latin letters. */
function asciiCount(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1)
    if (text.charCodeAt(index) < 0x80) count += 1;
  return count;
}

/**
 * UTF-16 without a byte-order mark, which some Windows tools write. Its NUL bytes give it
 * away: every line break, digit and Latin letter has a zero high byte. Both byte orders are
 * tried; a reading must decode cleanly, be plausible text and have lines (a release has a
 * title and a body, or a one-paragraph release has Chinese sentence punctuation: binary bytes
 * rarely pair into either), and of two such readings the
 * one with more of those characters wins (the other order turns them into U+0A00, U+3100…).
 * Anything else with NUL bytes is binary (null).
 */
function utf16WithoutBom(bytes: Uint8Array): Decoded | null {
  if (bytes.length % 2 !== 0) return null;
  const readings: Decoded[] = [];
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    try {
      const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
      if (/[\n\r，。]/u.test(text) && shareOf(text, NOT_TEXT) <= MAX_IMPLAUSIBLE_SHARE)
        readings.push({ text, encoding });
    } catch {
      // Unpaired surrogates: not this byte order.
    }
  }
  readings.sort((a, b) => asciiCount(b.text) - asciiCount(a.text));
  return readings[0] ?? null;
}

/** Share of implausible characters among the non-space characters of a decoded text. */
export function implausibleShare(text: string): number {
  return shareOf(text, IMPLAUSIBLE_CHARACTER);
}

function shareOf(text: string, pattern: RegExp): number {
  let counted = 0;
  let matched = 0;
  for (const character of text) {
    if (/\s/u.test(character)) continue;
    counted += 1;
    if (pattern.test(character)) matched += 1;
  }
  return counted === 0 ? 0 : matched / counted;
}

/** The legacy encodings to try, most likely first according to chardet's statistics. */
function legacyCandidates(matches: readonly Match[]): ('gb18030' | 'big5')[] {
  const ranked = matches
    .map((match) => LEGACY_ENCODINGS[match.name])
    .filter((name): name is 'gb18030' | 'big5' => name !== undefined);
  return [...new Set([...ranked, 'gb18030' as const, 'big5' as const])];
}

/**
 * Japanese and Korean code pages whose bytes GB18030 also accepts: decoded as Chinese they
 * give plausible-looking nonsense, so chardet's verdict is taken when it is sure.
 */
const OTHER_LANGUAGE_ENCODINGS: Readonly<Record<string, string>> = {
  Shift_JIS: 'Shift_JIS, a Japanese encoding',
  'EUC-JP': 'EUC-JP, a Japanese encoding',
  'EUC-KR': 'EUC-KR, a Korean encoding',
  'ISO-2022-JP': 'ISO-2022-JP, a Japanese encoding',
  'ISO-2022-KR': 'ISO-2022-KR, a Korean encoding',
};
/** chardet is sure of a Japanese or Korean code page, and gives a Chinese one less than half. */
const SURE = 90;
const UNLIKELY = 50;

function otherLanguageEncoding(matches: readonly Match[]): string | null {
  const [top] = matches;
  if (!top || top.confidence < SURE) return null;
  const description = OTHER_LANGUAGE_ENCODINGS[top.name];
  if (!description) return null;
  const chinese = matches.filter((match) => LEGACY_ENCODINGS[match.name] !== undefined);
  return chinese.every((match) => match.confidence < UNLIKELY)
    ? `${description} (chardet: ${top.confidence}%)`
    : null;
}

/**
 * Decodes a source file's bytes. `file` only names the file in errors.
 * Throws `IngestError` for empty, whitespace-only, binary, oversized or undecodable input.
 */
export function decode(file: string, bytes: Uint8Array): Decoded {
  checkSourceSize(file, bytes.length);
  const decoded = decodeBytes(file, bytes);
  if (decoded.text.trim() === '') {
    throw new IngestError(file, 'the file contains only whitespace');
  }
  return decoded;
}

function decodeBytes(file: string, bytes: Uint8Array): Decoded {
  if (startsWith(bytes, UTF32LE_BOM) || startsWith(bytes, UTF32BE_BOM)) {
    throw new IngestError(file, 'UTF-32 is not supported: save the file as UTF-8', 1);
  }
  if (startsWith(bytes, UTF16LE_BOM)) return decodeUtf16(file, bytes, true);
  if (startsWith(bytes, UTF16BE_BOM)) return decodeUtf16(file, bytes, false);

  const hasBom = startsWith(bytes, UTF8_BOM);
  const nul = bytes.indexOf(0x00);
  if (nul >= 0) {
    const utf16 = hasBom ? null : utf16WithoutBom(bytes);
    if (utf16) return utf16;
    throw new IngestError(
      file,
      `binary content: a NUL byte at byte offset ${nul} (a text file has none; is this a document or an image? save the text as UTF-8)`,
      lineOfByte(bytes, nul),
    );
  }

  const body = hasBom ? bytes.subarray(UTF8_BOM.length) : bytes;
  const scan = scanUtf8(body);
  if (scan.firstInvalid < 0) {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(body),
      encoding: hasBom ? 'utf-8-bom' : 'utf-8',
    };
  }
  const offset = scan.firstInvalid + (hasBom ? UTF8_BOM.length : 0);
  const where = `byte offset ${offset} (0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')})`;
  // A BOM, or mostly valid UTF-8 with a few bad bytes, is damaged UTF-8, not another code page:
  // decoding it as GB18030 would turn every character into plausible-looking nonsense.
  if (hasBom || scan.invalidSequences * 20 < scan.validMultiByteSequences) {
    throw new IngestError(
      file,
      `invalid UTF-8 at ${where}: the file is damaged`,
      lineOfByte(bytes, offset),
    );
  }

  const matches = chardet.analyse(bytes);
  const otherLanguage = otherLanguageEncoding(matches);
  if (otherLanguage) {
    throw new IngestError(
      file,
      `the bytes are ${otherLanguage}, not UTF-8, GB18030 or Big5: the archive takes Chinese and English releases only (if this is one, save it as UTF-8)`,
      1,
    );
  }
  const rejected: string[] = [];
  for (const encoding of legacyCandidates(matches)) {
    const text = iconv.decode(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      encoding,
    );
    if (text.includes('\ufffd')) {
      rejected.push(`${encoding}: bytes that are not ${encoding}`);
      continue;
    }
    const share = implausibleShare(text);
    if (share > MAX_IMPLAUSIBLE_SHARE) {
      rejected.push(`${encoding}: ${(share * 100).toFixed(1)}% implausible characters`);
      continue;
    }
    return { text, encoding };
  }
  throw new IngestError(
    file,
    `cannot decode: not UTF-8 (invalid at ${where}), and not GB18030 or Big5 (${rejected.join('; ')}); save the file as UTF-8`,
    lineOfByte(bytes, offset),
  );
}
