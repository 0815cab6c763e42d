import { defineClient } from "../../core/client.js";
import type { AuthStrategy, CallResult, StrategyContext } from "../../core/strategy.js";
import { createQuery, type MasheryQuery } from "./query.js";
import { askForJson } from "./report-format.js";
import { createRpc, type MasheryRpc } from "./rpc.js";
import { signQuery, signUrl } from "./signature.js";

export interface Credentials {
  /** The Mashery API key; sent as `apikey` on every call. */
  apiKey: string;
  /** The shared secret; it only enters the signature and never leaves the client. */
  secret: string;
  /** The "Mashery Site ID" from the bottom of the Dashboard; fills `{site_id}` in every path. */
  siteId: string | number;
}

export interface MasheryExtras {
  /** Calls a JSON-RPC method, typed by the spec: `await mashery.rpc("member.fetch", ["jdoe"])` is a `Member | null`. */
  rpc: MasheryRpc;
  /** Yields every item of an MQL query, reading page after page: `for await (const m of mashery.query("SELECT * FROM members"))`. */
  query: MasheryQuery;
}

const OVER_QPS = "Account Over Queries Per Second Limit";

/**
 * Mashery V2: `apikey` and `sig` = md5(apikey + secret + unix seconds) in the query string of every
 * request; reports ask for JSON unless told otherwise; `rpc()` and `query()` wrap the JSON-RPC
 * endpoint. "Account Over Queries Per Second Limit" is a throttle: the front door refused the call
 * before Mashery ran it, so the retry policy may repeat even a create.
 */
export function createAuth(credentials: Credentials, context: StrategyContext): AuthStrategy<MasheryExtras> {
  return {
    prepare: (call) => signQuery(credentials, call.method, call.path, askForJson(call)),
    // Only a followed redirect lacks the query prepare() signed.
    sign: (request) => (request.url.includes("sig=") ? undefined : new Request(signUrl(request.url, credentials.apiKey, credentials.secret, Date.now()), request)),
    throttled: isOverQpsLimit,
    extras(client) {
      const rpc = createRpc(client, context.redact);
      return { rpc, query: createQuery(rpc) };
    },
  };
}

export const clientDefinition = defineClient({ name: "mashery", auth: createAuth });

/** The 403's message, at the top or inside `error` (docs/adr/0009-mashery-403-body.md). */
function isOverQpsLimit(result: CallResult): boolean {
  const body = result.error as { message?: unknown; error?: { message?: unknown } } | undefined;
  return result.response.status === 403 && (body?.message ?? body?.error?.message) === OVER_QPS;
}
