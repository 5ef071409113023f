import { afterEach, describe, expect, it, vi } from 'vitest';

/** url.ts reads BASE_URL when loaded: load a fresh copy under each base. */
async function routesUnder(base: string) {
  vi.resetModules();
  vi.stubEnv('BASE_URL', base);
  return (await import('../../src/utils/routes.ts')).routes;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('URLs', () => {
  it('builds every link from the base, at the root and under a sub-path', async () => {
    const atRoot = await routesUnder('/');
    expect(atRoot.home('en')).toBe('/en/');
    expect(atRoot.agreement('zh-hant', '2019-11-20-yantai-5-operators')).toBe(
      '/zh-hant/agreements/2019-11-20-yantai-5-operators/',
    );
    expect(atRoot.root()).toBe('/');
    const archived = await routesUnder('/archive');
    expect(archived.root()).toBe('/archive/');
    expect(archived.place('zh-hans', '370600', 2)).toBe('/archive/zh-hans/places/370600/2/');
    expect(archived.dataCsv()).toBe('/archive/data/agreements.csv');
    expect(archived.source('000_5bb37ff1206ba871.txt')).toBe(
      '/archive/sources/000_5bb37ff1206ba871.txt',
    );
  });

  it('leaves the first page of a listing without a number', async () => {
    const routes = await routesUnder('/archive/');
    expect(routes.operator('en', 'china-unicom')).toBe('/archive/en/operators/china-unicom/');
    expect(routes.operator('en', 'china-unicom', 1)).toBe('/archive/en/operators/china-unicom/');
    expect(routes.allAgreements('en', 'title', 3)).toBe('/archive/en/all/title/3/');
  });

  it('encodes path segments and search filters', async () => {
    const routes = await routesUnder('/');
    expect(routes.party('en', 'other', 'a b')).toBe('/en/parties/other/a%20b/');
    expect(routes.searchFor('zh-hans', { operator: 'china-unicom', place: '370600' })).toBe(
      '/zh-hans/search/?operator=china-unicom&place=370600',
    );
  });
});
