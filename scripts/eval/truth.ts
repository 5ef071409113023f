/**
 * The real-release truth table (bench/real/truth.yaml): its schema and its loader. The facts
 * were written by reading each text; the rules for each field are at the top of the file.
 * A malformed table is an error naming the file, the line and what is wrong.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { languageSchema, operatorIdSchema } from '../../src/schema/agreement.ts';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const dateSchema = z
  .string()
  .regex(DATE, 'an ISO date cut to its precision: YYYY, YYYY-MM or YYYY-MM-DD');
const placeCodeSchema = z
  .string()
  .regex(/^\d{6}$/, 'a six-digit GB/T 2260 code (quote it: "370000")');

export const truthFactsSchema = z.strictObject({
  language: languageSchema,
  operators: z.array(operatorIdSchema),
  /** GB/T 2260 codes of the signing governments' places; `national` for a central ministry. */
  governments: z.array(z.union([placeCodeSchema, z.literal('national')])),
  province: placeCodeSchema.nullable(),
  city: placeCodeSchema.nullable(),
  signedOn: dateSchema.nullable(),
  publishedOn: dateSchema.nullable(),
  amounts: z.array(
    z.strictObject({
      value: z.number().nonnegative(),
      currency: z.enum(['CNY', 'USD', 'HKD', 'EUR']),
    }),
  ),
});
export type TruthFacts = z.infer<typeof truthFactsSchema>;

export const PARTS = ['dev', 'held'] as const;
export type Part = (typeof PARTS)[number];

export const truthReleaseSchema = truthFactsSchema.extend({
  source: z.string().regex(/^real-\d{3}-[a-z0-9-]+\.txt$/, 'a file name: real-NNN-<what>.txt'),
  url: z.url(),
  outlet: z.string().min(1),
  retrievedOn: z.iso.date(),
  part: z.enum(PARTS),
  /** A label shared by the releases that report one signing. */
  signing: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .optional(),
  notes: z.string().min(1).optional(),
});
export type TruthRelease = z.infer<typeof truthReleaseSchema>;

const truthFileSchema = z.strictObject({ releases: z.array(truthReleaseSchema).min(1) });

export class TruthTableError extends Error {
  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`);
    this.name = 'TruthTableError';
  }
}

/** The 1-based line of the node at `path`, or of its nearest ancestor that has a position. */
function lineOf(
  document: Document,
  lines: LineCounter,
  path: readonly PropertyKey[],
): number | undefined {
  const keys = path.filter((key): key is string | number => typeof key !== 'symbol');
  for (let length = keys.length; length >= 0; length -= 1) {
    const node = length === 0 ? document.contents : document.getIn(keys.slice(0, length), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lines.linePos(range[0]).line;
  }
  return undefined;
}

/** Parses and validates the truth table; throws `TruthTableError` naming the line. */
export function parseTruth(text: string, file: string): TruthRelease[] {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const [yamlError] = document.errors;
  if (yamlError) {
    throw new TruthTableError(file, lines.linePos(yamlError.pos[0]).line, yamlError.message);
  }
  if (!isMap(document.contents) || !isSeq(document.get('releases', true))) {
    throw new TruthTableError(file, 1, 'expected a map with a `releases:` list');
  }
  const parsed = truthFileSchema.safeParse(document.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.');
    throw new TruthTableError(
      file,
      lineOf(document, lines, issue.path),
      `${where === '' ? '' : `${where}: `}${issue.message}`,
    );
  }
  const seen = new Map<string, number>();
  parsed.data.releases.forEach((release, index) => {
    const line = lineOf(document, lines, ['releases', index, 'source']);
    if (seen.has(release.source)) {
      throw new TruthTableError(file, line, `${release.source} is listed twice`);
    }
    seen.set(release.source, index);
    if (release.city !== null && release.province === null) {
      throw new TruthTableError(file, line, `${release.source}: a city needs its province`);
    }
    if (release.city !== null && release.city.slice(0, 2) !== release.province?.slice(0, 2)) {
      throw new TruthTableError(
        file,
        line,
        `${release.source}: city ${release.city} is not in province ${release.province}`,
      );
    }
  });
  return parsed.data.releases;
}
