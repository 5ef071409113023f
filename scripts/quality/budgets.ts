/**
 * Page-weight budgets (gzip): the one definition that tests/quality/budgets.site.test.ts
 * enforces on every build and the benchmark reports at every corpus size.
 * - HTML beyond the main text ≤ 7 kB per page: Starlight's own budget for a documentation page.
 *   Measured on the page with the text inside <main> removed (markupWithoutMainText), so a long
 *   agreement or a full listing does not count against the chrome, but every tag and attribute,
 *   the head and its metadata (JSON-LD, citation tags) do.
 * - CSS ≤ 16.75 kB for all of the site's stylesheets together (Starlight's budget; Pagefind's
 *   files under pagefind/ are Pagefind's, reported beside it).
 * - The search page's own script ≤ 10 kB: less than Pagefind's own loader (pagefind.js, 13 kB
 *   in 1.6), for a query box, facets, URL state and result rendering. Pagefind's runtime for
 *   one reader (loader, worker, one language's WebAssembly: 84 kB in 1.6) is reported beside
 *   it, not budgeted: it is what Pagefind ships.
 * - The map of China ≤ 45 kB: the cached base map (map/china.svg, outlines and the South China
 *   Sea inset, 39 kB in 2026) plus the largest page's own map markup (its linked circles).
 */
const KB = 1024;

export const PAGE_BUDGETS = {
  /** HTML of a page beyond the text inside <main>. */
  htmlBeyondMainText: 7 * KB,
  /** All of the site's stylesheets together. */
  cssTotal: 16.75 * KB,
  /** The search page's own script and the modules it imports. */
  searchOwnScript: 10 * KB,
  /** The base map plus the largest page's inline map markup. */
  map: 45 * KB,
} as const;
