/** An element the search page's markup must contain; its absence is a bug in the page. */
export function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page: no ${selector}`);
  return element;
}
