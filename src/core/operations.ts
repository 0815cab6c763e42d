import type { Effect } from "./effects.js";

/**
 * What the runtime needs of one operation, beyond what openapi-fetch gets from the call itself:
 * only what differs from the defaults is present, so the table stays small in browser bundles.
 */
export interface OperationRow {
  readonly id: string;
  /** Present when it differs from the method's default (see effects.ts). */
  readonly effect?: Effect;
  /** The path's own server, where the spec gives one. */
  readonly server?: string;
  /** The spec lists no security requirement: the call is sent without credentials. */
  readonly anonymous?: true;
}

/** A provider's runtime table, generated into generated/<p>/operations.ts. */
export interface OperationTable {
  /** The spec's first server. */
  readonly server: string;
  /** Path parameters the client fills in from an option: { site_id: "siteId" }. */
  readonly bound: Readonly<Record<string, string>>;
  /** By "METHOD /schema/path", e.g. "GET /node/network/{networkId}/list". */
  readonly operations: Readonly<Record<string, OperationRow>>;
}
