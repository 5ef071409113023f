/**
 * The base map (province outlines) as its own file: about 100 kB of path data that the
 * browser caches once, rather than inline in every home page. Colours are presentation
 * attributes, mid-tones that read on light and dark pages alike (no <style>: the site's
 * CSP allows no inline styles).
 */
import type { APIRoute } from 'astro';
import {
  INSET,
  MAP_HEIGHT,
  MAP_WIDTH,
  insetDashes,
  insetShapes,
  islandPoints,
  mainlandDashes,
  provinceShapes,
} from '../../lib/map/chinaMap.ts';

export const GET: APIRoute = () => {
  const paths = provinceShapes()
    .map((shape) => `<path d="${shape.d}"/>`)
    .join('\n');
  const inset = insetShapes()
    .map((d) => `<path d="${d}"/>`)
    .join('\n');
  const dashes = [...mainlandDashes(), ...insetDashes()].map((d) => `<path d="${d}"/>`).join('\n');
  const islands = islandPoints()
    .map((point) => `<circle cx="${point.x}" cy="${point.y}" r="2.5"/>`)
    .join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}">
<g fill="#8c9bab" fill-opacity="0.3" stroke="#6f7c8a" stroke-width="0.8" stroke-linejoin="round">
${paths}
</g>
<rect x="${INSET.x}" y="${INSET.y}" width="${INSET.width}" height="${INSET.height}" fill="none" stroke="#6f7c8a" stroke-width="1"/>
<g fill="#8c9bab" fill-opacity="0.3" stroke="#6f7c8a" stroke-width="0.6" stroke-linejoin="round">
${inset}
</g>
<g fill="#6f7c8a" stroke="#6f7c8a" stroke-width="0.6">
${dashes}
</g>
<g fill="#6f7c8a">
${islands}
</g>
</svg>
`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
