/**
 * The base map (province outlines) as its own file: about 100 kB of path data that the
 * browser caches once, rather than inline in every home page. Colours are presentation
 * attributes, mid-tones that read on light and dark pages alike (no <style>: the site's
 * CSP allows no inline styles).
 */
import type { APIRoute } from 'astro';
import { MAP_HEIGHT, MAP_WIDTH, provinceShapes } from '../../lib/map/chinaMap.ts';

export const GET: APIRoute = () => {
  const paths = provinceShapes()
    .map((shape) => `<path d="${shape.d}"/>`)
    .join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}">
<g fill="#8c9bab" fill-opacity="0.3" stroke="#6f7c8a" stroke-width="0.8" stroke-linejoin="round">
${paths}
</g>
</svg>
`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
