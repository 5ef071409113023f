/**
 * One synthetic raw release: facts (context.ts) written out from the templates, laid out as a
 * web page, a PDF extraction or plain text, with the messes real releases carry. Pure: the same
 * seed and index always give the same release, whatever else was generated.
 */
import iconv from 'iconv-lite';
import type { OperatorId } from '../../src/schema/agreement.ts';
import { buildContext, type CalendarDate, type ReleaseContext, type Signing } from './context.ts';
import type { Script } from './placeIndex.ts';
import { Random } from './prng.ts';
import { render } from './template.ts';
import type { Vocabulary } from './vocabulary.ts';

export const MESSES = [
  'language-toggle',
  'breadcrumb',
  'source-line',
  'widget',
  'byline',
  'excerpt-note',
  'editor-note',
  'comment-form',
  'promo-footer',
  'hard-wrap',
  'page-header',
  'page-number',
  'broken-superscript',
  'pinyin-annotations',
  'half-width-punctuation',
  'ideographic-indent',
  'truncated-title',
  'doubled-spaces',
  'no-break-spaces',
  'trailing-spaces',
  'crlf',
  'numbered-sections',
  'multiple-operators',
  'relative-date',
  're-report',
] as const;
export type Mess = (typeof MESSES)[number];

export type Layout = 'web' | 'pdf' | 'plain';
export const ENCODINGS = [
  'utf-8',
  'utf-8-bom',
  'gb18030',
  'big5',
  'utf-16le-bom',
  'utf-16be-bom',
] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Release {
  index: number;
  fileName: string;
  language: Script;
  layout: Layout;
  encoding: Encoding;
  text: string;
  /** The file's bytes: `text` in `encoding`. */
  bytes: Uint8Array;
  operators: readonly OperatorId[];
  placeCode: string;
  messes: readonly Mess[];
  /** What the release says, for checking what ingest read from it. */
  truth: ReleaseTruth;
}

/** The facts behind a release, and whether its text states them in full. */
export interface ReleaseTruth {
  /** ISO date of the signing. */
  signedOn: string;
  /** ISO date of publication. */
  publishedOn: string;
  /** The text gives the publication date with its year (a source line, an excerpt note…). */
  publishedShown: boolean;
  /** The text dates the signing with its year (2019年3月5日, On March 5, 2019). */
  signedYearShown: boolean;
  /** The signing is dated only relatively (今天, Recently). */
  relativeDate: boolean;
  /** The index of the first release that reports this signing: itself, unless a re-report. */
  signing: number;
}

/** The parts of a release before layout: what is said, and the chrome around it. */
interface Draft {
  above: string[];
  title: string;
  belowTitle: string[];
  body: string[];
  below: string[];
}

const CN_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const HALF_WIDTH: Readonly<Record<string, string>> = {
  '，': ',',
  '：': ':',
  '；': ';',
  '（': '(',
  '）': ')',
  '？': '?',
  '！': '!',
};
const HALF_WIDTH_PATTERN = /[，：；（）？！]/gu;

function isChinese(script: Script): boolean {
  return script !== 'en';
}

/** Body paragraphs, in the order releases tell it, until about `budget` characters. */
function writeBody(
  random: Random,
  vocabulary: Vocabulary,
  context: ReleaseContext,
  budget: number,
  messes: Set<Mess>,
): string[] {
  const { templates } = vocabulary.scripts[context.script];
  const { slots, script } = context;
  // Each list is dealt like a deck, so a long release repeats a template only once it has used them all.
  const decks = new Map<readonly string[], string[]>();
  const deal = (choices: readonly string[]): string => {
    let deck = decks.get(choices);
    if (!deck || deck.length === 0) {
      deck = random.sample(choices, choices.length);
      decks.set(choices, deck);
    }
    return deck.pop() as string;
  };
  // English sentences may open with a slot such as `the Qinghai provincial government`.
  const capitalise = (text: string): string =>
    script === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  const say = (choices: readonly string[]): string =>
    capitalise(render(deal(choices), slots, random));
  const topicSentence = (i: number): string => {
    const topic = context.topics[i % context.topics.length];
    return topic ? render(deal(topic.sentences), slots, random) : '';
  };
  const join = (a: string, b: string): string => (isChinese(script) ? a + b : `${a} ${b}`);

  // A signing by several operators is announced as such: the lead names them all.
  const leads =
    context.operators.length > 1
      ? templates.leads.filter((lead) => lead.includes('{ops}'))
      : templates.leads;
  const body: string[] = [say(leads.length > 0 ? leads : templates.leads)];
  let length = body[0]!.length;
  const add = (paragraph: string): void => {
    body.push(paragraph);
    length += paragraph.length + 1;
  };
  const optional: [number, () => string][] = [
    [0.7, () => say(templates.attendance)],
    [0.6, () => say(templates.govSpeech)],
    [0.6, () => say(templates.opSpeech)],
    [vocabulary.shape.messes.amount, () => say(templates.agreementTerms)],
  ];
  for (const [probability, write] of optional) {
    if (length < budget && random.chance(probability)) add(write());
  }
  const sectionChance = isChinese(script)
    ? vocabulary.shape.messes.numberedSections.zh
    : vocabulary.shape.messes.numberedSections.en;
  if (length < budget && random.chance(sectionChance)) {
    messes.add('numbered-sections');
    add(say(templates.sections.intro));
    const style = random.int(0, 2);
    const count = random.int(3, 8);
    for (let i = 0; i < count && length < budget; i++) {
      const topic = context.topics[i % context.topics.length];
      const name = topic ? random.pick(topic.names) : '';
      const sentence = topicSentence(i);
      if (isChinese(script)) {
        const heading = [
          `${i + 1}、 ${name}：`,
          `（${CN_NUMERALS[i % 10]}）${name}。`,
          `${CN_NUMERALS[i % 10]}、${name}：`,
        ][style] as string;
        if (random.chance(0.5)) add(heading + sentence);
        else {
          add(heading);
          add(sentence);
        }
      } else {
        const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
        add(
          [
            `${i + 1}. ${capitalised}: ${sentence}`,
            `(${i + 1}) ${capitalised}. ${sentence}`,
            `${i + 1}) ${capitalised} — ${sentence}`,
          ][style] as string,
        );
      }
    }
  }
  // The rest of the length: background, topic detail and speeches, in a varied order.
  const fillers: (() => string)[] = [
    () => say(templates.background),
    () => topicSentence(random.int(0, 4)),
    () => join(topicSentence(random.int(0, 4)), topicSentence(random.int(0, 4))),
    () => say(templates.govSpeech),
    () => say(templates.opSpeech),
    () => say(templates.agreementTerms),
  ];
  while (length < budget) add(random.pick(fillers)());
  if (random.chance(0.8)) add(say(templates.closings));
  return body;
}

function truncate(title: string, random: Random): string {
  const cut = Math.max(8, Math.floor(title.length * (0.55 + random.next() * 0.35)));
  return title.slice(0, cut).trimEnd();
}

function draftRelease(
  random: Random,
  vocabulary: Vocabulary,
  context: ReleaseContext,
  layout: Layout,
  messes: Set<Mess>,
): Omit<Draft, 'body'> {
  const { chrome, templates } = vocabulary.scripts[context.script];
  const say = (choices: readonly string[]): string =>
    render(random.pick(choices), context.slots, random);
  const web = vocabulary.shape.web;
  const title = say(templates.titles);
  const draft: Omit<Draft, 'body'> = {
    above: [],
    title: title.charAt(0).toUpperCase() + title.slice(1),
    belowTitle: [],
    below: [],
  };
  if (random.chance(vocabulary.shape.messes.truncatedTitle)) {
    draft.title = truncate(draft.title, random);
    messes.add('truncated-title');
  }
  const maybe = (
    probability: number,
    mess: Mess,
    choices: readonly string[],
    into: string[],
  ): void => {
    if (!random.chance(probability)) return;
    into.push(say(choices));
    messes.add(mess);
  };
  if (layout === 'web') {
    maybe(web.languageToggle, 'language-toggle', chrome.toggles, draft.above);
    maybe(web.breadcrumb, 'breadcrumb', chrome.breadcrumbs, draft.above);
    if (draft.above.length === 2 && random.chance(0.5)) draft.above.reverse();
    maybe(web.sourceLine, 'source-line', chrome.sourceLines, draft.belowTitle);
    maybe(web.widget, 'widget', chrome.widgets, draft.belowTitle);
    maybe(web.byline, 'byline', chrome.bylines, draft.belowTitle);
    maybe(web.editorNote, 'editor-note', chrome.editors, draft.below);
    maybe(web.commentForm, 'comment-form', chrome.commentForms, draft.below);
    maybe(web.promoFooter, 'promo-footer', chrome.promos, draft.below);
    if (random.chance(web.promoFooter / 2)) draft.below.push(say(chrome.promos));
  } else if (layout === 'pdf') {
    maybe(vocabulary.shape.pdf.excerptNote, 'excerpt-note', chrome.excerpts, draft.belowTitle);
    if (random.chance(0.5))
      draft.belowTitle.push(`${' '.repeat(random.int(2, 8))}${context.slots['reporter']} `);
  } else {
    draft.belowTitle.push(context.slots['published'] as string);
  }
  return draft;
}

/** Hard-wrap a paragraph as a PDF extractor does: Chinese at a fixed width, Latin at word ends. */
function wrap(paragraph: string, width: number, chinese: boolean): string[] {
  const lines: string[] = [];
  if (chinese) {
    for (let start = 0; start < paragraph.length; start += width)
      lines.push(paragraph.slice(start, start + width));
    return lines;
  }
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function layOutPdf(
  random: Random,
  vocabulary: Vocabulary,
  context: ReleaseContext,
  draft: Draft,
  messes: Set<Mess>,
): string {
  const chinese = isChinese(context.script);
  const { pdf } = vocabulary.shape;
  const { chrome } = vocabulary.scripts[context.script];
  const widthRange = chinese ? pdf.width.zh : pdf.width.en;
  const width = random.int(widthRange.min, widthRange.max);
  const perPage = random.int(pdf.linesPerPage.min, pdf.linesPerPage.max);
  const blankBetween = random.chance(pdf.blankBetweenLines);
  const lineEnd = random.chance(0.5) ? ' ' : '';
  const header = render(random.pick(chrome.pageHeaders), context.slots, random);
  const footerTemplate = random.pick(chrome.pageFooters);
  // A superscript set on its own line by the extractor: `5000M` then `2`.
  const bodyLines: string[] = [];
  for (const paragraph of draft.body) {
    const broken = paragraph.replace(/([mM])²/gu, () => {
      messes.add('broken-superscript');
      return 'M\u0000';
    });
    for (const line of wrap(broken, width, chinese))
      bodyLines.push(...line.split('\u0000').map((part, i) => (i === 0 ? part : `2${part}`)));
    bodyLines.push(blankBetween ? ' ' : '');
  }
  messes.add('hard-wrap');
  // Page breaks every `perPage` lines, but never between `5000M` and its `2`.
  const breaks: number[] = [];
  for (let at = perPage; at < bodyLines.length; at += perPage) {
    const shifted =
      bodyLines[at]?.startsWith('2') && bodyLines[at - 1]?.endsWith('M') ? at + 1 : at;
    if (shifted < bodyLines.length) breaks.push(shifted);
  }
  const pages = breaks.length + 1;
  const out: string[] = [` ${draft.title} `, ...draft.belowTitle, ''];
  let pageStart = 0;
  for (let page = 0; page < pages; page++) {
    if (page > 0) {
      const pageNumber = render(
        footerTemplate,
        { page: String(page + 1), pages: String(pages) },
        random,
      );
      out.push('', '', ` ${header} `, ` ${pageNumber} `, '');
      messes.add('page-header');
      messes.add('page-number');
    }
    const pageEnd = breaks[page] ?? bodyLines.length;
    out.push(...bodyLines.slice(pageStart, pageEnd).map((line) => line + lineEnd));
    pageStart = pageEnd;
  }
  return blankBetween ? out.join('\n\n') : out.join('\n');
}

function layOut(
  random: Random,
  vocabulary: Vocabulary,
  context: ReleaseContext,
  layout: Layout,
  draft: Draft,
  messes: Set<Mess>,
): string {
  if (layout === 'pdf') return layOutPdf(random, vocabulary, context, draft, messes);
  const chinese = isChinese(context.script);
  let body = draft.body;
  // Chinese web pages indent paragraphs with two ideographic spaces.
  if (chinese && random.chance(0.3)) {
    body = body.map((paragraph) => `\u3000\u3000${paragraph}`);
    messes.add('ideographic-indent');
  }
  // A byline often opens the lead paragraph in Chinese papers: 本报讯（记者…）8月5日，…
  const belowTitle = [...draft.belowTitle];
  const bylineIndex = belowTitle.findIndex((line) => /记者|記者|By /u.test(line));
  if (chinese && bylineIndex >= 0 && random.chance(0.5)) {
    body = [belowTitle.splice(bylineIndex, 1)[0] + (body[0] ?? ''), ...body.slice(1)];
  }
  const paragraphBreak = chinese && random.chance(0.5) ? '\n' : '\n\n';
  return [
    ...draft.above,
    draft.title,
    ...belowTitle,
    '',
    body.join(paragraphBreak),
    '',
    ...draft.below,
  ]
    .join(paragraphBreak)
    .replace(/\n{3,}/gu, '\n\n');
}

function annotatePinyin(text: string, random: Random, table: ReadonlyMap<string, string>): string {
  const rate = 0.5 + random.next() * 0.5;
  let out = '';
  for (const char of text) {
    out += char;
    const syllable = table.get(char);
    if (syllable !== undefined && random.next() < rate) out += `(${syllable})`;
  }
  return out;
}

/** Messes of the text as a whole, after layout. */
function mess(
  text: string,
  random: Random,
  vocabulary: Vocabulary,
  script: Script,
  messes: Set<Mess>,
): string {
  const m = vocabulary.shape.messes;
  let out = text;
  if (script !== 'en' && random.chance(m.halfWidthPunctuation[script])) {
    out = out.replace(HALF_WIDTH_PATTERN, (char) => HALF_WIDTH[char] ?? char);
    messes.add('half-width-punctuation');
  }
  if (script === 'zh-Hant' && random.chance(m.pinyinAnnotations)) {
    out = annotatePinyin(out, random, vocabulary.pinyinOfTraditional);
    messes.add('pinyin-annotations');
  }
  if (random.chance(m.doubledSpaces)) {
    let doubled = 0;
    out = out.replace(/(?<=\S) (?=\S)/gu, () => {
      if (random.next() >= 0.06) return ' ';
      doubled++;
      return '  ';
    });
    if (doubled > 0) messes.add('doubled-spaces');
  }
  if (random.chance(m.noBreakSpaces)) {
    out = `\u00a0${out.replace(/ (?=\S)/gu, () => (random.next() < 0.1 ? '\u00a0' : ' '))}`;
    messes.add('no-break-spaces');
  }
  if (random.chance(m.trailingSpaces)) {
    out = out.replace(
      /(?<=\S)\n/gu,
      () => (random.next() < 0.4 ? ' '.repeat(random.int(1, 3)) : '') + '\n',
    );
    messes.add('trailing-spaces');
  }
  return out;
}

function isoDate(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Characters, as the length bounds count them (every generated character is in the BMP). */
export function characterCount(text: string): number {
  return text.replace(/\r\n/gu, '\n').length;
}

function targetLength(random: Random, vocabulary: Vocabulary, script: Script): number {
  const { min, max, median, sigma } = vocabulary.shape.length;
  const length = Math.round(median[script] * Math.exp(sigma * random.normal()));
  return Math.min(max, Math.max(min, length));
}

/**
 * Lay out and mess up the release; while it leaves [min, max] characters, drop (or add) a body
 * paragraph and lay out again from the same draft. Each attempt has its own random stream, so
 * the result depends only on the seed and index.
 */
function fitToLength(
  seed: string,
  index: number,
  vocabulary: Vocabulary,
  context: ReleaseContext,
  layout: Layout,
  frame: Omit<Draft, 'body'>,
  body: string[],
  messes: ReadonlySet<Mess>,
  random: Random,
): { text: string; messes: Set<Mess> } {
  const { min, max } = vocabulary.shape.length;
  for (let attempt = 0; attempt <= 200; attempt++) {
    const attemptMesses = new Set(messes);
    const attemptRandom = new Random(`${seed}:${index}:layout:${attempt}`);
    const laidOut = layOut(
      attemptRandom,
      vocabulary,
      context,
      layout,
      { ...frame, body },
      attemptMesses,
    );
    const text = mess(laidOut, attemptRandom, vocabulary, context.script, attemptMesses);
    const length = characterCount(text);
    if (length > max && body.length > 1) body.splice(body.length - 2, 1);
    else if (length < min)
      body.push(
        render(
          random.pick(vocabulary.scripts[context.script].templates.background),
          context.slots,
          random,
        ),
      );
    else return { text, messes: attemptMesses };
  }
  throw new Error(`release ${index} of seed ${seed}: cannot fit ${min}–${max} characters`);
}

/** How far back a re-report may reach for the signing it reports. */
const RE_REPORT_REACH = 200;

/**
 * The earlier release whose signing release `index` reports again, or null for a new
 * signing. Drawn from a stream of its own, so that the release's other draws do not move.
 */
function reReportedIndex(seed: string, index: number, vocabulary: Vocabulary): number | null {
  if (index === 0) return null;
  const random = Random.forRelease(`${seed}:re-report`, index);
  if (!random.chance(vocabulary.shape.messes.reReport)) return null;
  return index - random.int(1, Math.min(RE_REPORT_REACH, index));
}

/** The signing release `index` reports, and the index of the first release reporting it. */
export function signingOf(
  seed: string,
  index: number,
  vocabulary: Vocabulary,
): { first: number; signing: Signing } {
  const earlier = reReportedIndex(seed, index, vocabulary);
  if (earlier !== null) return signingOf(seed, earlier, vocabulary);
  const random = Random.forRelease(seed, index);
  random.hex(16); // the file name's
  const script = random.weighted<Script>(vocabulary.shape.languages);
  random.weighted<Layout>(vocabulary.shape.layouts[script]);
  const { place, operators, signedOn, yuan } = buildContext(random, vocabulary, script);
  return { first: index, signing: { place, operators, signedOn, yuan } };
}

export function generateRelease(seed: string, index: number, vocabulary: Vocabulary): Release {
  const random = Random.forRelease(seed, index);
  const fileName = `${String(index).padStart(6, '0')}_${random.hex(16)}.txt`;
  const { shape } = vocabulary;
  const script = random.weighted<Script>(shape.languages);
  const layout = random.weighted<Layout>(shape.layouts[script]);
  const earlier = reReportedIndex(seed, index, vocabulary);
  const reported = earlier === null ? null : signingOf(seed, earlier, vocabulary);
  const context = buildContext(random, vocabulary, script, reported?.signing);
  const messes = new Set<Mess>();
  if (reported !== null) messes.add('re-report');
  if (context.operators.length > 1) messes.add('multiple-operators');
  if (context.relativeDate) messes.add('relative-date');
  const target = targetLength(random, vocabulary, script);
  const frame = draftRelease(random, vocabulary, context, layout, messes);

  // Write the body to the length left after the chrome, allowing for what layout and messes add.
  const frameLength = [...frame.above, frame.title, ...frame.belowTitle, ...frame.below].join(
    '\n',
  ).length;
  const inflation = (layout === 'pdf' ? 1.15 : 1) * (script === 'zh-Hant' ? 1.3 : 1);
  const body = writeBody(
    random,
    vocabulary,
    context,
    Math.max(60, target / inflation - frameLength),
    messes,
  );
  const fitted = fitToLength(seed, index, vocabulary, context, layout, frame, body, messes, random);
  let text = fitted.text;
  const finalMesses = fitted.messes;
  if (random.chance(shape.messes.crlf)) {
    text = text.replace(/\n/gu, '\r\n');
    finalMesses.add('crlf');
  }
  const encoded = encode(text, pickEncoding(random, vocabulary, script));
  return {
    index,
    fileName,
    language: script,
    layout,
    encoding: encoded.encoding,
    text: encoded.text,
    bytes: encoded.bytes,
    operators: context.operators,
    placeCode: context.place.code,
    messes: MESSES.filter((m) => finalMesses.has(m)),
    truth: {
      signedOn: isoDate(context.signedOn),
      publishedOn: isoDate(context.publishedOn),
      publishedShown: [...frame.above, ...frame.belowTitle, ...frame.below].some((line) =>
        line.includes(context.slots['published'] ?? '\u0000'),
      ),
      signedYearShown:
        !context.relativeDate &&
        context.slots['signDate']?.includes(String(context.signedOn.year)) === true,
      relativeDate: context.relativeDate,
      signing: reported?.first ?? index,
    },
  };
}

const ICONV_NAMES: Record<Encoding, [string, boolean]> = {
  'utf-8': ['utf8', false],
  'utf-8-bom': ['utf8', true],
  gb18030: ['gb18030', false],
  big5: ['big5', false],
  'utf-16le-bom': ['utf16le', true],
  'utf-16be-bom': ['utf16be', true],
};

/** Characters a Big5 page writes differently, having no code for them. */
const BIG5_SUBSTITUTES: Readonly<Record<string, string>> = { '²': '2', '©': '(C)' };

/**
 * A text as bytes in an encoding. Big5 holds neither pinyin tone marks nor some Simplified
 * characters: a text that still does not fit after the usual substitutions goes out as UTF-8.
 */
export function encode(
  text: string,
  encoding: Encoding,
): { encoding: Encoding; text: string; bytes: Uint8Array } {
  const [name, addBOM] = ICONV_NAMES[encoding];
  if (encoding === 'big5') {
    const substituted = text.replace(/[²©]/gu, (char) => BIG5_SUBSTITUTES[char] ?? char);
    const bytes = iconv.encode(substituted, name);
    return iconv.decode(bytes, name) === substituted
      ? { encoding, text: substituted, bytes }
      : encode(text, 'utf-8');
  }
  return { encoding, text, bytes: iconv.encode(text, name, { addBOM }) };
}

function pickEncoding(random: Random, vocabulary: Vocabulary, script: Script): Encoding {
  const encoding = random.weighted<Encoding>(vocabulary.shape.encodings);
  if (encoding === 'gb18030' && script !== 'zh-Hans') return 'utf-8';
  if (encoding === 'big5' && script !== 'zh-Hant') return 'utf-8';
  return encoding;
}
