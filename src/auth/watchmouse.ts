/// <reference lib="esnext.disposable" preserve="true" />
import type { Client, Middleware } from "openapi-fetch";
import type { components, paths } from "../../generated/watchmouse/schema.js";
import type { OperationTable } from "../core/operations.js";
import type { AuthStrategy, Prepare, Settle } from "../core/strategy.js";
import { createAnonymousKey } from "./watchmouse/anonymous-key.js";
import { WatchMouseApiError } from "./watchmouse/api-error.js";
import { asEnvelope, errorResponse, failed, type Envelope } from "./watchmouse/envelope.js";
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
  // The key prepare() put on each attempt (undefined: none to send), by the inputs it returned.
  const supplied = new WeakMap<object, string | undefined>();
  // Attempts whose login failed: answered with the login's error instead of being sent.
  const refused = new WeakMap<object, Envelope>();

  const prepare: Prepare = async ({ operation, init }) => {
    // JSONP wraps the JSON in a function call, which fetch cannot parse.
    const { callback: _jsonp, ...query } = init.params?.query ?? {};
    const params = { ...init.params, query: { ...query, view: "json" } as Record<string, unknown> };
    if ((operation?.security.length ?? 0) > 0 && query.nkey === undefined) {
      const key = await source.key();
      if (typeof key === "object") refused.set(params, key);
      else {
        if (key !== undefined) params.query.nkey = key;
        supplied.set(params, key);
      }
    }
    return { ...init, params };
  };

  const middleware: Middleware = {
    onRequest({ params }) {
      const failure = refused.get(params);
      return failure ? errorResponse(failure) : undefined;
    },
  };

  const settle: Settle = async (result, { call, resend }) => {
    const params = call.init.params ?? {};
    const ours = supplied.has(params);
    const sent = supplied.get(params);
    const envelope = asEnvelope(result.data);
    if (ours) source.answered?.(sent, result.response, envelope);
    if (!envelope || envelope.code === 0) return result;
    if (!ours || sent === undefined || !source.renew || !KEY_REFUSED.has(envelope.code)) return failed(envelope);
    // The key was refused: the source gets a fresh one (one login for all callers) and the call is sent once more.
    const fresh = await source.renew(sent);
    if (typeof fresh !== "string") return failed(fresh);
    const retried = await resend({ ...call.init, params: { ...params, query: { ...params.query, nkey: fresh } } });
    const again = asEnvelope(retried.data);
    source.answered?.(fresh, retried.response, again);
    return again && again.code !== 0 ? failed(again) : retried;
  };

  return {
    prepare,
    middleware: [middleware],
    settle,
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
