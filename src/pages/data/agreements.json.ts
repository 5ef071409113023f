import type { APIRoute } from 'astro';
import { agreementFactsOf, getArchive } from '../../lib/archive/load.ts';
import { agreementsJson } from '../../lib/archive/export.ts';

/** The agreements table: one record per agreement, its facts with the reports stating them. */
export const GET: APIRoute = async () => {
  const { listed } = await getArchive();
  return new Response(agreementsJson(listed.map(agreementFactsOf)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
