/**
 * Issue 7: every agreement can be read in English and in Chinese. For each article, its own
 * language comes from the article, the other from its translation; titles and summaries may
 * also come from the editorial block (the sidecar's bilingual title and summary). A release of
 * the real-release set (issue 11) that has neither yet is listed as pending, not failed.
 */
import { describe, expect, it } from 'vitest';
import { agreementSchema, translationSchema } from '../../src/schema/agreement.ts';
import {
  ARTICLES_DIR,
  loadArticles,
  isRealRelease,
  loadTranslations,
  readingLanguage,
  type ReadingLanguage,
} from './content.ts';
import { markdownToText } from './markdownText.ts';

const articles = loadArticles();
// Translations with invalid front matter are reported by translations.test.ts, not read here.
const translations = loadTranslations().flatMap((t) => {
  const parsed = translationSchema.safeParse(t.data);
  return parsed.success ? [{ ...parsed.data, body: t.body }] : [];
});
const articleFields = agreementSchema.pick({
  id: true,
  title: true,
  language: true,
  editorial: true,
  source: true,
});

interface Reading {
  title: string | undefined;
  summary: string | undefined;
  body: string;
}

describe.skipIf(articles.length === 0)(
  `every agreement in English and Chinese${articles.length === 0 ? ` (skipped: ${ARTICLES_DIR} is empty; run npm run ingest)` : ''}`,
  () => {
    describe.each(articles.map((a) => [a.file, a] as const))('%s', (file, article) => {
      const fields = articleFields.parse(article.data, {
        error: () => `${file}: no id, title, language, editorial or source`,
      });
      const translated = translations.some((t) => t.original === fields.id);
      if (isRealRelease(fields.source.path) && !translated && !fields.editorial?.summary) {
        it.todo(`${fields.source.path}: translation, title and summary to write (real release)`);
        return;
      }
      const own = readingLanguage(fields.language);
      const readings = new Map<ReadingLanguage, Reading>();
      readings.set(own, {
        title: fields.title,
        summary: fields.editorial?.summary?.[own],
        body: markdownToText(article.body),
      });
      for (const t of translations.filter((t) => t.original === fields.id)) {
        const lang = readingLanguage(t.language);
        readings.set(lang, { title: t.title, summary: t.summary, body: markdownToText(t.body) });
      }

      it.each(['en', 'zh'] as const)('has a title, a summary and a body in %s', (lang) => {
        const reading = readings.get(lang);
        expect(reading, `${file}: nothing to read in ${lang} (no translation?)`).toBeDefined();
        const title = reading!.title ?? fields.editorial?.title?.[lang];
        const summary = reading!.summary ?? fields.editorial?.summary?.[lang];
        expect(title, `${file}: no ${lang} title`).toBeTruthy();
        expect(summary, `${file}: no ${lang} summary`).toBeTruthy();
        expect(reading!.body.length, `${file}: empty ${lang} body`).toBeGreaterThan(0);
      });
    });
  },
);
