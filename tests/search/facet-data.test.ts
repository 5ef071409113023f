import { describe, expect, it } from 'vitest';
import { parseFacetData } from '../../src/lib/search/facetData.ts';

describe('the search page’s data file of city and county values', () => {
  it('reads a well-formed file', () => {
    const json: unknown = JSON.parse(
      '{"city":[["370600","Yantai","",3]],"county":[["310101","黄浦区","zh-Hans",1]]}',
    );
    expect(parseFacetData(json, 'places.json')).toEqual({
      city: [['370600', 'Yantai', '', 3]],
      county: [['310101', '黄浦区', 'zh-Hans', 1]],
    });
  });

  it.each([
    ['a facet missing', '{"city":[]}', /"county"/],
    ['a count that is not a number', '{"city":[["370600","Yantai","","3"]],"county":[]}', /"city"/],
    ['not an object', 'null', /"city"/],
  ])('names the file and the facet when %s', (_, text, facet) => {
    expect(() => parseFacetData(JSON.parse(text) as unknown, '/en/search/places.json')).toThrow(
      facet,
    );
    expect(() => parseFacetData(JSON.parse(text) as unknown, '/en/search/places.json')).toThrow(
      /\/en\/search\/places\.json/,
    );
  });
});
