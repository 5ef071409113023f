import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive/load.ts';
import { reportsCsv } from '../../lib/archive/export.ts';

/** The reports table: one row per report (raw source), with the agreement it reports. */
export const GET: APIRoute = async () => {
  const { entries, groups } = await getArchive();
  return new Response(
    reportsCsv(
      entries.map((entry) => entry.agreement),
      groups,
    ),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
};
