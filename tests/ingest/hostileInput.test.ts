/**
 * Bad and odd input, one case a row: each is dropped into a sources folder beside a good
 * release, and the run must end in a one-line error naming the file (and the fix), or a
 * correct article (with a warning where one is due). On every input: no `BUG`, no stack
 * trace, the good release still written, no byte from outside the sources folder in the
 * output, the sources untouched, and a second run that changes no byte.
 */
import iconv from 'iconv-lite';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../scripts/ingest/article.ts';
import {
  runIngest,
  UsageError,
  type RunOptions,
  type RunResult,
} from '../../scripts/ingest/run.ts';
import { nodeReadFs, type ReadFs } from '../../scripts/ingest/sourceFolder.ts';
import { projectRoot, temporaryFolder } from './helpers.ts';
import { NEW_RELEASE_IDS, NEW_RELEASES } from './releases.ts';

/** Bytes that must never reach the output: they live only outside the sources folder. */
const SECRET = 'SECRET-OUTSIDE-THE-SOURCES-7f3a9c';
const TODAY = '2026-06-15';

const BYSTANDER = 'chengdu-mobile.txt';
const ZH_HANS = 'guiyang-unicom.txt';
const ZH_HANT = 'guangzhou-telecom-tower.txt';
const HANS_TEXT = NEW_RELEASES[ZH_HANS] ?? '';
const HANT_TEXT = NEW_RELEASES[ZH_HANT] ?? '';
const HANS_ID = NEW_RELEASE_IDS[ZH_HANS] ?? '';
const HANT_ID = NEW_RELEASE_IDS[ZH_HANT] ?? '';
const SIDECAR_DAY = (field: string, value: string): string =>
  `decidedBy: Archive editors\n${field}:\n  value: '${value}'\n  precision: ${value.length === 4 ? 'year' : 'day'}\n  reason: The text says so.\n`;

interface Folders {
  sources: string;
  outside: string;
  out: string;
}

type Expected =
  /** Errors for exactly these files, each matching. */
  | { errors: Record<string, RegExp> }
  /** An article for `file` with this id; its body that of `sameBodyAs`'s UTF-8 article. */
  | { article: string; id: string; sameBodyAs?: string; warning?: RegExp }
  /** No error; a notice matching. */
  | { notice: RegExp }
  /** The run refuses to start. */
  | { usage: RegExp };

interface Case {
  name: string;
  setup: (folders: Folders) => void;
  expected: Expected;
  readFs?: ReadFs;
  /** Options pointing the run elsewhere (--out, --sources). */
  paths?: (folders: Folders) => Partial<RunOptions>;
}

const write = (folder: string, name: string, bytes: string | Buffer): void =>
  writeFileSync(join(folder, name), bytes);
const release = (name: string, bytes: string | Buffer) => (f: Folders) =>
  write(f.sources, name, bytes);
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

const CASES: Case[] = [
  // ---- Files that are not a release's text
  {
    name: 'an empty file',
    setup: release('empty.txt', ''),
    expected: { errors: { 'empty.txt': /: the file is empty$/u } },
  },
  {
    name: 'whitespace only',
    setup: release('blank.txt', ' \n\t\r\n\u3000\n'),
    expected: { errors: { 'blank.txt': /only whitespace/u } },
  },
  {
    name: 'a binary file (a PNG)',
    setup: release('image.txt', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
    expected: {
      errors: { 'image.txt': /:3: binary content: a NUL byte .*save the text as UTF-8/u },
    },
  },
  {
    name: 'NUL bytes inside a text',
    setup: release('nul.txt', Buffer.concat([utf8(HANS_TEXT), Buffer.from([0, 0, 0])])),
    expected: { errors: { 'nul.txt': /:\d+: binary content: a NUL byte at byte offset \d+/u } },
  },
  {
    name: 'a huge file (sparse, refused by size before it is read)',
    setup: (f) => {
      write(f.sources, 'huge.txt', '');
      truncateSync(join(f.sources, 'huge.txt'), 9 * 1024 * 1024);
    },
    expected: { errors: { 'huge.txt': /the file is 9\.0 MB; a release may be at most 8\.0 MB/u } },
  },
  {
    name: 'invalid UTF-8 (a damaged file)',
    setup: release('damaged.txt', Buffer.concat([utf8(HANS_TEXT), Buffer.from([0xe5, 0x28])])),
    expected: { errors: { 'damaged.txt': /:\d+: invalid UTF-8 at byte offset \d+ .*damaged/u } },
  },
  {
    name: 'mixed encodings (UTF-8 with a GB18030 paragraph)',
    setup: release(
      'mixed.txt',
      Buffer.concat([utf8(HANS_TEXT), iconv.encode('双方表示将深化合作。\n', 'gb18030')]),
    ),
    expected: {
      errors: {
        'mixed.txt': /:8: cannot decode: not UTF-8 .*not GB18030 or Big5.*save the file as UTF-8/u,
      },
    },
  },
  {
    name: 'Latin-1 text (neither UTF-8 nor a Chinese code page)',
    setup: release(
      'latin1.txt',
      Buffer.concat([utf8('Title\n\nA caf'), Buffer.from([0xe9]), utf8(' in Hangzhou.\n')]),
    ),
    expected: { errors: { 'latin1.txt': /:3: cannot decode: .*save the file as UTF-8/u } },
  },
  {
    name: 'UTF-32',
    setup: release('utf32.txt', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.alloc(8)])),
    expected: { errors: { 'utf32.txt': /UTF-32 is not supported: save the file as UTF-8/u } },
  },
  {
    name: 'UTF-16 cut off (an odd number of bytes)',
    setup: release(
      'odd16.txt',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        iconv.encode(HANS_TEXT, 'utf-16le'),
        Buffer.from([0x41]),
      ]),
    ),
    expected: { errors: { 'odd16.txt': /odd number of bytes/u } },
  },
  {
    name: 'digits and punctuation only',
    setup: release('digits.txt', '2019-05-01\n\n12345 !!! ---\n'),
    expected: { errors: { 'digits.txt': /:1: no letters or Han characters/u } },
  },

  // ---- Encodings and line endings that must give the UTF-8 article
  ...(
    [
      ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(HANS_TEXT)])],
      ['UTF-16 LE with a BOM', iconv.encode(HANS_TEXT, 'utf-16le', { addBOM: true })],
      ['UTF-16 BE with a BOM', iconv.encode(HANS_TEXT, 'utf-16be', { addBOM: true })],
      ['UTF-16 LE without a BOM', iconv.encode(HANS_TEXT, 'utf-16le')],
      ['UTF-16 BE without a BOM', iconv.encode(HANS_TEXT, 'utf-16be')],
      ['GB18030', iconv.encode(HANS_TEXT, 'gb18030')],
      ['CRLF line endings', utf8(HANS_TEXT.replace(/\n/gu, '\r\n'))],
      ['CR line endings', utf8(HANS_TEXT.replace(/\n/gu, '\r'))],
      ['no final line break', utf8(HANS_TEXT.trimEnd())],
    ] as const
  ).map(([name, bytes]): Case => ({
    name,
    setup: release('variant.txt', bytes),
    expected: { article: 'variant.txt', id: HANS_ID, sameBodyAs: ZH_HANS },
  })),
  {
    name: 'Big5',
    setup: release('big5.txt', iconv.encode(HANT_TEXT, 'big5')),
    expected: { article: 'big5.txt', id: HANT_ID, sameBodyAs: ZH_HANT },
  },
  {
    name: 'an extremely long line (300 KB)',
    setup: release(
      'long-line.txt',
      `${HANS_TEXT}\n${'双方将推进5G网络和智慧城市建设。'.repeat(10_000)}\n`,
    ),
    expected: { article: 'long-line.txt', id: HANS_ID },
  },
  {
    name: 'emoji and other characters beyond the BMP',
    setup: release('emoji.txt', `${HANS_TEXT}\n双方表示合作愉快🎉，𠀀字亦可。\n`),
    expected: { article: 'emoji.txt', id: HANS_ID },
  },

  // ---- Languages and shapes of text
  {
    name: 'a Russian release',
    setup: release(
      'russian.txt',
      'Ростелеком подписал соглашение с правительством Москвы\n\n12 мая 2019 года компания подписала соглашение о сотрудничестве.\n',
    ),
    expected: {
      errors: {
        'russian.txt': /:1: the text is written in Cyrillic .*Chinese and English releases only/u,
      },
    },
  },
  {
    name: 'a Japanese release (kana among the kanji)',
    setup: release(
      'japanese.txt',
      '中国移動と上海市政府が協力協定を締結\n\n2019年5月12日、中国移動は上海市政府と戦略的協力協定を締結しました。\n',
    ),
    expected: { errors: { 'japanese.txt': /:1: the text is written in Japanese kana/u } },
  },
  {
    name: 'a Korean release',
    setup: release(
      'korean.txt',
      '차이나모바일, 상하이시와 협력 협정 체결\n\n2019년 5월 12일 차이나모바일은 상하이시 정부와 협정을 체결했다.\n',
    ),
    expected: { errors: { 'korean.txt': /:1: the text is written in Hangul/u } },
  },
  {
    name: 'a French release (Latin letters, not English)',
    setup: release(
      'french.txt',
      'China Mobile signe un accord avec la ville de Chengdu\n\nLe 12 octobre 2020, China Mobile et le gouvernement de Chengdu ont signé un accord de coopération pour le déploiement de la 5G dans la ville et les districts voisins.\n',
    ),
    expected: {
      errors: {
        'french.txt':
          /:1: the text reads as French, not English: .*Chinese and English releases only/u,
      },
    },
  },
  {
    name: 'an English release quoting a French sentence',
    setup: release(
      'quote.txt',
      `${NEW_RELEASES['guiyang-unicom.txt'] ?? ''}\nThe French partner said: "le projet est une étape pour la ville".\n`,
    ),
    expected: { article: 'quote.txt', id: HANS_ID },
  },
  {
    name: 'a Japanese release in Shift_JIS (bytes GB18030 would also accept)',
    setup: release(
      'shift-jis.txt',
      iconv.encode(
        '中国移動と上海市政府が協力協定を締結\n\n2019年5月12日、中国移動は上海市政府と戦略的協力協定を締結しました。\n',
        'shift_jis',
      ),
    ),
    expected: {
      errors: {
        'shift-jis.txt': /:1: the bytes are Shift_JIS, a Japanese encoding .*save it as UTF-8/u,
      },
    },
  },
  {
    name: 'a Korean release in EUC-KR',
    setup: release(
      'euc-kr.txt',
      iconv.encode(
        '차이나모바일, 상하이시와 협력 협정 체결\n\n2019년 5월 12일 차이나모바일은 상하이시 정부와 전략적 협력 협정을 체결했다.\n',
        'euc-kr',
      ),
    ),
    expected: { errors: { 'euc-kr.txt': /:1: the bytes are EUC-KR, a Korean encoding/u } },
  },
  {
    name: 'a Russian release in windows-1251',
    setup: release(
      'cp1251.txt',
      iconv.encode(
        'Ростелеком подписал соглашение\n\n12 мая 2019 года компания подписала соглашение о сотрудничестве.\n',
        'win1251',
      ),
    ),
    expected: { errors: { 'cp1251.txt': /:1: cannot decode: .*save the file as UTF-8/u } },
  },
  {
    name: 'a Chinese release naming a Japanese firm (a few kana are no reason to refuse)',
    setup: release('kana-name.txt', `${HANS_TEXT}\n日本企业ソフトバンク也将参与。\n`),
    expected: { article: 'kana-name.txt', id: HANS_ID },
  },
  {
    name: 'a title and no body',
    setup: release('title-only.txt', '贵阳市人民政府与中国联通签署大数据战略合作协议\n'),
    expected: { errors: { 'title-only.txt': /a title and no body: add the text of the release/u } },
  },
  {
    name: 'a title and a date line, no sentence',
    setup: release(
      'no-sentence.txt',
      '贵阳市人民政府与中国联通签署大数据战略合作协议\n发布时间：2018-05-28 09:30\n',
    ),
    expected: {
      article: 'no-sentence.txt',
      id: '2018-05-28-guiyang-china-unicom',
      warning: /the body has no sentence/u,
    },
  },
  {
    name: 'a date that does not exist, no sidecar',
    setup: release(
      'month13.txt',
      '某市政府与中国移动签署合作协议\n\n2019年13月45日，贵阳市人民政府与中国移动通信集团签署战略合作协议。\n',
    ),
    expected: {
      errors: {
        'month13.txt':
          /:3: a date that does not exist: "2019年13月45日".*give the dates in month13\.yaml/u,
      },
    },
  },
  {
    name: 'a date that does not exist, the sidecar gives signedOn',
    setup: (f) => {
      write(
        f.sources,
        'month13.txt',
        '某市政府与中国移动签署合作协议\n\n2019年13月45日，贵阳市人民政府与中国移动通信集团签署战略合作协议。\n',
      );
      write(f.sources, 'month13.yaml', SIDECAR_DAY('signedOn', '2019-03-15'));
    },
    expected: {
      article: 'month13.txt',
      id: '2019-03-15-guiyang-china-mobile',
      warning: /the text's dates were not read .*2019年13月45日.*the sidecar's signedOn stands/u,
    },
  },
  {
    name: 'markup in the text stays text',
    setup: release(
      'markup.txt',
      `${HANS_TEXT}\n<script>alert(1)</script> --- [x](javascript:alert(1))\n`,
    ),
    expected: { article: 'markup.txt', id: HANS_ID },
  },

  // ---- Names
  {
    name: 'an upper-case extension',
    setup: release('Release.TXT', HANS_TEXT),
    expected: {
      errors: {
        'Release.TXT': /the extension \.TXT is not lower-case.*rename it to Release\.txt/u,
      },
    },
  },
  {
    name: 'a sidecar ending in .yml',
    setup: (f) => {
      write(f.sources, ZH_HANS, HANS_TEXT);
      write(f.sources, 'guiyang-unicom.yml', 'decidedBy: Archive editors\n');
    },
    expected: {
      errors: {
        'guiyang-unicom.yml': /sidecars end in \.yaml: rename it to guiyang-unicom\.yaml/u,
      },
    },
  },
  {
    name: 'a line break in a file name',
    setup: release('two\nlines.txt', HANS_TEXT),
    expected: { errors: { 'two\\nlines.txt': /control character.*rename the file/u } },
  },
  {
    name: 'a percent-encoded traversal name is a plain name',
    setup: release('%2e%2e%2f%2e%2e%2fetc%2fpasswd.txt', HANS_TEXT),
    expected: { article: '%2e%2e%2f%2e%2e%2fetc%2fpasswd.txt', id: HANS_ID },
  },
  {
    name: 'a backslash traversal name is a plain name',
    setup: release('x..\\..\\secret.txt', HANS_TEXT),
    expected: { article: 'x..\\..\\secret.txt', id: HANS_ID },
  },
  {
    name: 'a hidden name starting with .. is named, not read',
    setup: release('..%2f..%2fsecret.txt', HANS_TEXT),
    expected: { notice: /hidden files are never read\): \.\.%2f\.\.%2fsecret\.txt$/u },
  },
  {
    name: 'files that are not releases are named, not read',
    setup: (f) => {
      write(f.sources, 'notes.md', '# notes');
      write(f.sources, 'scan.pdf', '%PDF-1.4');
      write(f.sources, '.DS_Store', '');
    },
    expected: { notice: /not read .*notes\.md, scan\.pdf$/u },
  },

  // ---- Links, folders and special files
  {
    name: 'a link to a file outside the sources folder',
    setup: (f) => symlinkSync(join(f.outside, 'secret.txt'), join(f.sources, 'passwd.txt')),
    expected: {
      errors: {
        'passwd.txt':
          /a symbolic link to .*secret\.txt, outside the sources folder: .*copy the file in/u,
      },
    },
  },
  {
    name: 'a relative link climbing out of the sources folder',
    setup: (f) => symlinkSync('../outside/secret.txt', join(f.sources, 'climb.txt')),
    expected: {
      errors: {
        'climb.txt': /a symbolic link to \.\.\/outside\/secret\.txt, outside the sources folder/u,
      },
    },
  },
  {
    name: 'a link to /etc/passwd',
    setup: (f) => symlinkSync('/etc/passwd', join(f.sources, 'etc-passwd.txt')),
    expected: {
      errors: { 'etc-passwd.txt': /a symbolic link to \/etc\/passwd, outside the sources folder/u },
    },
  },
  {
    name: 'a link to the folder above',
    setup: (f) => symlinkSync('..', join(f.sources, 'up.txt')),
    expected: { errors: { 'up.txt': /a symbolic link to \.\., outside the sources folder/u } },
  },
  {
    name: 'a link to a file inside the sources folder is followed',
    setup: (f) => {
      mkdirSync(join(f.sources, 'originals'));
      write(join(f.sources, 'originals'), 'guiyang.txt', HANS_TEXT);
      symlinkSync('originals/guiyang.txt', join(f.sources, 'linked.txt'));
    },
    expected: { article: 'linked.txt', id: HANS_ID, sameBodyAs: ZH_HANS },
  },
  {
    name: 'a dangling link',
    setup: (f) => symlinkSync('gone.txt', join(f.sources, 'dangling.txt')),
    expected: {
      errors: {
        'dangling.txt': /a symbolic link to gone\.txt, which does not exist: remove the link/u,
      },
    },
  },
  {
    name: 'a loop of links',
    setup: (f) => {
      symlinkSync('loop-b.txt', join(f.sources, 'loop-a.txt'));
      symlinkSync('loop-a.txt', join(f.sources, 'loop-b.txt'));
    },
    expected: {
      errors: {
        'loop-a.txt': /a symbolic link to loop-b\.txt that loops back on itself/u,
        'loop-b.txt': /a symbolic link to loop-a\.txt that loops back on itself/u,
      },
    },
  },
  {
    name: 'a folder named like a release',
    setup: (f) => mkdirSync(join(f.sources, 'folder.txt')),
    expected: {
      errors: { 'folder.txt': /a folder, not a file: .*move it out of the sources folder/u },
    },
  },
  {
    name: 'a link to the sources folder itself',
    setup: (f) => symlinkSync('.', join(f.sources, 'self.txt')),
    expected: { errors: { 'self.txt': /a folder, not a file/u } },
  },
  {
    name: 'a FIFO named like a release (reading it would hang)',
    setup: (f) => {
      const made = spawnSync('mkfifo', [join(f.sources, 'pipe.txt')]);
      if (made.status !== 0) throw new Error('mkfifo failed');
    },
    expected: { errors: { 'pipe.txt': /not a regular file \(a FIFO, socket or device\)/u } },
  },
  {
    name: 'a file ingest may not read (permission denied)',
    setup: release('locked.txt', HANS_TEXT),
    // The tests run as root, who reads any file: the refusal is simulated.
    readFs: {
      readRegularFile: (path) => {
        if (basename(path) === 'locked.txt') {
          throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), {
            code: 'EACCES',
          });
        }
        return nodeReadFs.readRegularFile(path);
      },
    },
    expected: { errors: { 'locked.txt': /cannot be read \(permission denied\): .*chmod a\+r/u } },
  },
  {
    name: 'a sources folder reached through a link',
    setup: () => undefined,
    paths: (f) => {
      symlinkSync(f.sources, `${f.sources}-link`);
      return { sourcesDir: `${f.sources}-link` };
    },
    expected: { article: BYSTANDER, id: NEW_RELEASE_IDS[BYSTANDER] ?? '' },
  },

  // ---- Sidecars
  {
    name: 'a sidecar linked from outside the sources folder',
    setup: (f) => {
      write(f.sources, ZH_HANS, HANS_TEXT);
      write(f.outside, 'sidecar.yaml', 'decidedBy: Archive editors\n');
      symlinkSync(join(f.outside, 'sidecar.yaml'), join(f.sources, 'guiyang-unicom.yaml'));
    },
    expected: {
      errors: {
        'guiyang-unicom.yaml': /a symbolic link to .*sidecar\.yaml, outside the sources folder/u,
      },
    },
  },
  {
    name: 'a sidecar for a missing release',
    setup: release('orphan.yaml', 'decidedBy: Archive editors\n'),
    expected: {
      errors: { 'orphan.yaml': /a sidecar without a source \(expected orphan\.txt beside it\)/u },
    },
  },
  ...(
    [
      [
        'with an unknown key',
        'decidedBy: Archive editors\nsignedDate: 2019\n',
        /:2: unknown key "signedDate" \(allowed: /u,
      ],
      ['that is not YAML', 'decidedBy: [unclosed\n  : : :\n', /:\d: YAML error: /u],
      [
        'that is prose',
        'These are my notes about the release, not YAML keys.\n',
        /:1: a sidecar is a YAML mapping/u,
      ],
      [
        'that is binary',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]),
        /not valid UTF-8: save it as UTF-8/u,
      ],
      ['that is empty', '', /:1: decidedBy: missing: it is required/u],
      [
        'with a YAML alias bomb',
        'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
        /:1: YAML error: Excessive alias count .*write each value out/u,
      ],
      [
        'nested too deeply',
        `${'['.repeat(30_000)}\n`,
        /:1: YAML error: the document nests too deeply/u,
      ],
      [
        'too large',
        `decidedBy: Archive editors\n# ${'x'.repeat(70_000)}\n`,
        /the sidecar is \d+ bytes; a sidecar may be at most 65536/u,
      ],
      [
        'with a signing date in the future',
        SIDECAR_DAY('signedOn', '2099-01-01'),
        /:3: signedOn\.value: "2099-01-01" is in the future \(today is 2026-06-15\)/u,
      ],
      [
        'with a publication year before 1949',
        SIDECAR_DAY('publishedOn', '1900'),
        /:3: publishedOn\.value: "1900" is before 1949/u,
      ],
      [
        'with a date that does not exist',
        SIDECAR_DAY('signedOn', '2019-02-30'),
        /:3: signedOn\.value: "2019-02-30" is not a date/u,
      ],
      [
        'with a traversal slug',
        'decidedBy: Archive editors\nslug: ../../etc/passwd\n',
        /:2: slug: a lower-case slug/u,
      ],
    ] as const
  ).map(([name, sidecar, message]): Case => ({
    name: `a sidecar ${name}`,
    setup: (f) => {
      write(f.sources, ZH_HANS, HANS_TEXT);
      write(f.sources, 'guiyang-unicom.yaml', sidecar);
    },
    expected: { errors: { 'guiyang-unicom.yaml': message } },
  })),
  {
    name: 'a sidecar date this year, at year precision, is not in the future',
    setup: (f) => {
      write(f.sources, ZH_HANS, HANS_TEXT);
      write(f.sources, 'guiyang-unicom.yaml', SIDECAR_DAY('publishedOn', '2026'));
    },
    expected: {
      article: ZH_HANS,
      id: HANS_ID,
      warning: /^publishedOn: the sidecar's 2026 replaces the text's 2018-05-28/u,
    },
  },

  // ---- The run as a whole
  {
    name: 'two releases that give one id: both kept, the first in source order keeps the id',
    setup: (f) => {
      write(f.sources, 'first.txt', HANS_TEXT);
      write(f.sources, 'second.txt', `${HANS_TEXT}\n同一协议的另一篇报道。\n`);
    },
    expected: { article: 'first.txt', id: HANS_ID },
  },
  {
    name: 'an --out path that is a file',
    setup: (f) => write(f.outside, 'articles-file', 'not a folder'),
    paths: (f) => ({ outDir: join(f.outside, 'articles-file') }),
    expected: { usage: /--out .*articles-file is a file, not a folder: give a folder/u },
  },
  {
    name: 'an --out folder inside the sources folder',
    setup: () => undefined,
    paths: (f) => ({ outDir: join(f.sources, 'articles') }),
    expected: { usage: /--out .* is inside the sources folder/u },
  },
  {
    name: 'a sources folder that is a file',
    setup: (f) => write(f.outside, 'sources-file', 'not a folder'),
    paths: (f) => ({ sourcesDir: join(f.outside, 'sources-file') }),
    expected: { usage: /sources folder not found/u },
  },
];

/** Every entry of a folder tree: a file's hash, a link's target (links are not followed). */
function treeSnapshot(folder: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (path: string, name: string): void => {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) entries[name] = `-> ${readlinkSync(path)}`;
    else if (stats.isDirectory()) {
      entries[name] = 'folder';
      for (const child of readdirSync(path).sort()) walk(join(path, child), `${name}/${child}`);
    } else if (stats.isFile())
      entries[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
    else entries[name] = 'special';
  };
  walk(folder, '.');
  return entries;
}

function outputText(out: string): string {
  let text = '';
  for (const name of readdirSync(out, { recursive: true, encoding: 'utf8' }))
    if (lstatSync(join(out, name)).isFile()) text += readFileSync(join(out, name), 'utf8');
  return text;
}

/** The articles of the UTF-8 releases, to compare the variants' bodies with. */
const referenceBodies = new Map<string, string>();

beforeAll(async () => {
  const folder = temporaryFolder('ingest-reference-');
  try {
    const sources = join(folder.path, 'sources');
    mkdirSync(sources);
    write(sources, ZH_HANS, HANS_TEXT);
    write(sources, ZH_HANT, HANT_TEXT);
    await runIngest({
      projectRoot,
      sourcesDir: sources,
      outDir: join(folder.path, 'out'),
      jobs: 1,
    });
    for (const [file, id] of [
      [ZH_HANS, HANS_ID],
      [ZH_HANT, HANT_ID],
    ] as const) {
      referenceBodies.set(
        file,
        parseArticle(readFileSync(join(folder.path, 'out', `${id}.md`), 'utf8')).body,
      );
    }
  } finally {
    folder.remove();
  }
});

let folder: { path: string; remove: () => void };
let folders: Folders;

beforeEach(() => {
  folder = temporaryFolder('ingest-hostile-');
  folders = {
    sources: join(folder.path, 'sources'),
    outside: join(folder.path, 'outside'),
    out: join(folder.path, 'articles'),
  };
  mkdirSync(folders.sources);
  mkdirSync(folders.outside);
  write(folders.sources, BYSTANDER, NEW_RELEASES[BYSTANDER] ?? '');
  // A perfectly good release, but outside the sources folder: a link must not publish it.
  write(folders.outside, 'secret.txt', `${HANS_TEXT}\n${SECRET}\n`);
});
afterEach(() => folder.remove());

function assertCleanErrors(result: RunResult): void {
  for (const error of result.errors) {
    expect(error.bug, error.message).toBe(false);
    expect(error.message).not.toMatch(/\n|BUG|^\s+at /mu);
    expect(error.message.startsWith(`${error.file}:`), error.message).toBe(true);
  }
}

describe('hostile and odd input', () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))(
    '%s',
    async (_name, testCase) => {
      testCase.setup(folders);
      const options: RunOptions = {
        projectRoot,
        sourcesDir: folders.sources,
        outDir: folders.out,
        jobs: 1,
        today: TODAY,
        ...(testCase.readFs ? { readFs: testCase.readFs } : {}),
        ...testCase.paths?.(folders),
      };
      const { expected } = testCase;
      const sourcesBefore = treeSnapshot(folders.sources);
      const outsideBefore = treeSnapshot(folders.outside);

      if ('usage' in expected) {
        const refusal = await runIngest(options).then(
          () => null,
          (error: unknown) => error,
        );
        expect(refusal).toBeInstanceOf(UsageError);
        expect((refusal as Error).message).toMatch(expected.usage);
        expect((refusal as Error).message).not.toMatch(/\n/u);
        expect(treeSnapshot(folders.outside)).toEqual(outsideBefore);
        return;
      }

      const result = await runIngest(options);
      assertCleanErrors(result);
      const errorFiles = Object.fromEntries(
        result.errors.map((error) => [basename(error.file), error.message]),
      );
      if ('errors' in expected) {
        expect(Object.keys(errorFiles).sort()).toEqual(Object.keys(expected.errors).sort());
        for (const [file, pattern] of Object.entries(expected.errors))
          expect(errorFiles[file]).toMatch(pattern);
      } else {
        expect(result.errors).toEqual([]);
      }
      if ('notice' in expected) expect(result.notices.join('\n')).toMatch(expected.notice);
      if ('article' in expected) {
        const row = result.rows.find((candidate) => candidate.row.file === expected.article);
        expect(row?.row.id).toBe(expected.id);
        const article = readFileSync(join(folders.out, `${expected.id}.md`), 'utf8');
        if (expected.sameBodyAs)
          expect(parseArticle(article).body).toBe(referenceBodies.get(expected.sameBodyAs));
        if (expected.warning) expect(row?.row.warnings.join('\n')).toMatch(expected.warning);
        else expect(row?.row.warnings.join('\n') ?? '').not.toMatch(/body|date|sidecar/u);
      }

      // The good release went through whatever else the folder held.
      expect(readdirSync(folders.out)).toContain(`${NEW_RELEASE_IDS[BYSTANDER]}.md`);
      expect(outputText(folders.out)).not.toContain(SECRET);
      expect(treeSnapshot(folders.sources)).toEqual(sourcesBefore);
      expect(treeSnapshot(folders.outside)).toEqual(outsideBefore);

      // A second run changes no byte and says the same.
      const written = treeSnapshot(folders.out);
      const again = await runIngest(options);
      expect(treeSnapshot(folders.out)).toEqual(written);
      expect(again.written).toEqual([]);
      expect(again.errors).toEqual(result.errors);
    },
  );

  it('covers the 47 kinds of the issue and more', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(47);
  });
});
