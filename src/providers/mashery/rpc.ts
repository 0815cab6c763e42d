import type { Client } from "openapi-fetch";
import type { components } from "../../../generated/mashery/schema.js";
import type { CallOptions } from "../../core/options.js";
import type { Redactor } from "../../core/redact.js";
import { toMasheryError } from "./to-error.js";

/** The spec's method catalogue: method name → { params, result }. */
type Catalogue = components["schemas"]["RpcMethods"];

export type MasheryRpcMethod = keyof Catalogue;
export type MasheryRpcParams<M extends MasheryRpcMethod> = Catalogue[M]["params"];
export type MasheryRpcResult<M extends MasheryRpcMethod> = Catalogue[M]["result"];

/** Methods without arguments (their params are `[]`) may leave the array out; the call's options (signal, timeoutMs, retry…) come last. */
type RpcArguments<P> = [P] extends [never[]] ? [params?: [], options?: CallOptions] : [params: P, options?: CallOptions];

/**
 * Calls one JSON-RPC method. The method name, its positional params and its result are typed by
 * the spec. Resolves to the method's `result`; rejects with MasheryRpcError (the JSON-RPC error
 * object, field errors included), a MasheryAccessError subclass (the 403s) or MasheryHttpError.
 */
export type MasheryRpc = <M extends MasheryRpcMethod>(method: M, ...args: RpcArguments<MasheryRpcParams<M>>) => Promise<MasheryRpcResult<M>>;

interface Envelope {
  result?: unknown;
  error?: unknown;
}

/** rpc() over the client's POST /json-rpc/{site_id}, so site id, signing and retries apply as for any call. */
export function createRpc(client: Client<any>, redact: Redactor = (text) => text): MasheryRpc {
  let nextId = 1;
  return (async (method: string, params: unknown[] = [], options: CallOptions = {}) => {
    // JSON-RPC 1.0, the form of every documented example: the answer always has `error` (null on success).
    const body = { method, params, id: nextId++ };
    const { data, error, response } = await client.POST("/json-rpc/{site_id}", { ...options, body });
    const envelope = (error ?? data) as Envelope | undefined;
    if (error !== undefined || (envelope?.error !== undefined && envelope.error !== null)) throw toMasheryError(response, envelope, method, redact);
    return envelope?.result;
  }) as MasheryRpc;
}
