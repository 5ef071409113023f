/** Small agreements for the site's unit tests: only the fields a test is about vary. */
import type { Agreement, Translation } from '../../src/schema/agreement.ts';
import type { ArchiveEntry, TranslationEntry } from '../../src/lib/archive/load.ts';
import { leadSentence } from '../../src/lib/archive/lead.ts';

export function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: 'test-agreement',
    title: 'A title',
    titleBasis: 'heading',
    titleTruncated: false,
    language: 'en',
    publishedOn: null,
    signedOn: null,
    publisher: null,
    author: null,
    operators: [],
    parties: [],
    places: [],
    amounts: [],
    topics: [],
    source: { path: 'content/sources/x.txt', sha256: 'a'.repeat(64), encoding: 'utf-8', bytes: 10 },
    cleaning: [],
    warnings: [],
    editorial: null,
    ...overrides,
  };
}

export function translation(
  data: Partial<Translation> & Pick<Translation, 'language'>,
  body: string,
): TranslationEntry {
  return {
    data: {
      original: 'test-agreement',
      title: data.language === 'en' ? 'Translated title' : '译文标题',
      summary: data.language === 'en' ? 'Translated summary.' : '译文摘要。',
      translatedBy: 'Archive editors',
      translatedOn: '2026-01-02',
      ...data,
    },
    body,
    file: `content/translations/test-agreement.${data.language}.md`,
  };
}

export function entry(
  agreementOverrides: Partial<Agreement>,
  body: string,
  translations: ArchiveEntry['translations'] = {},
): ArchiveEntry {
  return {
    agreement: agreement(agreementOverrides),
    lead: leadSentence(body),
    readBody: () => body,
    translations,
  };
}
