import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { articleLoader } from './lib/archive/articleLoader.ts';
import { agreementSchema, translationSchema } from './schema/agreement.ts';

/**
 * Where the archive's content lives. `ARCHIVE_CONTENT_DIR` points a build at another tree
 * with the same layout (`articles/`, `translations/`) — test fixtures use it; the site
 * itself always builds from `./content`.
 */
const contentDir = (process.env['ARCHIVE_CONTENT_DIR'] ?? './content').replace(/\/+$/, '');

/** An article's front matter, and the lead sentence of its body the loader adds for listings. */
const agreements = defineCollection({
  loader: articleLoader({ base: `${contentDir}/articles` }),
  schema: agreementSchema.extend({ lead: z.string() }),
});

const translations = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/translations` }),
  schema: translationSchema,
});

export const collections = { agreements, translations };
