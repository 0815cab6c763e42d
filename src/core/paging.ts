/**
 * How an operation pages, from the spec's `x-paging` (carried in the runtime table and the catalogue):
 * - `page`: a page number (1-based unless the caller starts elsewhere), until an empty page or `totalPages`;
 * - `offset`: an item offset, advanced by each page's length, until an empty page;
 * - `cursor`: the answer's `nextCursor` sent back, until an empty page or no new cursor.
 */
export interface Paging {
  readonly style: "page" | "offset" | "cursor";
  /** Where the request carries `parameter` (and `limit`): the query string or the JSON body. */
  readonly in: "query" | "body";
  /** The request parameter that selects the page: its number, the offset, or the cursor. */
  readonly parameter: string;
  /** The page-size parameter, left to the caller. */
  readonly limit?: string;
  /** Where the items are in the answer: dotted paths, the first that holds an array wins; "" is the body itself. */
  readonly items: readonly string[];
  /** `cursor`: where the answer gives the next cursor (a dotted path). */
  readonly nextCursor?: string;
  /** `page`: where the answer gives the number of pages, if it does. */
  readonly totalPages?: string;
}

/** One page as a walk sees it: its items, and what selects the next page (none: the walk ends). */
export interface Page<State, Item> {
  items: readonly Item[];
  next: State | undefined;
}

/**
 * The one paging loop: fetches pages lazily from `first` on and yields their items; an empty page
 * or a page without a next one ends it. Breaking out of `for await` stops the requests.
 */
export async function* walkPages<State, Item>(first: State, fetchPage: (state: State) => Promise<Page<State, Item>>): AsyncGenerator<Item, void, undefined> {
  let state: State | undefined = first;
  while (state !== undefined) {
    const page: Page<State, Item> = await fetchPage(state);
    yield* page.items;
    if (page.items.length === 0) return;
    state = page.next;
  }
}

/** The value at a dotted path ("" is the value itself). */
export function valueAt(value: unknown, path: string): unknown {
  if (path === "") return value;
  let current = value;
  for (const key of path.split(".")) current = current !== null && typeof current === "object" ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}

/** The items of an answer: the first of the paths that holds an array; none is an empty page. */
export function itemsAt(body: unknown, paths: readonly string[]): readonly unknown[] {
  for (const path of paths) {
    const value = valueAt(body, path);
    if (Array.isArray(value)) return value;
  }
  return [];
}

/** What selects a page: the page number, the offset or the cursor (`undefined`: the first page, the parameter left out). */
export interface PageSelector {
  readonly value: unknown;
}

/** The page a walk starts from: the caller's own page, offset or cursor, else the first. */
export function firstPage(paging: Paging, given: unknown): PageSelector {
  if (given !== undefined) return { value: given };
  return { value: paging.style === "page" ? 1 : paging.style === "offset" ? 0 : undefined };
}

/**
 * The page after one that answered `body` with `items`, per style; undefined ends the walk. A
 * cursor that does not move ends it too, so a server repeating itself cannot loop forever.
 */
export function nextPage(paging: Paging, current: PageSelector, body: unknown, items: readonly unknown[]): PageSelector | undefined {
  const at = Number(current.value);
  switch (paging.style) {
    case "page": {
      const total = paging.totalPages === undefined ? NaN : Number(valueAt(body, paging.totalPages));
      return at >= total ? undefined : { value: at + 1 };
    }
    case "offset":
      return { value: at + items.length };
    case "cursor": {
      const next = paging.nextCursor === undefined ? undefined : valueAt(body, paging.nextCursor);
      return next === undefined || next === null || next === "" || next === current.value ? undefined : { value: next };
    }
  }
}
