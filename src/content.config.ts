import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { agreementSchema, translationSchema } from './schema/agreement.ts';

const agreements = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/articles' }),
  schema: agreementSchema,
});

const translations = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/translations' }),
  schema: translationSchema,
});

export const collections = { agreements, translations };
