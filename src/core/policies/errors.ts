/** A time limit fired: `limit` says which one (a single attempt, or the whole call with its retries). */
export class TimeoutError extends Error {
  override readonly name = "TimeoutError";
  constructor(
    readonly limit: "attempt" | "total",
    readonly timeoutMs: number,
    readonly operation: string,
  ) {
    super(`${operation}: the ${limit === "attempt" ? "per-attempt" : "overall"} timeout of ${timeoutMs} ms fired`);
  }
}

/** The request never got an HTTP answer (connection refused or reset, DNS, TLS…), after every allowed attempt. */
export class NetworkError extends Error {
  override readonly name = "NetworkError";
  constructor(
    message: string,
    readonly operation: string,
    readonly attempts: number,
    /** The low-level error code when there is one (ECONNRESET…); the original error is not kept, as it may quote the request. */
    readonly code?: string,
  ) {
    super(message);
  }
}
