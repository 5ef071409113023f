import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive/load.ts';
import { reportsJson } from '../../lib/archive/export.ts';

/** The reports table: the schema's record of every report, with the agreement it reports. */
export const GET: APIRoute = async () => {
  const { entries, groups } = await getArchive();
  return new Response(
    reportsJson(
      entries.map((entry) => entry.agreement),
      groups,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
};
