import type { Effect } from "./effects.js";
import type { Paging } from "./paging.js";

/**
 * A provider's runtime table (generated/<p>/operations.ts): only what a call needs and the
 * defaults do not say, so it stays small in browser bundles. Operations are keyed by
 * "METHOD /schema/path", e.g. "GET /node/network/{networkId}/list".
 */
export interface OperationTable {
  /** The spec's first server. */
  readonly server: string;
  /** Path prefixes whose operations the spec sends to another server: { "/powerstrip": "https://…" }. */
  readonly servers: Readonly<Record<string, string>>;
  /** Path parameters the client fills in from an option: { site_id: "siteId" }. */
  readonly bound: Readonly<Record<string, string>>;
  /** Operations whose effect differs from their method's default (effects.ts). */
  readonly effects: Readonly<Record<string, Effect>>;
  /** Operations the spec lists without a security requirement: sent without credentials. */
  readonly anonymous: readonly string[];
  /** Paged operations (`x-paging`), for client.paginate. */
  readonly paging: Readonly<Record<string, Paging>>;
}

/** The server of a path when the client has no baseUrl: the longest matching prefix's, else the spec's first. */
export function serverFor(table: OperationTable, path: string): string {
  let best = "";
  for (const prefix in table.servers) {
    if (prefix.length > best.length && (path === prefix || path.startsWith(`${prefix}/`))) best = prefix;
  }
  return best ? table.servers[best]! : table.server;
}
