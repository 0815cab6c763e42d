import type { Client } from "openapi-fetch";
import { AUTHENTICATION_ERROR } from "./codes.js";
import { WatchMouseApiError } from "./api-error.js";
import { asEnvelope, type Envelope } from "./envelope.js";
import { ApiError } from "../../core/errors/api-error.js";
import { redactHeaders, removeValues, type Redactor } from "../../core/redact.js";
import { createKeepAlive, DEFAULT_KEEP_ALIVE_MS } from "./keep-alive.js";
import { KEY_REFUSED, type KeySource } from "./key-source.js";
import { SharedFlight } from "../../internal/shared-flight.js";

export interface SessionCredentials {
  /** The account's e-mail address. */
  user: string;
  /** The API password (not the web portal password). */
  password: string;
  /**
   * Send acct_noop after this long without calls, so the session outlives the API's 15-minute
   * idle limit. `true` means every 10 minutes. Stopped by logout().
   * @default false
   */
  keepAlive?: boolean | number;
  nkey?: never;
}

/** What a session key looks like: printable, no spaces or markup, of a sane length. */
const SESSION_KEY = /^[\x21-\x7e]{8,256}$/;

/**
 * Session mode: acct_login on the first call, one login shared by all concurrent callers, a new
 * login when the API refuses the session, acct_logout on end(). `api` is the client itself, so
 * these calls get JSON and error mapping like any other. A login every waiting caller gave up on
 * (abort, timeout) is cancelled, and the next caller logs in afresh instead of joining it.
 */
export function createSessionKey(credentials: SessionCredentials, api: () => Client<any>, redact: Redactor): KeySource {
  // The current login, settled or in flight. Every caller awaits the same one.
  let login: SharedFlight<string | Envelope> | undefined;
  // The session key once `login` has succeeded; a refused key is renewed only if it is still this one.
  let nkey: string | undefined;
  const keepAlive = credentials.keepAlive ? createKeepAlive(credentials.keepAlive === true ? DEFAULT_KEEP_ALIVE_MS : credentials.keepAlive, ping) : undefined;

  function start(): SharedFlight<string | Envelope> {
    const attempt: SharedFlight<string | Envelope> = new SharedFlight((signal) => logIn(signal).then(
      (outcome) => {
        if (login !== attempt) return outcome;
        if (typeof outcome === "string") {
          nkey = outcome;
          keepAlive?.restart();
        } else if (outcome.code !== AUTHENTICATION_ERROR) {
          // A full session table clears up; wrong credentials do not, and repeated tries lock the API password.
          login = undefined;
        }
        return outcome;
      },
      (error: unknown) => {
        if (login === attempt) login = undefined;
        throw error;
      },
    ));
    login = attempt;
    return attempt;
  }

  /** The login in flight or settled, unless every caller gave up on it: then a new one. */
  function current(): SharedFlight<string | Envelope> {
    return login && !login.abandoned ? login : start();
  }

  /**
   * A session key is taken only from a JSON envelope with code 0 and a plausible key: a proxy's
   * HTML error page or a truncated answer must never become the `nkey` of every later call.
   */
  async function logIn(signal: AbortSignal): Promise<string | Envelope> {
    const { data, error, response } = await api().GET("/acct_login", { params: { query: { user: credentials.user, password: credentials.password } }, signal });
    const envelope = asEnvelope(error ?? data);
    if (envelope && envelope.code !== 0) return envelope;
    const nkey: unknown = envelope?.result?.nkey;
    if (!envelope || !response.ok || typeof nkey !== "string" || !SESSION_KEY.test(nkey)) {
      throw new ApiError({ provider: "watchmouse", operation: "GET /acct_login", operationId: "acctLogin", status: response.status, headers: redactHeaders(response.headers, redact), body: undefined, message: `watchmouse acct_login answered HTTP ${response.status} without a session key in a JSON envelope` });
    }
    return nkey;
  }

  function forget(key: string): void {
    if (nkey !== key) return;
    nkey = undefined;
    login = undefined;
    keepAlive?.stop();
  }

  async function ping(): Promise<void> {
    const key = nkey;
    if (key === undefined) return;
    const { error } = await api().GET("/acct_noop", { params: { query: { nkey: key } } });
    if (!error) {
      if (nkey === key) keepAlive?.restart();
    } else if (KEY_REFUSED.has(error.code)) forget(key);
  }

  return {
    key: (waiter) => current().join(waiter),
    current: () => nkey,
    renew(stale, waiter) {
      if (nkey === stale) {
        nkey = undefined;
        keepAlive?.stop();
        return start().join(waiter);
      }
      return current().join(waiter);
    },
    answered(sent, _response, envelope) {
      if (sent !== undefined && sent === nkey && !(envelope && KEY_REFUSED.has(envelope.code))) keepAlive?.restart();
    },
    async end(options) {
      const pending = login;
      const settled = nkey;
      login = undefined;
      nkey = undefined;
      keepAlive?.stop();
      // A login still in flight is detached above; once it lands, its session is ended too.
      const key = settled ?? (await pending?.result.catch(() => undefined));
      if (typeof key !== "string") return;
      const { error } = await api().GET("/acct_logout", { ...options, params: { query: { nkey: key } } });
      // Refused means the session is gone already, which is what logout wants.
      // The key is no longer the client's (so not among its secrets), but the answer may echo it.
      if (error && !KEY_REFUSED.has(error.code)) throw new WatchMouseApiError("acct_logout", error, (text) => redact(removeValues(text, [key])));
    },
  };
}
