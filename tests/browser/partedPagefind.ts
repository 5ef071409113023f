/**
 * The built site's search index as the search page opens and asks it
 * (src/lib/search/pagefindClient.ts), as source text that runs inside a page: vitest rewrites
 * `import()` in test modules, and the page must run the browser's own dynamic import, under
 * the page's Content-Security-Policy. It follows the client step by step: the locale's newest
 * part as Pagefind's own instance, every older part merged into a second instance with the
 * filter naming it, answers joined by score, and a search in date order asked part by part,
 * joined in date order.
 */

/**
 * `async (base) => ({ newest, older, parts })`: the two searches over the page's locale,
 * opened once per page (Pagefind's module is one per page: merging a part twice would count
 * its pages twice). `older` is null when the locale has one part.
 */
export const OPEN_PARTED_PAGEFIND = `async (base) => (window.__partedPagefind ??= (async () => {
  const language = document.documentElement.lang.toLowerCase();
  const manifest = await (await fetch(base + 'pagefind/parts.json')).json();
  const parts = manifest[language];
  if (!Array.isArray(parts) || parts.length === 0) throw new Error('parts.json: no ' + language);
  const folder = (id) => new URL(base + 'pagefind/' + language + '/' + id + '/', location.href).href;
  const newest = await import(folder(parts[0]) + 'pagefind.js');
  await newest.options({ baseUrl: base, mergeFilter: { part: [parts[0]] } });
  await newest.init();
  await newest.search('', {});
  if (parts.length === 1) return { newest, older: null, parts };
  const older = newest.createInstance({ basePath: folder(parts[1]), baseUrl: base });
  await older.options({ baseUrl: base, mergeFilter: { part: [parts[1]] } });
  await older.search('', {});
  await Promise.all(parts.slice(2).map((id) => older.mergeIndex(folder(id), { baseUrl: base, mergeFilter: { part: [id] } })));
  return { newest, older, parts };
})())`;

/** `async ({ newest, older, parts }, term, options) => ({ results, filters })`, as the client searches. */
export const SEARCH_PARTED_PAGEFIND = `async ({ newest, older, parts }, term, options = {}) => {
  const first = await newest.search(term, options);
  if (older === null) return first;
  const direction = options.sort ? Object.values(options.sort)[0] : undefined;
  let answers;
  let results;
  if (direction === undefined) {
    const rest = await older.search(term, options);
    answers = [first, rest];
    results = [...first.results, ...rest.results].sort((a, b) => b.score - a.score);
  } else {
    const rest = await Promise.all(parts.slice(1).map((id) =>
      older.search(term, { ...options, filters: { ...(options.filters ?? {}), part: [id] } })));
    answers = direction === 'asc' ? [first, ...rest].reverse() : [first, ...rest];
    results = answers.flatMap((answer) => answer.results);
  }
  const filters = {};
  for (const answer of answers)
    for (const [facet, counts] of Object.entries(answer.filters))
      if (facet !== 'part')
        for (const [value, count] of Object.entries(counts))
          (filters[facet] ??= {})[value] = (filters[facet][value] ?? 0) + count;
  return { results, filters };
}`;
