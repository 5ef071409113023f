import type { APIRoute } from 'astro';
import { agreementFactsOf, getArchive } from '../../lib/archive/load.ts';
import { agreementsCsv } from '../../lib/archive/export.ts';

/** The agreements table: one row per agreement, its facts with the reports stating them. */
export const GET: APIRoute = async () => {
  const { listed } = await getArchive();
  return new Response(agreementsCsv(listed.map(agreementFactsOf)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
