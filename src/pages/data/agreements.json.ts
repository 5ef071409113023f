import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive/load.ts';
import { agreementsJson } from '../../lib/archive/export.ts';

export const GET: APIRoute = async () => {
  const { entries } = await getArchive();
  return new Response(agreementsJson(entries.map((entry) => entry.agreement)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
