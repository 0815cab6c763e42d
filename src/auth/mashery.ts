import type { QpsRetryOptions } from "./mashery/qps-retry.js";
import type { OperationTable } from "../core/operations.js";
import type { AuthStrategy } from "../core/strategy.js";
import { createQuery, type MasheryQuery } from "./mashery/query.js";
import { askForJson, csvAsText } from "./mashery/report-format.js";
import { createRpc, type MasheryRpc } from "./mashery/rpc.js";
import { retryOverQps, signQuery } from "./mashery/signing.js";

export interface Credentials {
  /** The Mashery API key; sent as `apikey` on every call. */
  apiKey: string;
  /** The shared secret; it only enters the signature and never leaves the client. */
  secret: string;
  /** The "Mashery Site ID" from the bottom of the Dashboard; fills `{site_id}` in every path. */
  siteId: string | number;
  /** Retries of calls refused with "Account Over Queries Per Second Limit" (not a credential: the auth strategy owns the retry). */
  qpsRetry?: QpsRetryOptions;
}

export interface MasheryExtras {
  /** Calls a JSON-RPC method, typed by the spec: `await mashery.rpc("member.fetch", ["jdoe"])` is a `Member | null`. */
  rpc: MasheryRpc;
  /** Yields every item of an MQL query, reading page after page: `for await (const m of mashery.query("SELECT * FROM members"))`. */
  query: MasheryQuery;
}

/**
 * Mashery V2: `apikey` and `sig` = md5(apikey + secret + unix seconds) in the query string of every
 * call, re-signed for each retry of a per-second throttle; reports ask for JSON unless told
 * otherwise; `rpc()` and `query()` wrap the JSON-RPC endpoint.
 */
export function createAuth(credentials: Credentials, _table: OperationTable): AuthStrategy<MasheryExtras> {
  const sign = signQuery(credentials);
  return {
    prepare: (call) => sign({ ...call, init: askForJson(call) }),
    middleware: [csvAsText, retryOverQps(credentials, credentials.qpsRetry)],
    extras(client) {
      const rpc = createRpc(client);
      return { rpc, query: createQuery(rpc) };
    },
  };
}
