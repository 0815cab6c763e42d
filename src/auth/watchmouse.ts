/// <reference lib="esnext.disposable" preserve="true" />
import type { Client, Middleware } from "openapi-fetch";
import type { components, paths } from "../../generated/watchmouse/schema.js";
import { findOperation, type OperationTable } from "../core/operations.js";
import { rebuildRequest } from "../core/request.js";
import type { AuthStrategy } from "../core/strategy.js";
import { createAnonymousKey } from "./watchmouse/anonymous-key.js";
import { WatchMouseApiError } from "./watchmouse/api-error.js";
import { errorResponse, readEnvelope } from "./watchmouse/envelope.js";
import { KEY_REFUSED, type KeySource } from "./watchmouse/key-source.js";
import { createSessionKey, type SessionCredentials } from "./watchmouse/session-key.js";

export type { SessionCredentials };
/** A permanent token from acct_token: used as `nkey` on every call; it never idles out. */
export interface TokenCredentials {
  nkey: string;
  user?: never;
  password?: never;
}
/** No credentials: the API's anonymous access, 50 credits a day per address. */
export interface AnonymousCredentials {
  user?: never;
  password?: never;
  nkey?: never;
}
export type Credentials = SessionCredentials | TokenCredentials | AnonymousCredentials;

/** Credits available per type, as numbers (the API sends decimal strings). */
export type WatchMouseCredits = Record<components["schemas"]["CreditType"], number>;

export interface WatchMouseExtras {
  /** Ends the session with acct_logout (a no-op without one). Calls made afterwards log in again. */
  logout(): Promise<void>;
  /** The credits left per type (acct_credits). Throws WatchMouseApiError if the API refuses. */
  credits(): Promise<WatchMouseCredits>;
  /** `await using client = createWatchMouseClient(…)` logs out when the block ends. */
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * WatchMouse auth: every call asks for JSON (`view=json`) and carries an `nkey`, from a session
 * (`{ user, password }`: acct_login on first use, one shared re-login and a single retry on code
 * 1000 or 1008), a permanent token (`{ nkey }`) or the anonymous key the API sets as a cookie.
 * An `nkey` passed explicitly in a call's parameters is sent as given and never retried.
 *
 * The API reports failures as HTTP 200 with a non-zero `code`; the client turns them into
 * `{ error }` results carrying the envelope, with an HTTP-like status: 401 for 1000/1008, 402 for
 * 1009 (never retried), 403 for account restrictions (1003, 1006, 1007, 1014–1016), 404 for 1002,
 * 409 for 1005, 400 for any other code.
 */
export function createAuth(credentials: Credentials, table: OperationTable): AuthStrategy<WatchMouseExtras> {
  let client: Client<paths> | undefined;
  const api = () => client ?? fail("the WatchMouse strategy needs its client: install it through createWatchMouseClient");
  const source = keySourceFor(credentials, api);
  // The key this middleware put on each call in flight, by openapi-fetch's request id.
  const supplied = new Map<string, string | undefined>();

  const middleware: Middleware = {
    async onRequest({ request, schemaPath, id }) {
      const url = new URL(request.url);
      url.searchParams.set("view", "json");
      // JSONP wraps the JSON in a function call, which fetch cannot parse.
      url.searchParams.delete("callback");
      const needsKey = (findOperation(table, request.method, schemaPath)?.security.length ?? 0) > 0;
      if (needsKey && !url.searchParams.has("nkey")) {
        const key = await source.key();
        if (typeof key === "object") return errorResponse(key);
        if (key !== undefined) url.searchParams.set("nkey", key);
        supplied.set(id, key);
      }
      return rebuildRequest(request, { url: url.href });
    },

    async onResponse({ request, response, options, id }) {
      const ours = supplied.has(id);
      const sent = supplied.get(id);
      supplied.delete(id);
      const envelope = await readEnvelope(response);
      if (ours) source.answered?.(sent, response, envelope);
      if (!envelope || envelope.code === 0) return undefined;
      if (!ours || sent === undefined || !source.renew || !KEY_REFUSED.has(envelope.code)) return errorResponse(envelope);
      // The key was refused: the source gets a fresh one (one login for all callers) and the call is sent once more.
      const fresh = await source.renew(sent);
      if (typeof fresh !== "string") return errorResponse(fresh);
      const url = new URL(request.url);
      url.searchParams.set("nkey", fresh);
      const retried = await options.fetch(await rebuildRequest(request, { url: url.href }));
      const again = await readEnvelope(retried);
      source.answered?.(fresh, retried, again);
      return again && again.code !== 0 ? errorResponse(again) : retried;
    },

    onError({ id }) {
      supplied.delete(id);
      return undefined;
    },
  };

  return {
    middleware: [middleware],
    extras(installed) {
      client = installed as Client<paths>;
      const logout = () => source.end();
      return {
        logout,
        async credits() {
          const { data, error } = await api().GET("/acct_credits");
          if (error) throw new WatchMouseApiError("acct_credits", error);
          const balances: WatchMouseCredits = { sms: 0, api: 0, check: 0 };
          for (const credit of data.result?.credits ?? []) balances[credit.type] = Number(credit.available);
          return balances;
        },
        [Symbol.asyncDispose]: logout,
      };
    },
  };
}

function keySourceFor(credentials: Credentials, api: () => Client<paths>): KeySource {
  const { user, password, nkey } = credentials as { user?: string; password?: string; nkey?: string };
  if (nkey) return { key: async () => nkey, end: async () => undefined };
  if (user || password) {
    if (!user || !password) throw new TypeError("WatchMouse needs both user and password for a session (or nkey for a token, or neither for anonymous use)");
    return createSessionKey(credentials as SessionCredentials, api);
  }
  return createAnonymousKey();
}

function fail(message: string): never {
  throw new Error(message);
}
