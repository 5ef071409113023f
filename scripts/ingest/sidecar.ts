/**
 * A source's optional sidecar (`<source-basename>.yaml` beside it): parsed with `yaml`,
 * validated with `sidecarSchema`, every problem reported with the sidecar's file and line.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { ZodObject, ZodOptional, type z } from 'zod';
import { sidecarSchema, type Sidecar } from '../../src/schema/sidecar.ts';
import { IngestError } from './types.ts';

export const SIDECAR_EXTENSION = '.yaml';

/** A sidecar is a dozen lines; anything larger is a mistake (or an attack on the parser). */
export const MAX_SIDECAR_BYTES = 64 * 1024;

/**
 * YAML aliases a sidecar may use. Sidecars need none; a few are harmless, and a bound stops
 * an alias bomb (nested aliases that expand to billions of nodes).
 */
const MAX_ALIAS_COUNT = 16;

/** A sidecar's bytes as text: at most `MAX_SIDECAR_BYTES`, UTF-8. `file` names it in errors. */
export function sidecarTextOf(file: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_SIDECAR_BYTES) {
    throw new IngestError(
      file,
      `the sidecar is ${bytes.length} bytes; a sidecar may be at most ${MAX_SIDECAR_BYTES} (it holds a few facts: is this the right file?)`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(file, 'the sidecar is not valid UTF-8: save it as UTF-8');
  }
}

/** `content/sources/001_x.txt` → `content/sources/001_x.yaml` (any text extension). */
export function sidecarPathFor(sourcePath: string): string {
  const slash = sourcePath.lastIndexOf('/');
  const dot = sourcePath.lastIndexOf('.');
  const stem = dot > slash + 1 ? sourcePath.slice(0, dot) : sourcePath;
  return `${stem}${SIDECAR_EXTENSION}`;
}

type PathKey = string | number;

/** The document position where a schema issue lies: the offending key, value or, failing that, its parent. */
function offsetOfIssue(document: Document, issue: z.core.$ZodIssue): number {
  const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const container = path.length === 0 ? document.contents : document.getIn(path, true);
    if (isMap(container)) {
      const pair = container.items.find(
        (item) => isPair(item) && isScalar(item.key) && issue.keys.includes(String(item.key.value)),
      );
      const keyNode = pair?.key;
      if (isScalar(keyNode) && keyNode.range) return keyNode.range[0];
    }
  }
  for (let length = path.length; length >= 0; length -= 1) {
    const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return range[0];
  }
  return 0;
}

/** The keys the sidecar schema allows in the object at `path` (for a helpful message). */
function allowedKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = sidecarSchema;
  for (const key of path) {
    while (schema instanceof ZodOptional) schema = schema.unwrap() as z.ZodType;
    if (!(schema instanceof ZodObject) || typeof key !== 'string') return [];
    const next = (schema.shape as Record<string, z.ZodType | undefined>)[key];
    if (!next) return [];
    schema = next;
  }
  while (schema instanceof ZodOptional) schema = schema.unwrap() as z.ZodType;
  return schema instanceof ZodObject ? Object.keys(schema.shape) : [];
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length === 0 ? '' : `${issue.path.map(String).join('.')}: `;
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(issue.path);
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}${
      issue.path.length === 0 ? '' : ` in ${issue.path.map(String).join('.')}`
    }${allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : ''}`;
  }
  if (issue.code === 'invalid_type' && /received undefined/u.test(issue.message)) {
    return `${where}missing: it is required`;
  }
  return `${where}${issue.message}`;
}

const DATE_SHAPE = {
  year: /^\d{4}$/,
  month: /^\d{4}-\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
} as const;

/** Why a sidecar date is not a real date at its precision, or null if it is one. */
function calendarProblem(value: string, precision: keyof typeof DATE_SHAPE): string | null {
  if (!DATE_SHAPE[precision].test(value)) {
    return `"${value}" does not match precision "${precision}" (expected ${
      { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD' }[precision]
    })`;
  }
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  if (month < 1 || month > 12) return `"${value}" has no month ${month}`;
  const daysInMonth = new Date(Date.UTC(year ?? 0, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth)
    return `"${value}" is not a date: ${year}-${String(month).padStart(2, '0')} has ${daysInMonth} days`;
  return null;
}

/** No agreement of these operators is older than the People's Republic. */
export const EARLIEST_YEAR = 1949;

/**
 * Why a sidecar date cannot be right (before 1949, or after `today`), or null. Compared at
 * the date's own precision: `2026` is not in the future during 2026.
 */
function rangeProblem(value: string, today: string | undefined): string | null {
  if (Number(value.slice(0, 4)) < EARLIEST_YEAR) {
    return `"${value}" is before ${EARLIEST_YEAR}, earlier than any agreement the archive holds: check the year`;
  }
  if (today !== undefined && value > today.slice(0, value.length)) {
    return `"${value}" is in the future (today is ${today}): check the year`;
  }
  return null;
}

/**
 * Runs a step of the `yaml` package, whose throws become one-line errors: a ReferenceError
 * for an alias bomb or an unresolved alias, a RangeError for nesting too deep to walk.
 */
function yamlOrError<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof RangeError) {
      throw new IngestError(
        file,
        'YAML error: the document nests too deeply: write a flat sidecar',
        1,
      );
    }
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new IngestError(
      file,
      `YAML error: ${detail} (a sidecar needs no anchors or aliases: write each value out)`,
      1,
    );
  }
}

/**
 * Parses a sidecar's text. `file` names the sidecar in errors; dates after `today`
 * (YYYY-MM-DD), when given, are refused.
 * Scalars are read as strings (YAML failsafe schema): every sidecar field is text, and
 * `value: 2016` must mean the year, not a number.
 */
export function parseSidecar(file: string, text: string, today?: string): Sidecar {
  if (text.length > MAX_SIDECAR_BYTES) {
    throw new IngestError(
      file,
      `the sidecar is ${text.length} characters; a sidecar may be at most ${MAX_SIDECAR_BYTES} (it holds a few facts: is this the right file?)`,
    );
  }
  const lineCounter = new LineCounter();
  const document = yamlOrError(file, () =>
    parseDocument(text, { lineCounter, schema: 'failsafe', prettyErrors: false }),
  );
  const yamlError = document.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0].line ?? lineCounter.linePos(yamlError.pos[0]).line;
    const detail = /call stack/u.test(yamlError.message)
      ? 'the document nests too deeply: write a flat sidecar'
      : yamlError.message.split('\n')[0];
    throw new IngestError(file, `YAML error: ${detail}`, line);
  }
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line;

  const data: unknown =
    yamlOrError(file, () => document.toJS({ maxAliasCount: MAX_ALIAS_COUNT })) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new IngestError(
      file,
      'a sidecar is a YAML mapping of keys and values (decidedBy: …, signedOn: …); this file is not one',
      1,
    );
  }
  const result = sidecarSchema.safeParse(data);
  if (!result.success) {
    // An unknown key explains the rest (a misspelt key is also a missing one): report it first.
    const issue =
      result.error.issues.find((candidate) => candidate.code === 'unrecognized_keys') ??
      result.error.issues[0];
    if (!issue) throw new IngestError(file, result.error.message, 1);
    throw new IngestError(file, describeIssue(issue), lineOf(offsetOfIssue(document, issue)));
  }
  const sidecar = result.data;

  for (const field of ['signedOn', 'publishedOn'] as const) {
    const fact = sidecar[field];
    if (!fact) continue;
    const problem = calendarProblem(fact.value, fact.precision) ?? rangeProblem(fact.value, today);
    if (problem) {
      const node = document.getIn([field, 'value'], true) as
        { range?: [number, number, number] } | undefined;
      throw new IngestError(file, `${field}.value: ${problem}`, lineOf(node?.range?.[0] ?? 0));
    }
  }
  return sidecar;
}
