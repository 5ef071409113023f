/**
 * The extractors' word lists, as data beside them (amount-words.json, byline-words.json,
 * heading-truncation.json, date-words.json), validated here when loaded: a mistyped currency or an empty word
 * fails every run with the file and the key, instead of quietly matching nothing.
 * (Names are read with content/gazetteer/.)
 */
import { z } from 'zod';
import { amountSchema } from '../../../src/schema/agreement.ts';
import { withTraditional } from '../patterns.ts';
import amountWordsFile from './amount-words.json' with { type: 'json' };
import bylineWordsFile from './byline-words.json' with { type: 'json' };
import dateWordsFile from './date-words.json' with { type: 'json' };
import headingTruncationFile from './heading-truncation.json' with { type: 'json' };

const word = z.string().min(1);
const words = z.array(word);

/**
 * Words in English and Chinese. Chinese is written in Simplified and gets its Traditional
 * forms added; `zh-Hant` holds Traditional spellings that conversion does not give.
 */
const wordGroup = z
  .object({
    $comment: z.string().optional(),
    en: words.default([]),
    zh: words.default([]),
    'zh-Hant': words.default([]),
  })
  .strict();
type WordGroup = z.infer<typeof wordGroup>;

/** Every word of a group: English, then Chinese with its Traditional forms, then `zh-Hant`. */
export function allForms(group: WordGroup): string[] {
  return [...group.en, ...withTraditional(group.zh), ...group['zh-Hant']];
}

const commented = <T extends z.ZodType>(value: T) =>
  z.object({ $comment: z.string().optional(), words: value }).strict();

/** The currencies the front matter knows. */
const currency = amountSchema.shape.currency;

export const amountWordsSchema = z
  .object({
    $comment: z.string(),
    currencyAfter: commented(z.record(word, currency)),
    currencyBefore: commented(z.record(word, currency)),
    multipliers: commented(z.record(word, z.number().positive())),
    investmentWords: commented(words),
    countWords: commented(words),
    notYuan: commented(words),
    otherMoney: wordGroup,
    futureMoney: wordGroup,
  })
  .strict();

export const bylineWordsSchema = z
  .object({
    $comment: z.string(),
    publisherKeys: wordGroup,
    reprintKeys: wordGroup,
    reprintPrefixes: wordGroup,
    authorKeys: wordGroup,
    reporterWords: wordGroup,
    otherKeys: wordGroup,
    correspondentWords: wordGroup,
    reportWords: wordGroup,
    reportedWords: wordGroup,
    chineseSurnames: wordGroup,
  })
  .strict();

export const headingTruncationSchema = z
  .object({
    $comment: z.string(),
    lengths: z.array(z.number().int().positive()),
    danglingWords: z.object({ en: words, zh: words }).strict(),
    ellipses: words,
    brackets: z.array(z.tuple([word, word])),
  })
  .strict();

export const dateWordsSchema = z
  .object({
    $comment: z.string(),
    signingWords: wordGroup,
    /** Word → days before the anchor date (0: that day, -1: the day before). */
    relativeDays: z
      .object({
        $comment: z.string().optional(),
        days: z.record(word, z.number().int().max(0)),
        sameDay: words,
      })
      .strict(),
    weekdays: z
      .object({ $comment: z.string().optional(), en: words.length(7), notBefore: words })
      .strict(),
    vagueWords: wordGroup,
    periodAfterYear: wordGroup,
    distractorBefore: wordGroup,
    publicationLabels: wordGroup,
    timesOfDay: wordGroup,
    dispatchMarks: z
      .object({ $comment: z.string().optional(), zh: words.min(1), notAfter: words })
      .strict(),
    newsLeads: wordGroup,
  })
  .strict();

/** The data, or an error naming the file, the key and what is wrong. */
export function validated<T extends z.ZodType>(file: string, schema: T, data: unknown): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
  throw new Error(`scripts/ingest/extract/${file}: ${problems.join('; ')}`);
}

export const AMOUNT_WORDS = validated('amount-words.json', amountWordsSchema, amountWordsFile);
export const BYLINE_WORDS = validated('byline-words.json', bylineWordsSchema, bylineWordsFile);
export const DATE_WORDS = validated('date-words.json', dateWordsSchema, dateWordsFile);
export const HEADING_TRUNCATION = validated(
  'heading-truncation.json',
  headingTruncationSchema,
  headingTruncationFile,
);
