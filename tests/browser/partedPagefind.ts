/**
 * The built site's search index as the search page opens and asks it
 * (src/lib/search/pagefindClient.ts), as source text that runs inside a page: vitest rewrites
 * `import()` in test modules, and the page must run the browser's own dynamic import, under
 * the page's Content-Security-Policy. It follows the client step by step: the locale's first
 * part's script, every other part merged with the filter naming it, and a search in date
 * order asked part by part, joined in date order.
 */

/**
 * `async (base) => ({ pagefind, parts })`: Pagefind with every part of the page's locale,
 * opened once per page (Pagefind's module is one per page: merging a part twice would count
 * its pages twice).
 */
export const OPEN_PARTED_PAGEFIND = `async (base) => (window.__partedPagefind ??= (async () => {
  const language = document.documentElement.lang.toLowerCase();
  const manifest = await (await fetch(base + 'pagefind/parts.json')).json();
  const parts = manifest[language];
  if (!Array.isArray(parts) || parts.length === 0) throw new Error('parts.json: no ' + language);
  const folder = (id) => new URL(base + 'pagefind/' + language + '/' + id + '/', location.href).href;
  const pagefind = await import(folder(parts[0]) + 'pagefind.js');
  await pagefind.options({ baseUrl: base, mergeFilter: { part: [parts[0]] } });
  await pagefind.init();
  await pagefind.search('', {});
  await Promise.all(parts.slice(1).map((id) => pagefind.mergeIndex(folder(id), { baseUrl: base, mergeFilter: { part: [id] } })));
  return { pagefind, parts };
})())`;

/** `async ({ pagefind, parts }, term, options) => ({ results, filters })`, as the client searches. */
export const SEARCH_PARTED_PAGEFIND = `async ({ pagefind, parts }, term, options = {}) => {
  const direction = options.sort ? Object.values(options.sort)[0] : undefined;
  if (direction === undefined || parts.length === 1) return pagefind.search(term, options);
  const order = direction === 'asc' ? [...parts].reverse() : parts;
  const answers = await Promise.all(order.map((id) =>
    pagefind.search(term, { ...options, filters: { ...(options.filters ?? {}), part: [id] } })));
  const filters = {};
  for (const answer of answers)
    for (const [facet, counts] of Object.entries(answer.filters))
      if (facet !== 'part')
        for (const [value, count] of Object.entries(counts))
          (filters[facet] ??= {})[value] = (filters[facet][value] ?? 0) + count;
  return { results: answers.flatMap((answer) => answer.results), filters };
}`;
