/** robots.txt, generated so that the sitemap's address follows SITE and BASE. */
import type { APIRoute } from 'astro';
import { routes } from '../utils/routes.ts';
import { absoluteUrl } from '../utils/url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(routes.sitemap(), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
