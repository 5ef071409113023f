/**
 * The quality issue's page-weight budgets (gzip), as tests/quality/budgets.site.test.ts sets and
 * justifies them. They live in that test file, which cannot be imported outside Vitest, so they
 * are repeated here; tests/bench/budgets.test.ts fails if the two ever disagree.
 */
const KB = 1024;

export const PAGE_BUDGETS = {
  /** HTML of a page beyond the text inside <main> (Starlight's 7 kB). */
  htmlBeyondMainText: 7 * KB,
  /** All of the site's stylesheets together (Starlight's 16.75 kB). */
  cssTotal: 16.75 * KB,
} as const;
