/**
 * The pure core of ingest: one release, bytes in, article out: decode → clean → detect the
 * script → extract → merge the sidecar → derive the id → render. No file system, no clock,
 * no randomness (today's date comes in with the input). run.ts runs it over a folder;
 * scripts/ingest.ts is the command line.
 */
import { createHash } from 'node:crypto';
import type {
  Agreement,
  DatePrecision,
  Language,
  Party,
  PlaceLevel,
  PlaceRef,
} from '../../src/schema/agreement.ts';
import { sumKey } from '../../src/schema/agreement.ts';
import type { Sidecar } from '../../src/schema/sidecar.ts';
import { placeByCode } from '../../src/lib/gazetteer/index.ts';
import { renderArticle } from './article.ts';
import { cleanText } from './clean/index.ts';
import { decode, type Decoded } from './decode.ts';
import { extractAll } from './extract/index.ts';
import { detectScript } from './extract/script.ts';
import { refuseOtherLanguage } from './otherLanguage.ts';
import { locateExcerpt } from './locate.ts';
import { mergeSidecar } from './merge.ts';
import { parseSidecar, sidecarPathFor } from './sidecar.ts';
import { deriveId, type PlaceForId } from './slug.ts';
import { IngestError, TextProblem } from './types.ts';

export interface IngestInput {
  /** The source's path as recorded in the article and named in errors (project-relative). */
  sourcePath: string;
  bytes: Uint8Array;
  /** The text of the sidecar beside the source, if there is one. */
  sidecarText?: string | undefined;
  /** Today (YYYY-MM-DD): sidecar dates after it are refused. */
  today?: string | undefined;
}

/** One line of the run's summary table. */
export interface SummaryRow {
  file: string;
  id: string;
  script: Language;
  /** The signing date, else the publication date marked `published`, else empty. */
  date: string;
  operators: string[];
  /** English short names: places governed by a party first, then the most specific. */
  places: string[];
  warnings: string[];
  /** What grouping reports into agreements reads (see src/lib/archive/grouping.ts). */
  signedOn: { value: string; precision: DatePrecision } | null;
  publishedOn: { value: string; precision: DatePrecision } | null;
  /** Place codes of the government parties. */
  governments: string[];
  /** The agreement's sums, as `currency:value`. */
  sums: string[];
  /** The signing's month-day (`--04-03`) when the text gives it without a year. */
  signedDayWithoutYear?: string;
  sameAgreementAs?: string[];
  notSameAgreementAs?: string[];
}

export interface IngestResult {
  id: string;
  fileName: string;
  article: string;
  frontMatter: Agreement;
  row: SummaryRow;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function placeForId(code: string): PlaceForId | undefined {
  const place = placeByCode(code);
  return place
    ? { code: place.code, level: place.level, englishShortName: place.shortNames.en }
    : undefined;
}

const SPECIFICITY: Record<PlaceLevel, number> = { province: 1, prefecture: 2, county: 3 };

/** English short names for the summary table: governed places first, then the most specific. */
function placeNames(places: readonly PlaceRef[], parties: readonly Party[]): string[] {
  const governed = new Set(parties.map((party) => party.placeCode));
  return [...places]
    .sort(
      (a, b) =>
        Number(governed.has(b.code)) - Number(governed.has(a.code)) ||
        SPECIFICITY[b.level] - SPECIFICITY[a.level] ||
        a.code.localeCompare(b.code),
    )
    .map((place) => placeByCode(place.code)?.shortNames.en ?? place.code);
}

/** Place codes of the government parties, sorted. */
export function governmentPlaces(parties: readonly Party[]): string[] {
  const codes = parties.flatMap((party) =>
    party.kind === 'government' && party.placeCode ? [party.placeCode] : [],
  );
  return [...new Set(codes)].sort();
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Turns a `TextProblem` from any stage into an error naming the file and the raw line. */
function withLocation<T>(sourcePath: string, raw: string, stage: () => T): T {
  try {
    return stage();
  } catch (error) {
    if (error instanceof TextProblem) {
      throw new IngestError(
        sourcePath,
        `${error.message} ("${error.excerpt.replace(/\s+/gu, ' ').trim()}")`,
        locateExcerpt(raw, error.excerpt),
      );
    }
    throw error;
  }
}

/** Warnings about what the text lacks, so an editor knows what a sidecar should supply. */
function gapWarnings(frontMatter: Omit<Agreement, 'warnings'>, sidecarName: string): string[] {
  const warnings: string[] = [];
  if (frontMatter.titleBasis === 'first-sentence') {
    warnings.push(
      `no heading line: the title is the first sentence (a completeTitle in ${sidecarName} can fix it)`,
    );
  }
  if (frontMatter.titleTruncated && frontMatter.titleBasis !== 'sidecar') {
    warnings.push(`the title looks truncated: complete it with completeTitle in ${sidecarName}`);
  }
  if (!frontMatter.signedOn && !frontMatter.publishedOn) {
    warnings.push(`no date found: give signedOn or publishedOn in ${sidecarName}`);
  }
  if (frontMatter.operators.length === 0) warnings.push('no operator found');
  if (frontMatter.places.length === 0) warnings.push('no place found');
  return warnings;
}

/**
 * The text speaks of the signing's time in words that give no date (`日前`, `今天` without a
 * dateline, `24日`): name them, and the sidecar key that fixes it.
 */
function unresolvedDateWarning(
  words: string | null,
  frontMatter: Omit<Agreement, 'warnings'>,
  sidecarName: string,
): string[] {
  if (words === null || frontMatter.signedOn !== null) return [];
  return [`the signing date is not resolved from "${words}": give signedOn in ${sidecarName}`];
}

/**
 * A sentence ends somewhere in a paragraph: a paragraph that closes with a byline or a page date,
 * such as `…的演进。（蒋均牧）`, still holds sentences.
 */
const SENTENCE_END = /[。！？；!?;…]|\.(?:[”’"'」』）)]*)(?:\s|$)/u;

/**
 * A release is its body: with nothing but a title there is nothing to publish (an error);
 * with no sentence at all (only short lines: a date, a source) it is likely cut off (a warning).
 */
function bodyWarnings(sourcePath: string, bodyParagraphs: readonly string[]): string[] {
  if (bodyParagraphs.length === 0) {
    throw new IngestError(
      sourcePath,
      'the release has a title and no body: add the text of the release below its title, or remove the file',
    );
  }
  if (bodyParagraphs.some((paragraph) => SENTENCE_END.test(paragraph))) return [];
  return ['the body has no sentence, only short lines: is the release complete?'];
}

/**
 * Ingests one release. Throws `IngestError` for bad input (with the file and, where it
 * applies, the line) and `FrontMatterBug` if it built front matter the schema rejects.
 */
export function ingestRelease(input: IngestInput): IngestResult {
  const { text: raw, encoding } = decode(input.sourcePath, input.bytes);
  return withLocation(input.sourcePath, raw, () => ingestText(input, raw, encoding));
}

function ingestText(input: IngestInput, raw: string, encoding: Decoded['encoding']): IngestResult {
  const { sourcePath, bytes } = input;
  const sidecarPath = sidecarPathFor(sourcePath);
  const sidecarName = baseName(sidecarPath);
  const sidecar: Sidecar | null =
    input.sidecarText === undefined
      ? null
      : parseSidecar(sidecarPath, input.sidecarText, input.today);

  refuseOtherLanguage(raw);
  const cleaned = cleanText(raw);
  const paragraphs = cleaned.text.split('\n\n').filter((paragraph) => paragraph !== '');
  if (paragraphs.length === 0)
    throw new IngestError(sourcePath, 'nothing is left of the text after cleaning');

  const language = detectScript(cleaned.text);
  const extracted = extractAll(paragraphs, language);
  const merged = mergeSidecar(
    {
      title: extracted.title.title,
      titleBasis: extracted.title.basis,
      titleTruncated: extracted.title.truncated,
      publishedOn: extracted.publishedOn,
      signedOn: extracted.signedOn,
      dateProblem: extracted.dateProblem,
    },
    sidecar,
    sidecarName,
  );
  const titleIndex = extracted.title.basis === 'heading' ? extracted.title.paragraphIndex : null;
  const bodyParagraphs = paragraphs.filter((_, index) => index !== titleIndex);
  const bodyProblems = bodyWarnings(sourcePath, bodyParagraphs);

  const sourceSha256 = sha256(bytes);
  const id =
    sidecar?.slug ??
    deriveId(
      {
        signedOn: merged.signedOn,
        publishedOn: merged.publishedOn,
        parties: extracted.parties,
        places: extracted.places,
        operators: extracted.operators,
        sourceSha256,
      },
      placeForId,
    );

  const facts: Omit<Agreement, 'warnings'> = {
    id,
    title: merged.title,
    titleBasis: merged.titleBasis,
    titleTruncated: merged.titleTruncated,
    language,
    publishedOn: merged.publishedOn,
    signedOn: merged.signedOn,
    ...(merged.signedOn === null && extracted.signedDayWithoutYear !== null
      ? { signedDayWithoutYear: extracted.signedDayWithoutYear }
      : {}),
    publisher: extracted.publisher,
    author: extracted.author,
    operators: extracted.operators,
    parties: extracted.parties,
    places: extracted.places,
    amounts: extracted.amounts,
    topics: extracted.topics,
    source: { path: sourcePath, sha256: sourceSha256, encoding, bytes: bytes.length },
    cleaning: cleaned.applied,
    editorial: merged.editorial,
  };
  const warnings = [
    ...merged.warnings,
    ...bodyProblems,
    ...unresolvedDateWarning(extracted.unresolvedSigningDate, facts, sidecarName),
    ...gapWarnings(facts, sidecarName),
  ];
  const frontMatter: Agreement = { ...facts, warnings };

  const fileName = `${id}.md`;
  const article = renderArticle(sourcePath, frontMatter, bodyParagraphs);

  const date =
    merged.signedOn?.value ?? (merged.publishedOn ? `published ${merged.publishedOn.value}` : '');
  return {
    id,
    fileName,
    article,
    frontMatter,
    row: {
      file: baseName(sourcePath),
      id,
      script: language,
      date,
      operators: extracted.operators,
      places: placeNames(extracted.places, extracted.parties),
      warnings,
      signedOn: merged.signedOn
        ? { value: merged.signedOn.value, precision: merged.signedOn.precision }
        : null,
      publishedOn: merged.publishedOn
        ? { value: merged.publishedOn.value, precision: merged.publishedOn.precision }
        : null,
      governments: governmentPlaces(extracted.parties),
      sums: extracted.amounts.map(sumKey),
      ...(facts.signedDayWithoutYear
        ? { signedDayWithoutYear: facts.signedDayWithoutYear.value }
        : {}),
      ...(merged.editorial?.sameAgreementAs
        ? { sameAgreementAs: merged.editorial.sameAgreementAs }
        : {}),
      ...(merged.editorial?.notSameAgreementAs
        ? { notSameAgreementAs: merged.editorial.notSameAgreementAs }
        : {}),
    },
  };
}
