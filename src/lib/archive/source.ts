/** The raw source's file name on the site: its name in content/sources/. */
import type { Agreement } from '../../schema/agreement.ts';

export function sourceFileName(agreement: Pick<Agreement, 'source'>): string {
  const name = agreement.source.path.split('/').at(-1);
  if (name === undefined || name === '') throw new Error(`${agreement.source.path}: no file name`);
  return name;
}
