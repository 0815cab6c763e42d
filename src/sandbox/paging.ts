// Paged operations (x-paging) in the emulators: the documented example's items served one page at
// a time, as the request's page, offset or cursor and its limit select them, so that a client walking
// the pages sees several of them and then the end. A cursor is the index of the next item, as text.
import { parsePaging } from "../core/paging-spec.js";
import { itemsAt, valueAt, type Paging } from "../core/paging.js";

/**
 * The page of `body` (an example answer holding every item) that a request asks for. `input` is
 * the query or the JSON body, wherever x-paging says the parameters are. Other operations' answers
 * are returned as they are.
 */
export function pageOfExample(operation: Record<string, any>, body: unknown, query: Record<string, unknown>, json: unknown): unknown {
  const paging = operation["x-paging"] === undefined ? undefined : parsePaging(operation["x-paging"]);
  if (paging === undefined || typeof paging === "string") return body;
  const input = ((paging.in === "body" ? json : query) ?? {}) as Record<string, unknown>;
  const all = itemsAt(body, paging.items);
  const limit = paging.limit !== undefined && input[paging.limit] !== undefined ? Math.max(1, Number(input[paging.limit])) : all.length || 1;
  const given = input[paging.parameter];
  const start = startOf(paging, given, limit);
  const items = all.slice(start, start + limit);
  let page = withItems(body, paging.items, items);
  if (paging.style === "cursor") page = withValue(page, paging.nextCursor!, String(start + items.length));
  if (paging.totalPages !== undefined) page = withValue(page, paging.totalPages, Math.ceil(all.length / limit));
  return page;
}

function startOf(paging: Paging, given: unknown, limit: number): number {
  const number = Number(given);
  if (given === undefined || !Number.isFinite(number)) return 0;
  return paging.style === "page" ? Math.max(0, number - 1) * limit : Math.max(0, number);
}

/** A copy of `body` with the array at the first of `paths` that holds one replaced by `items`. */
function withItems(body: unknown, paths: readonly string[], items: readonly unknown[]): unknown {
  const path = paths.find((p) => Array.isArray(valueAt(body, p)));
  return path === undefined ? body : withValue(body, path, items);
}

function withValue(body: unknown, path: string, value: unknown): unknown {
  if (path === "") return value;
  const [head, ...rest] = path.split(".");
  const object = (body !== null && typeof body === "object" ? body : {}) as Record<string, unknown>;
  return { ...object, [head!]: withValue(object[head!], rest.join("."), value) };
}
