import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales.ts';
import { routes } from '../../src/utils/routes.ts';
import { htmlFileOf, sitePaths } from '../../scripts/bench/sitePaths.ts';

describe('the pages the benchmark opens', () => {
  it.each(LOCALES)('are the site’s own routes (%s)', (locale) => {
    const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
    const strip = (path: string): string => path.slice(base.length);
    expect(sitePaths.root()).toBe(strip(routes.root()));
    expect(sitePaths.home(locale)).toBe(strip(routes.home(locale)));
    expect(sitePaths.browse(locale)).toBe(strip(routes.browse(locale)));
    expect(sitePaths.allAgreements(locale)).toBe(strip(routes.allAgreements(locale)));
    expect(sitePaths.search(locale)).toBe(strip(routes.search(locale)));
    expect(`${sitePaths.agreements(locale)}x/`).toBe(strip(routes.agreement(locale, 'x')));
  });

  it('maps a page to its HTML file', () => {
    expect(htmlFileOf('/en/browse/')).toBe('en/browse/index.html');
    expect(htmlFileOf('/')).toBe('index.html');
  });
});
