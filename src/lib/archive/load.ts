/**
 * The archive as the site reads it: every report (one article, one raw source) with its
 * translations, newest first, and the agreements they report (one agreement, many reports:
 * grouping.ts). Loaded once per build and shared by every page. Bodies stay in their files
 * until a page needs one (see articleLoader.ts: the content store does not hold them).
 */
import { getCollection } from 'astro:content';
import type { Agreement, Translation } from '../../schema/agreement.ts';
import { agreementFacts, type AgreementFacts } from './agreementFacts.ts';
import { readArticleBody } from './articleLoader.ts';
import { compareNewestFirst } from './dates.ts';
import type { AgreementGroup } from './grouping.ts';
import { reportGroups } from './reports.ts';

export interface TranslationEntry {
  data: Translation;
  /** Markdown body of the translation. */
  body: string;
  /** Where the entry came from, for error messages. */
  file: string;
}

export interface ArchiveEntry {
  agreement: Agreement;
  /** The body's first sentence: the summary listings show where no one wrote one. */
  lead: string;
  /** The cleaned text, as Markdown, read from the article file. */
  readBody: () => string;
  translations: Partial<Record<Translation['language'], TranslationEntry>>;
  /**
   * On the entry that lists an agreement of several reports: all of them, itself included,
   * newest first. Listings file the agreement under what any of its reports states.
   */
  reports?: readonly ArchiveEntry[];
}

export interface Archive {
  /** Every report, newest first (see `compareNewestFirst`): each has its own page. */
  entries: readonly ArchiveEntry[];
  /**
   * One entry per agreement, newest first: the report whose id is the agreement's. What
   * listings, feeds and counts show, so an agreement reported five times is listed once.
   */
  listed: readonly ArchiveEntry[];
  /** The agreement each report belongs to, by report id. */
  groups: ReadonlyMap<string, AgreementGroup>;
  /** The reports of the agreement a report belongs to (itself included), newest first. */
  reportsOf: (id: string) => ArchiveEntry[];
  byId: ReadonlyMap<string, ArchiveEntry>;
  /** Position of each id in `entries`. */
  positionById: ReadonlyMap<string, number>;
}

/** A translation must be into the other language than its original's. */
function translatesAcross(original: Agreement, translation: Translation): boolean {
  return (original.language === 'en') !== (translation.language === 'en');
}

async function loadArchive(): Promise<Archive> {
  const agreementEntries = await getCollection('agreements');
  const translationEntries = await getCollection('translations');

  const entries: ArchiveEntry[] = agreementEntries
    .map(({ data: { lead, ...agreement }, filePath }) => ({
      agreement,
      lead,
      readBody: () => rememberedBody(filePath ?? `${agreement.id}.md`),
      translations: {},
    }))
    .sort((a, b) => compareNewestFirst(a.agreement, b.agreement));

  const byId = new Map<string, ArchiveEntry>();
  for (const entry of entries) {
    if (byId.has(entry.agreement.id)) {
      throw new Error(`content/articles: two articles have the id "${entry.agreement.id}"`);
    }
    byId.set(entry.agreement.id, entry);
  }

  for (const translation of translationEntries) {
    const file = translation.filePath ?? translation.id;
    const original = byId.get(translation.data.original);
    if (original === undefined) {
      throw new Error(
        `${file}: translates "${translation.data.original}", which is not an article`,
      );
    }
    if (!translatesAcross(original.agreement, translation.data)) {
      throw new Error(
        `${file}: a ${translation.data.language} translation of a ${original.agreement.language} original; translate into the other language`,
      );
    }
    if (original.translations[translation.data.language] !== undefined) {
      throw new Error(
        `${file}: a second ${translation.data.language} translation of "${translation.data.original}"`,
      );
    }
    original.translations[translation.data.language] = {
      data: translation.data,
      body: translation.body ?? '',
      file,
    };
  }

  const positionById = new Map(entries.map((entry, position) => [entry.agreement.id, position]));
  const groups = reportGroups(entries);
  const reportsOf = (id: string): ArchiveEntry[] =>
    (groups.get(id)?.reports ?? [id])
      .flatMap((report) => byId.get(report) ?? [])
      .sort((a, b) => compareNewestFirst(a.agreement, b.agreement));
  const listed = entries.filter((entry) => {
    const group = groups.get(entry.agreement.id);
    if (group === undefined || group.reports.length === 1) return true;
    if (group.id !== entry.agreement.id) return false;
    entry.reports = reportsOf(entry.agreement.id);
    return true;
  });
  return { entries, listed, groups, reportsOf, byId, positionById };
}

/** An agreement page asks for its body more than once; the last one read is kept. */
let lastBody: { filePath: string; body: string } | undefined;

function rememberedBody(filePath: string): string {
  if (lastBody?.filePath !== filePath) lastBody = { filePath, body: readArticleBody(filePath) };
  return lastBody.body;
}

let archive: Promise<Archive> | undefined;

export function getArchive(): Promise<Archive> {
  archive ??= loadArchive();
  return archive;
}

/** The entries just before (older) and after (newer) one, by date. */
export function neighbours(
  archive: Archive,
  id: string,
): { older: ArchiveEntry | undefined; newer: ArchiveEntry | undefined } {
  const index = archive.positionById.get(id);
  if (index === undefined) throw new Error(`no agreement "${id}"`);
  return {
    older: archive.entries[index + 1],
    newer: index > 0 ? archive.entries[index - 1] : undefined,
  };
}

/** What the reports of a listed agreement state together (one report: its own facts). */
export function agreementFactsOf(entry: ArchiveEntry): AgreementFacts {
  return agreementFacts(
    entry.agreement.id,
    (entry.reports ?? [entry]).map((report) => report.agreement),
  );
}
