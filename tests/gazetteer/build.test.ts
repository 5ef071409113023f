import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatePlacesFile, PLACES_FILE } from '../../scripts/gazetteer/build.ts';

describe('scripts/gazetteer/build.ts', () => {
  it(
    'is reproducible, and the committed places.json is what it writes',
    { timeout: 60_000 },
    () => {
      const first = generatePlacesFile();
      const second = generatePlacesFile();
      expect(second).toBe(first);
      const committed = readFileSync(new URL(`../../${PLACES_FILE}`, import.meta.url), 'utf8');
      expect(committed === first, `${PLACES_FILE} is stale: run npm run gazetteer`).toBe(true);
    },
  );
});
