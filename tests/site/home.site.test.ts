/**
 * The home page's map, read from the built site: it marks provinces (China has 34), so its
 * markup does not grow with the archive, and its text equivalent is the by-province list.
 */
import { describe, expect, it } from 'vitest';
import { sitesUnderTest } from '../browser/harness.ts';
import { readArticles } from './archive-content.ts';
import { byAttribute, elements, readPage, textOf } from './html.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { placeAncestors, placeByCode } from '../../src/lib/gazetteer/index.ts';

const articles = readArticles();

const SITES = sitesUnderTest();

/** Every province an agreement names, itself or through a place in it. */
const provinces = new Set(
  articles.flatMap(({ data }) =>
    [...data.places.map((place) => place.code), ...data.parties.flatMap((p) => p.placeCode ?? [])]
      .flatMap((code) => [code, ...placeAncestors(code).map((ancestor) => ancestor.code)])
      .filter((code) => placeByCode(code)?.level === 'province'),
  ),
);

describe.each(SITES)('the home page built under $base', ({ dir, base }) => {
  it.each(LOCALES)(
    'on %s, marks each province once, with the by-province list as its text',
    (locale) => {
      const page = readPage(dir, `/${locale}/`);
      const [map] = elements(page, (e) =>
        (e.attribs['class'] ?? '').split(' ').includes('china-map'),
      );
      expect(map, 'the map').toBeDefined();
      if (!map) return;
      const points = elements(map, (e) => e.name === 'circle');
      expect(points.length).toBe(provinces.size);
      expect(points.length).toBeLessThanOrEqual(34);
      // Each point is labelled with its province and count.
      for (const point of points) expect(textOf(point)).toMatch(/\d/);
      const [svg] = elements(map, (e) => e.name === 'svg');
      // A group of links with a title: each province's point opens its place page.
      expect(svg?.attribs['role']).toBe('group');
      expect(svg?.attribs['aria-labelledby']).toBeTruthy();
      const pointLinks = elements(map, (e) => e.name === 'a');
      expect(pointLinks.map((a) => a.attribs['href']).sort()).toEqual(
        [...provinces].map((code) => `${base}${locale}/places/${code}/`).sort(),
      );
      for (const link of pointLinks) expect(link.attribs['aria-label']).toMatch(/\d/);
      // No second list under the map: the page's by-province list links each province.
      expect(elements(map, (e) => e.name === 'ul')).toEqual([]);
      const [byProvince] = byAttribute(page, 'aria-labelledby', 'provinces-heading');
      const links = elements(byProvince ?? map, (e) => e.name === 'a').map(
        (a) => a.attribs['href'],
      );
      expect(links.sort()).toEqual(
        [...provinces].map((code) => `${base}${locale}/places/${code}/`).sort(),
      );
    },
  );
});
