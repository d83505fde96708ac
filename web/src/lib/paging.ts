// Paging forwards and back through a GraphQL connection (`first`/`after` and `pageInfo`).

/**
 * The cursors of the pages before the one shown (`after` of page n is the end cursor of page
 * n-1; the first page has none).
 */
export type Pages = { afters: readonly (string | null)[] };
export const firstPage = (): Pages => ({ afters: [null] });
export const currentAfter = (p: Pages) => p.afters[p.afters.length - 1] ?? null;
export const pageNumber = (p: Pages) => p.afters.length;
export const nextPage = (p: Pages, endCursor: string): Pages => ({ afters: [...p.afters, endCursor] });
export const previousPage = (p: Pages): Pages => (p.afters.length > 1 ? { afters: p.afters.slice(0, -1) } : p);

/** What a pager offers for the page shown: back unless on the first page, on while the server has more. */
export function pagerOf(p: Pages, pageInfo: { hasNextPage: boolean; endCursor?: string | null }) {
  return {
    page: pageNumber(p),
    previous: pageNumber(p) > 1,
    next: pageInfo.hasNextPage && pageInfo.endCursor ? pageInfo.endCursor : null,
  };
}
