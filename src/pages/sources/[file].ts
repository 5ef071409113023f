/**
 * Each raw source exactly as received, byte for byte, as a plain text file. The bytes are
 * not decoded; the header names the charset ingest detected (static hosts go by the `.txt`
 * extension instead, and every seed is UTF-8). Only files inside the project are published
 * (`readSourceFile`): a source path that leads out of it fails the build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive/load.ts';
import { readSourceFile, sourceFileName } from '../../lib/archive/source.ts';

export const getStaticPaths = (async () => {
  const { entries } = await getArchive();
  return entries.map(({ agreement }) => ({
    params: { file: sourceFileName(agreement) },
    props: { sourcePath: agreement.source.path, encoding: agreement.source.encoding },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ sourcePath: string; encoding: string }> = ({ props }) => {
  const bytes = readSourceFile(props.sourcePath, process.cwd());
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': `text/plain; charset=${props.encoding.toLowerCase()}` },
  });
};
