import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreementSchema, translationSchema, type Language } from '../../src/schema/agreement.ts';
import { toSimplified } from '../../src/lib/chinese.ts';
import {
  ARTICLES_DIR,
  loadArticles,
  loadTranslations,
  readingLanguage,
  translationFileName,
} from './content.ts';
import { markdownToText } from './markdownText.ts';
import { compareNumbers, describeDifference } from './numbers.ts';

const translations = loadTranslations();
const articles = loadArticles();
const articleFields = agreementSchema.pick({ id: true, language: true });
const articleById = new Map<string, { language: Language; body: string; file: string }>();
const unreadableArticles: string[] = [];
for (const article of articles) {
  const fields = articleFields.safeParse(article.data);
  if (fields.success)
    articleById.set(fields.data.id, { ...fields.data, body: article.body, file: article.file });
  else unreadableArticles.push(`${article.file}: ${fields.error.message}`);
}

describe('translations (content/translations/*.md)', () => {
  it('exist', () => {
    expect(translations.length).toBeGreaterThan(0);
  });

  describe.each(translations.map((t) => [t.file, t] as const))('%s', (file, translation) => {
    const parsed = translationSchema.safeParse(translation.data);

    it('has front matter valid against translationSchema', () => {
      expect(
        parsed.error?.issues ?? [],
        `${file}: ${JSON.stringify(parsed.error?.issues)}`,
      ).toEqual([]);
    });

    it('is named <original>.<language>.md', () => {
      const { original, language } = parsed.data!;
      expect(basename(file)).toBe(translationFileName(original, language));
    });

    it('has a body', () => {
      expect(markdownToText(translation.body).length, `${file}: empty body`).toBeGreaterThan(0);
    });

    it('is in Simplified characters when it is Chinese', () => {
      if (parsed.data!.language !== 'zh-Hans') return;
      const text = markdownToText(translation.body);
      expect(toSimplified(text), `${file}: Traditional characters in a zh-Hans translation`).toBe(
        text,
      );
    });
  });
});

describe.skipIf(articles.length === 0)(
  `translations against their originals${articles.length === 0 ? ` (skipped: ${ARTICLES_DIR} is empty; run npm run ingest)` : ''}`,
  () => {
    it('every article has an id and a language', () => {
      expect(unreadableArticles).toEqual([]);
    });

    describe.each(translations.map((t) => [t.file, t] as const))('%s', (file, translation) => {
      // Invalid front matter is reported above; here it only leaves the link empty.
      const parsed = translationSchema.safeParse(translation.data);
      const original = parsed.data?.original;
      const article = original === undefined ? undefined : articleById.get(original);

      it('links to an existing original', () => {
        expect(
          article,
          `${file}: no article with id "${original}" in ${ARTICLES_DIR}`,
        ).toBeDefined();
      });

      it('is in the other language than its original', () => {
        expect(readingLanguage(parsed.data!.language)).not.toBe(readingLanguage(article!.language));
      });

      it('has the same numbers as its original', () => {
        const difference = compareNumbers(
          markdownToText(article!.body),
          markdownToText(translation.body),
        );
        expect(
          [...difference.missing, ...difference.extra],
          `${file} against ${article!.file}:\n${describeDifference(difference)}`,
        ).toEqual([]);
      });
    });
  },
);
