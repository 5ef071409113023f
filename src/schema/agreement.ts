/**
 * The contract between ingest and the site: one schema for an article's front matter.
 * Ingest validates every file it writes against `agreementSchema`; `src/content.config.ts`
 * uses the same object for the Astro collection. Types are inferred here, never repeated.
 */
import { z } from 'zod';

export const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const OPERATOR_IDS = [
  'china-mobile',
  'china-telecom',
  'china-unicom',
  'china-tower',
  'china-broadnet',
] as const;
export const operatorIdSchema = z.enum(OPERATOR_IDS);
export type OperatorId = z.infer<typeof operatorIdSchema>;

/** GB/T 2260 administrative division code: six digits. */
export const placeCodeSchema = z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 code');
export const PLACE_LEVELS = ['province', 'prefecture', 'county'] as const;
export const placeLevelSchema = z.enum(PLACE_LEVELS);
export type PlaceLevel = z.infer<typeof placeLevelSchema>;

/**
 * Where a fact comes from: read in the text, inferred from other facts in the text,
 * or decided by an editor in the source's sidecar.
 */
export const factBasisSchema = z.enum(['text', 'inferred', 'sidecar']);
export type FactBasis = z.infer<typeof factBasisSchema>;

export const datePrecisionSchema = z.enum(['year', 'month', 'day']);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

const DATE_SHAPE: Record<DatePrecision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

/** A date known to some precision, with the basis it rests on and the words it came from. */
export const datedFactSchema = z
  .object({
    /** ISO 8601 calendar date cut to its precision: `2019`, `2019-11`, `2019-11-20`. */
    value: z.string(),
    precision: datePrecisionSchema,
    basis: factBasisSchema,
    /** The words of the source the date was read from, or the sidecar's reason. */
    evidence: z.string().min(1),
  })
  .refine((d) => DATE_SHAPE[d.precision].test(d.value), {
    message: 'value must match its precision (YYYY, YYYY-MM or YYYY-MM-DD)',
  });
export type DatedFact = z.infer<typeof datedFactSchema>;

/**
 * A signing's month and day when the text gives no year to place them (`4月3日上午`, with no
 * year and no page date): not a date, so never a signing date, but the day a reader would tie
 * the report to another report of the same signing by.
 */
export const dayWithoutYearSchema = z.object({
  /** ISO 8601 month and day without a year: `--04-03`. */
  value: z.string().regex(/^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a month-day as --MM-DD'),
  /** The words of the source it was read from. */
  evidence: z.string().min(1),
});
export type DayWithoutYear = z.infer<typeof dayWithoutYearSchema>;

export const placeRefSchema = z.object({
  code: placeCodeSchema,
  level: placeLevelSchema,
});
export type PlaceRef = z.infer<typeof placeRefSchema>;

export const PARTY_KINDS = ['government', 'operator', 'enterprise', 'regulator', 'other'] as const;
export const partyKindSchema = z.enum(PARTY_KINDS);
export type PartyKind = z.infer<typeof partyKindSchema>;

/** A signatory, as named in the text, with what kind of body it is. */
export const partySchema = z.object({
  name: z.string().min(1),
  kind: partyKindSchema,
  /** For a government: the place it governs. */
  placeCode: placeCodeSchema.optional(),
  /** For an operator or its branch: the group it belongs to. */
  operator: operatorIdSchema.optional(),
});
export type Party = z.infer<typeof partySchema>;

export const amountSchema = z.object({
  value: z.number().nonnegative(),
  currency: z.enum(['CNY', 'USD', 'HKD', 'EUR']),
  /** The words of the source, e.g. `130 亿` or `10 billion yuan`. */
  text: z.string().min(1),
});
export type Amount = z.infer<typeof amountSchema>;

/** A sum as grouping compares reports by (src/lib/archive/grouping.ts): `CNY:3600000000`. */
export const sumKey = (amount: Pick<Amount, 'currency' | 'value'>): string =>
  `${amount.currency}:${amount.value}`;

/** What a named cleaning rule changed in a source. */
export const ruleCountSchema = z.object({
  rule: z.string().min(1),
  changes: z.number().int().positive(),
});

export const sourceRefSchema = z.object({
  /** Path of the raw file, relative to the project root. */
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: z.string().min(1),
  bytes: z.number().int().positive(),
});

/** A fact an editor supplied, with who decided it and why. */
export const editorialTextSchema = z.object({
  en: z.string().min(1),
  zh: z.string().min(1),
});

/**
 * An editor's reason in English and Chinese; one may be missing, and the page then shows the
 * other under a label saying which language it is in.
 */
const bilingualReasonObject = z
  .strictObject({ en: z.string().min(1).optional(), zh: z.string().min(1).optional() })
  .refine((r) => r.en !== undefined || r.zh !== undefined, {
    message: 'give the reason in en, zh or both',
  });
/** A plain string is taken as the English reason (the shape before reasons had two languages). */
export const bilingualReasonSchema = z.union([
  z
    .string()
    .min(1, 'give a one-line reason for the fact')
    .transform((en) => ({ en }) as z.infer<typeof bilingualReasonObject>),
  bilingualReasonObject,
]);
export type BilingualReason = z.infer<typeof bilingualReasonSchema>;

export const editorialSchema = z.object({
  decidedBy: z.string().min(1),
  title: editorialTextSchema.optional(),
  summary: editorialTextSchema.optional(),
  url: z.url().optional(),
  /** Releases (source file names) an editor says report the same signing, or another one. */
  sameAgreementAs: z.array(z.string().min(1)).optional(),
  notSameAgreementAs: z.array(z.string().min(1)).optional(),
  notes: z.array(z.object({ field: z.string().min(1), reason: bilingualReasonSchema })).default([]),
});
export type Editorial = z.infer<typeof editorialSchema>;

export const agreementSchema = z.object({
  /** Stable, readable slug: also the URL of the article. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case slug'),
  title: z.string().min(1),
  /**
   * Where the title comes from: the text's heading line, the text's first sentence (the
   * release has no heading), or the sidecar (the heading is missing or truncated).
   */
  titleBasis: z.enum(['heading', 'first-sentence', 'sidecar']),
  /** The heading line in the text ends mid-word or mid-phrase. */
  titleTruncated: z.boolean(),
  /** The script of the body as received. */
  language: languageSchema,
  publishedOn: datedFactSchema.nullable(),
  signedOn: datedFactSchema.nullable(),
  /** Only where the signing date is not known: the month-day the text gives it without a year. */
  signedDayWithoutYear: dayWithoutYearSchema.optional(),
  publisher: z.string().min(1).nullable(),
  author: z.string().min(1).nullable(),
  operators: z.array(operatorIdSchema),
  parties: z.array(partySchema),
  places: z.array(placeRefSchema),
  amounts: z.array(amountSchema),
  topics: z.array(z.string().regex(/^[a-z0-9-]+$/)),
  source: sourceRefSchema,
  cleaning: z.array(ruleCountSchema),
  warnings: z.array(z.string()),
  editorial: editorialSchema.nullable(),
});
export type Agreement = z.infer<typeof agreementSchema>;

/**
 * A translation by the archive editors, stored as its own entry
 * (`content/translations/<id>.<language>.md`) and linked to its original by id.
 */
export const translationSchema = z.object({
  /** The id of the agreement this translates. */
  original: agreementSchema.shape.id,
  /** `en`, or `zh-Hans` for Chinese (Traditional is derived with opencc-js). */
  language: z.enum(['en', 'zh-Hans']),
  title: z.string().min(1),
  summary: z.string().min(1),
  translatedBy: z.string().min(1),
  translatedOn: z.iso.date(),
  /** An editor's note shown with the translation, in both languages. */
  editorsNote: editorialTextSchema.optional(),
});
export type Translation = z.infer<typeof translationSchema>;
