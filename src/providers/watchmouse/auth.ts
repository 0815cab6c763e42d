/// <reference lib="esnext.disposable" preserve="true" />
import { defineClient } from "../../core/client.js";
import { InvalidRequestError } from "../../core/errors/invalid-request-error.js";
import type { CallOptions } from "../../core/options.js";
import type { AuthStrategy, CallInit, CallResult, StrategyContext } from "../../core/strategy.js";
import { createAnonymousKey } from "./anonymous-key.js";
import { WatchMouseApiError } from "./api-error.js";
import { asEnvelope, failed } from "./envelope.js";
import { KEY_REFUSED, type KeySource } from "./key-source.js";
import { createSessionKey, type SessionCredentials } from "./session-key.js";

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
export type WatchMouseCredits = Record<"sms" | "api" | "check", number>;

export interface WatchMouseExtras {
  /** Ends the session with acct_logout (a no-op without one). Calls made afterwards log in again. */
  logout(options?: CallOptions): Promise<void>;
  /** The credits left per type (acct_credits). Throws WatchMouseApiError if the API refuses. */
  credits(options?: CallOptions): Promise<WatchMouseCredits>;
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
export function createAuth(credentials: Credentials, context: StrategyContext): AuthStrategy<WatchMouseExtras> {
  const source = keySourceFor(credentials, context);

  /** Sends the call with JSON asked for and `key` as its nkey (none when undefined); the answer as a result. */
  const sendWith = async (send: (init: CallInit) => Promise<CallResult>, init: CallInit, key?: string): Promise<CallResult> => {
    // JSONP wraps the JSON in a function call, which fetch cannot parse.
    const { callback: _jsonp, ...query } = init.params?.query ?? {};
    return send({ ...init, params: { ...init.params, query: key === undefined ? { ...query, view: "json" } : { ...query, view: "json", nkey: key } } });
  };
  const settled = (result: CallResult): CallResult => {
    const envelope = asEnvelope(result.data);
    return envelope && envelope.code !== 0 ? failed(envelope, result.response) : result;
  };

  return {
    // The key of this call lives in this scope: chosen before, checked after, renewed once.
    async around(call, send) {
      const query = call.init.params?.query ?? {};
      if (call.anonymous || query.nkey !== undefined) return settled(await sendWith(send, call.init));
      if (!source) {
        const operation = `${call.method} ${call.path}`;
        throw new InvalidRequestError(`watchmouse ${operation} needs both user and password for a session, or nkey for a token (or none of the three for anonymous use)`, { provider: "watchmouse", operation });
      }
      const key = await source.key(call);
      if (typeof key === "object") return failed(key);
      const result = await sendWith(send, call.init, key);
      const envelope = asEnvelope(result.data);
      source.answered?.(key, result.response, envelope);
      if (!envelope || envelope.code === 0) return result;
      if (key === undefined || !source.renew || !KEY_REFUSED.has(envelope.code)) return failed(envelope, result.response);
      // The key was refused: the source gets a fresh one (one login for all callers) and the call is sent once more.
      const fresh = await source.renew(key, call);
      if (typeof fresh !== "string") return failed(fresh);
      const retried = await sendWith(send, call.init, fresh);
      source.answered?.(fresh, retried.response, asEnvelope(retried.data));
      return settled(retried);
    },
    secrets: () => [source?.current?.()],
    // client.paginate throws what credits() throws: the API's code with the redacted envelope.
    failure(result, operation, redact) {
      const envelope = asEnvelope(result.error);
      return envelope ? new WatchMouseApiError(operation.slice(operation.indexOf("/") + 1), envelope, redact) : undefined;
    },
    extras(client) {
      const logout = async (options?: CallOptions) => source?.end(options);
      return {
        logout,
        async credits(options?: CallOptions) {
          const { data, error } = await client.GET("/acct_credits", { ...options });
          if (error) throw new WatchMouseApiError("acct_credits", error, context.redact);
          const balances: WatchMouseCredits = { sms: 0, api: 0, check: 0 };
          for (const credit of (data?.result?.credits ?? []) as { type: keyof WatchMouseCredits; available: string }[]) balances[credit.type] = Number(credit.available);
          return balances;
        },
        [Symbol.asyncDispose]: () => logout(),
      };
    },
  };
}

export const clientDefinition = defineClient({ name: "watchmouse", auth: createAuth });

/**
 * Which credentials were given. A credential named but empty (`nkey: process.env.UNSET`) is a
 * mistake, not a wish for anonymous use: the client refuses to send rather than quietly spend the
 * anonymous allowance.
 */
function keySourceFor(credentials: Credentials, { client, redact }: StrategyContext): KeySource | undefined {
  const { user, password, nkey } = credentials as { user?: string; password?: string; nkey?: string };
  if (nkey) return { key: async () => nkey, end: async () => undefined };
  if (user && password) return createSessionKey(credentials as SessionCredentials, client, redact);
  if (!("user" in credentials || "password" in credentials || "nkey" in credentials)) return createAnonymousKey();
  return undefined;
}
