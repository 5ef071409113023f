/**
 * The built site, read from disk (dist-test/root and dist-test/archive, built by the "site"
 * project's global setup): every agreement in every locale, languages marked, links resolved,
 * data downloads complete, listings bounded, no script.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_SITES, htmlPages } from '../browser/harness.ts';
import { readArticles } from './archive-content.ts';
import { byAttribute, elements, langAt, readPage, textNodes, textOf } from './html.ts';
import { agreementSchema } from '../../src/schema/agreement.ts';
import { HAN } from '../../src/lib/chinese.ts';

const LOCALE_LANG = { en: 'en', 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' } as const;
const LOCALES = Object.keys(LOCALE_LANG) as (keyof typeof LOCALE_LANG)[];
const PAGE_SIZE = 50;
const articles = readArticles();
const sites = Object.values(BUILT_SITES);

describe.each(sites)('the site built under $base', ({ dir, base }) => {
  const pages = htmlPages(dir);

  it('has a page for every agreement in every locale', () => {
    expect(articles.length).toBeGreaterThan(0);
    for (const { data } of articles) {
      for (const locale of LOCALES) {
        expect(pages, `${locale} ${data.id}`).toContain(`/${locale}/agreements/${data.id}/`);
      }
    }
  });

  it('sets <html lang> exactly for each locale', () => {
    for (const page of pages) {
      const html = elements(readPage(dir, page), (e) => e.name === 'html')[0];
      const locale = LOCALES.find((l) => page.startsWith(`/${l}/`));
      expect(html?.attribs['lang'], page).toBe(locale ? LOCALE_LANG[locale] : 'en');
    }
  });

  it('marks Chinese text on English pages with its language', () => {
    for (const page of pages.filter((p) => p.startsWith('/en/'))) {
      for (const { node, text } of textNodes(readPage(dir, page))) {
        if (HAN.test(text))
          expect(langAt(node), `${page}: “${text.slice(0, 40)}”`).toMatch(/^zh-Han[st]$/);
      }
    }
  });

  it('marks English text in Chinese pages’ bodies, and Chinese text in English pages’ bodies', () => {
    /** Four Latin words in a row: English prose, not a stray "5G" or "TD-LTE". */
    const englishProse = /[A-Za-z]+(?:[\s,]+[A-Za-z]+){3}/;
    for (const { data } of articles) {
      for (const locale of LOCALES) {
        const document = readPage(dir, `/${locale}/agreements/${data.id}/`);
        const bodies = elements(document, (e) =>
          (e.attribs['class'] ?? '').split(' ').includes('prose'),
        );
        expect(bodies.length, `${locale} ${data.id}`).toBeGreaterThan(0);
        for (const body of bodies) {
          for (const { node, text } of textNodes(body)) {
            const where = `${locale} ${data.id}: “${text.slice(0, 40)}”`;
            if (HAN.test(text)) expect(langAt(node), where).toMatch(/^zh-Han[st]$/);
            else if (locale !== 'en' && englishProse.test(text))
              expect(langAt(node), where).toBe('en');
          }
        }
      }
    }
  });

  it('resolves every internal link and asset to a built file', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const document = readPage(dir, page);
      for (const element of elements(document, (e) => 'href' in e.attribs || 'src' in e.attribs)) {
        const target = element.attribs['href'] ?? element.attribs['src'] ?? '';
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const path = decodeURIComponent(target.split(/[?#]/)[0] ?? '');
        if (!path.startsWith(base)) {
          broken.push(`${page}: ${target} is outside the base ${base}`);
          continue;
        }
        // The search page belongs to the search feature, which is built by its own integration.
        if (/\/search\/$/.test(path)) continue;
        const file = join(dir, path.slice(base.length), path.endsWith('/') ? 'index.html' : '');
        if (!existsSync(file)) broken.push(`${page}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('offers every report in reports.json, as the schema defines it, with its agreement', () => {
    const records: { agreement: string }[] = JSON.parse(
      readFileSync(join(dir, 'data/reports.json'), 'utf8'),
    );
    const parsed = records.map(({ agreement, ...record }) => ({
      agreement,
      record: agreementSchema.strict().parse(record),
    }));
    expect(parsed.map(({ record }) => record.id).sort()).toEqual(
      articles.map((a) => a.data.id).sort(),
    );
    for (const article of articles) {
      expect(parsed.find(({ record }) => record.id === article.data.id)?.record).toEqual(
        article.data,
      );
    }
  });

  it('offers every agreement once in agreements.json and .csv, each report under one', () => {
    const agreements: { id: string; reports: string[] }[] = JSON.parse(
      readFileSync(join(dir, 'data/agreements.json'), 'utf8'),
    );
    const reports: { id: string; agreement: string }[] = JSON.parse(
      readFileSync(join(dir, 'data/reports.json'), 'utf8'),
    );
    expect(agreements.flatMap((a) => a.reports).sort()).toEqual(
      articles.map((a) => a.data.id).sort(),
    );
    for (const agreement of agreements) {
      expect(agreement.reports).toContain(agreement.id);
      for (const id of agreement.reports) {
        expect(reports.find((report) => report.id === id)?.agreement).toBe(agreement.id);
      }
    }
    const firstColumn = (file: string) => {
      const csv = readFileSync(join(dir, 'data', file), 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      return csv
        .slice(1)
        .split('\r\n')
        .slice(1)
        .filter((row) => /^[a-z0-9-]+,/.test(row))
        .map((row) => row.split(',')[0]);
    };
    expect(firstColumn('agreements.csv').sort()).toEqual(agreements.map((a) => a.id).sort());
    expect(firstColumn('reports.csv')).toHaveLength(articles.length);
  });

  it('shows an agreement of several reports on each report’s page, indexed once', () => {
    const agreements: { id: string; reports: string[] }[] = JSON.parse(
      readFileSync(join(dir, 'data/agreements.json'), 'utf8'),
    );
    const grouped = agreements.filter((agreement) => agreement.reports.length > 1);
    // The archive's real releases hold reports of one signing (bench/real/truth.yaml).
    expect(grouped.length).toBeGreaterThan(0);
    for (const agreement of grouped) {
      for (const report of agreement.reports) {
        for (const locale of LOCALES) {
          const page = readPage(dir, `/${locale}/agreements/${report}/`);
          const rows = byAttribute(page, 'data-report').map((row) => row.attribs['data-report']);
          expect(rows.sort(), `${locale} ${report}`).toEqual([...agreement.reports].sort());
          expect(byAttribute(page, 'data-stated-facts')).toHaveLength(1);
          const indexed = byAttribute(page, 'data-pagefind-body').length === 1;
          expect(indexed, `${locale} ${report} indexed`).toBe(report === agreement.id);
        }
      }
    }
  });

  it('serves each raw source byte for byte, with the hash the page shows', () => {
    for (const { data } of articles) {
      const name = data.source.path.split('/').at(-1) ?? '';
      const served = readFileSync(join(dir, 'sources', name));
      expect(served.equals(readFileSync(data.source.path))).toBe(true);
      expect(createHash('sha256').update(served).digest('hex')).toBe(data.source.sha256);
      const page = readPage(dir, `/en/agreements/${data.id}/`);
      expect(textOf(byAttribute(page, 'data-sha256'))).toBe(data.source.sha256);
      expect(byAttribute(page, 'data-raw-source')[0]?.attribs['href']).toBe(
        `${base}sources/${name}`,
      );
    }
  });

  it('never lists more than a page of agreements on one page', () => {
    for (const page of pages) {
      const document = readPage(dir, page);
      const items = elements(
        document,
        (e) => e.name === 'li' && e.attribs['class'] === 'agreement-list__item',
      );
      const rows = elements(
        document,
        (e) =>
          e.name === 'tr' &&
          e.parent?.type === 'tag' &&
          (e.parent as { name: string }).name === 'tbody',
      );
      expect(items.length, page).toBeLessThanOrEqual(PAGE_SIZE);
      expect(rows.length, page).toBeLessThanOrEqual(PAGE_SIZE);
    }
  });

  it('carries no script and no inline style outside search', () => {
    for (const page of pages.filter((p) => !/\/search\//.test(p))) {
      const document = readPage(dir, page);
      const scripts = elements(
        document,
        (e) => e.name === 'script' && e.attribs['type'] !== 'application/ld+json',
      );
      expect(
        scripts.map((s) => s.attribs['src'] ?? 'inline'),
        page,
      ).toEqual([]);
      expect(
        elements(document, (e) => e.name === 'style' || 'style' in e.attribs),
        page,
      ).toEqual([]);
    }
  });

  it('writes robots.txt and feeds with the base in their URLs', () => {
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: https://example.org${base}sitemap-index.xml`,
    );
    // One item per agreement (its first report's page), not one per report.
    const agreements: { id: string; reports: string[] }[] = JSON.parse(
      readFileSync(join(dir, 'data/agreements.json'), 'utf8'),
    );
    expect(agreements.length).toBeLessThanOrEqual(50);
    for (const locale of LOCALES) {
      const feed = readFileSync(join(dir, locale, 'rss.xml'), 'utf8');
      for (const { id, reports } of agreements) {
        expect(feed).toContain(`https://example.org${base}${locale}/agreements/${id}/`);
        for (const report of reports.filter((other) => other !== id)) {
          expect(feed).not.toContain(`/${locale}/agreements/${report}/`);
        }
      }
    }
  });
});
