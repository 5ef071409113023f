/**
 * A source's optional sidecar (`content/sources/<name>.yaml`): curated facts the text lacks
 * or gets wrong. Every fact carries the reason an editor gave for it, and `decidedBy` names who
 * decided. Ingest records them as `sidecar` facts beside what the text says; it never replaces
 * the text silently. Unknown keys are errors, so a typo cannot hide a fact.
 */
import { z } from 'zod';
import { bilingualReasonSchema, datePrecisionSchema, editorialTextSchema } from './agreement.ts';

/**
 * A one-line reason for the fact: `{ en, zh }` (either may be left out), or a plain string,
 * which is taken as English.
 */
/** A one-line reason: `{ en, zh }` (either may be left out), or a plain string taken as English. */
const reasonSchema = bilingualReasonSchema;

const sidecarDateSchema = z.strictObject({
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
  precision: datePrecisionSchema,
  reason: reasonSchema,
});

export const sidecarSchema = z.strictObject({
  /** Who decided these facts (a person or "Archive editors"). */
  decidedBy: z.string().min(1),
  /** Pins the article's id (its URL) where the derived one would collide or mislead. */
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case slug')
    .optional(),
  /** Where the release was originally published. */
  url: z.url().optional(),
  /** The agreement's title in English and Chinese, for lists and headings. */
  title: editorialTextSchema.optional(),
  /** Two sentences in each language. */
  summary: editorialTextSchema.optional(),
  /** The full title where the text's own title line is truncated or missing. */
  completeTitle: z.strictObject({ value: z.string().min(1), reason: reasonSchema }).optional(),
  signedOn: sidecarDateSchema.optional(),
  publishedOn: sidecarDateSchema.optional(),
  /**
   * Which agreement this release reports, where the grouping rules cannot tell: other releases
   * (file names in the sources folder) that report the same signing, or a different one.
   */
  agreement: z
    .strictObject({
      sameAs: z.array(z.string().min(1)).min(1).optional(),
      notSameAs: z.array(z.string().min(1)).min(1).optional(),
      reason: reasonSchema,
    })
    .refine((a) => a.sameAs ?? a.notSameAs, { message: 'give sameAs or notSameAs (or both)' })
    .optional(),
});
export type Sidecar = z.infer<typeof sidecarSchema>;
