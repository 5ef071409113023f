import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive/load.ts';
import { agreementsCsv } from '../../lib/archive/export.ts';

export const GET: APIRoute = async () => {
  const { entries } = await getArchive();
  return new Response(agreementsCsv(entries.map((entry) => entry.agreement)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
