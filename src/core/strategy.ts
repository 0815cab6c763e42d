import type { Client, Middleware } from "openapi-fetch";

/**
 * A provider's auth, Octokit-style: one strategy per scheme behind one shape. The generated
 * factory installs `middleware` (in order) and merges `extras` (rpc(), logout(), credits()…)
 * into the client it returns.
 */
export interface AuthStrategy<Extras extends object = {}> {
  middleware: Middleware[];
  extras?: (client: Client<any>) => Extras;
  /** Values obtained at run time (session keys…) to redact besides the credentials passed in. */
  secrets?: () => readonly (string | undefined)[];
  /** Provider-specific "slow down" answers that the retry policy treats like a 429. */
  isThrottled?: (result: { data?: unknown; error?: unknown; response: Response }) => boolean;
}

/** The extra client methods a strategy factory adds. */
export type ExtrasOf<F extends (...args: any[]) => AuthStrategy<any>> = ReturnType<F> extends AuthStrategy<infer E> ? E : {};

/** A factory whose options are all optional may be called with no argument at all. */
export type OptionsArgument<O> = {} extends O ? [options?: O] : [options: O];
