import type { Client } from "openapi-fetch";
import type { Redactor } from "./redact.js";

/** A call's inputs as the caller passed them to GET/POST/…, before openapi-fetch builds the Request. */
export type CallInit = Record<string, unknown> & {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> };
  body?: unknown;
};

/** One call as a strategy sees it. */
export interface PendingCall {
  method: string;
  /** The spec's path, e.g. "/node/network/{networkId}/list". */
  path: string;
  /** The spec lists no security requirement for this operation: send it without credentials. */
  anonymous: boolean;
  /** The server the call goes to (the client's baseUrl, the path's own server, or the spec's first). */
  baseUrl: string;
  init: CallInit;
  /** Aborts when the call ends early (its timeout, the caller's abort): for waits of the strategy's own, such as a shared login. */
  readonly signal: AbortSignal;
}

/** What openapi-fetch returns for one call. */
export interface CallResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** What `sign` knows besides the request. */
export interface SignContext {
  provider: string;
  /** "GET /path", for errors. */
  label: string;
  /** The base URL the call was built on (a proxy's path prefix is not part of what some APIs sign). */
  baseUrl: string;
  /** As in PendingCall. */
  anonymous: boolean;
}

/** Sends the call once through openapi-fetch (prepare, sign, send), with these inputs. */
export type SendAttempt = (init: CallInit) => Promise<CallResult>;

/**
 * A provider's auth, Octokit-style: one strategy per scheme behind one shape. Each hook is
 * optional; the call loop (call-loop.ts) runs them in this order for every attempt:
 * `around` → `prepare` → openapi-fetch builds the Request → `sign` → send.
 */
export interface AuthStrategy<Extras extends object = {}> {
  /** Adds to the inputs before the Request is built (a key in the body or query), per send. Returns new inputs. */
  prepare?(call: PendingCall): CallInit;
  /**
   * Signs the built Request, in place or by returning a new one. Innermost: it runs for every
   * request actually sent, retries, resends and followed redirects included.
   */
  sign?(request: Request, context: SignContext): void | Request | Promise<void | Request>;
  /**
   * Wraps one attempt: may choose inputs, look at the result and send again (a clock fix, a
   * re-login). State of one call lives in this function's scope, never in a side table.
   */
  around?(call: PendingCall, send: SendAttempt): Promise<CallResult>;
  /** "Throttled, safe to repeat": the retry policy repeats such an answer even for a write (the server ran nothing). */
  throttled?(result: CallResult): boolean;
  /**
   * The error a helper throws for a failed result (client.paginate); `undefined` leaves it to the
   * default, an ApiError. `operation` is "METHOD /path"; `redact` is the client's, also leaving out
   * what the call's last request carried.
   */
  failure?(result: CallResult, operation: string, redact: Redactor): Error | undefined;
  /** Methods added to the client (rpc(), logout(), credits()…). */
  extras?(client: Client<any>): Extras;
  /** Values obtained at run time (session keys…) to redact besides the credentials passed in. */
  secrets?(): readonly (string | undefined)[];
}

/** What a strategy factory gets besides its credentials. */
export interface StrategyContext {
  /** The client being built; usable once the factory returned (for a login call, a clock look-up…). */
  client(): Client<any>;
  /** Removes the client's credentials and the strategy's secrets from text (for errors the strategy builds). */
  redact: Redactor;
}

export type StrategyFactory<Credentials, Extras extends object> = (credentials: Credentials, context: StrategyContext) => AuthStrategy<Extras>;
