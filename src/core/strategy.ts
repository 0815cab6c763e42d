import type { Client, Middleware } from "openapi-fetch";
import type { OperationInfo } from "./operations.js";

/** A call's inputs as the caller passed them to GET/POST/…, before openapi-fetch builds the Request. */
export type CallInit = Record<string, unknown> & {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> };
  body?: unknown;
};

/** One call about to be attempted. */
export interface PendingCall {
  method: string;
  path: string;
  /** The spec's operation, when the path and method are in it. */
  operation: OperationInfo | undefined;
  init: CallInit;
}

/**
 * Adds to a call's inputs before each attempt (a key in the body, a signature in the query, a
 * bound path parameter), so openapi-fetch serializes them and no Request is built twice.
 * Returns new inputs; the caller's objects are never changed.
 */
export type Prepare = (call: PendingCall) => CallInit | Promise<CallInit>;

/** What openapi-fetch returns for one call. */
export interface CallResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * Looks at each attempt's parsed result and may replace it, e.g. a failure reported inside an
 * HTTP 200 body. It sees the body openapi-fetch already parsed, so nothing is read twice.
 * `resend` sends the call once more with other inputs, without preparing or retrying it.
 */
export type Settle = (result: CallResult, context: { call: PendingCall; resend: (init: CallInit) => Promise<CallResult> }) => CallResult | Promise<CallResult>;

/**
 * A provider's auth, Octokit-style: one strategy per scheme behind one shape. The generated
 * factory runs `prepare` before each attempt, installs `middleware` (in order) and merges
 * `extras` (rpc(), logout(), credits()…) into the client it returns.
 */
export interface AuthStrategy<Extras extends object = {}> {
  /** Runs per attempt before the Request exists; see Prepare. */
  prepare?: Prepare;
  /** Sees the built Request (to sign its exact bytes) and the answer. */
  middleware: Middleware[];
  /** Runs per attempt on the parsed result; see Settle. */
  settle?: Settle;
  extras?: (client: Client<any>) => Extras;
  /** Values obtained at run time (session keys…) to redact besides the credentials passed in. */
  secrets?: () => readonly (string | undefined)[];
  /** Provider-specific "slow down" answers that the retry policy treats like a 429. */
  isThrottled?: (result: CallResult) => boolean;
}

/** The extra client methods a strategy factory adds. */
export type ExtrasOf<F extends (...args: any[]) => AuthStrategy<any>> = ReturnType<F> extends AuthStrategy<infer E> ? E : {};

/** A factory whose options are all optional may be called with no argument at all. */
export type OptionsArgument<O> = {} extends O ? [options?: O] : [options: O];
