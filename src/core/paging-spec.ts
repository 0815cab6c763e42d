import type { Paging } from "./paging.js";

const STYLES = new Set(["page", "offset", "cursor"]);

/**
 * An operation's `x-paging` as the runtime table, the catalogue and the sandbox use it: `in`
 * defaults to the query, `items` to the body itself and is always a list. Returns a sentence saying
 * what is wrong with a malformed declaration instead (the build fails with it; lint says it first).
 */
export function parsePaging(raw: unknown): Paging | string {
  const x = (raw ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof x[key] === "string" && x[key] !== "" ? (x[key] as string) : undefined);
  if (typeof x.style !== "string" || !STYLES.has(x.style)) return "needs style: page, offset or cursor";
  if (x.in !== undefined && x.in !== "query" && x.in !== "body") return "takes in: query or body";
  const items = x.items === undefined ? [""] : Array.isArray(x.items) ? x.items : [x.items];
  if (!items.length || items.some((item) => typeof item !== "string")) return "takes items as a dotted path or a list of them";
  for (const key of ["limit", "totalPages", "nextCursor"]) if (x[key] !== undefined && !text(key)) return `takes ${key} as a non-empty string`;
  const parameter = text("parameter");
  if (!parameter) return "needs parameter: the request parameter that selects the page";
  if (x.style === "cursor" && !text("nextCursor")) return "with style: cursor needs nextCursor: where the answer gives the next cursor";
  const optional = (key: "limit" | "nextCursor" | "totalPages") => (text(key) ? { [key]: text(key)! } : {});
  return { style: x.style as Paging["style"], in: (x.in as Paging["in"] | undefined) ?? "query", parameter, ...optional("limit"), items: items as string[], ...optional("nextCursor"), ...optional("totalPages") };
}
