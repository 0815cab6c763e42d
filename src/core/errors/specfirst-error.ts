/**
 * The base of every error specfirst throws, so one `instanceof SpecfirstError` tells ours from
 * anything else. Messages never hold credentials: they are redacted before the error is built.
 */
export class SpecfirstError extends Error {
  /** The provider the failing call went to ("cloudtrax"…). */
  readonly provider: string;
  /** What was called: "GET /node/network/{networkId}/list", an RPC method, a helper's name. */
  readonly operation: string;

  constructor(message: string, details: { provider: string; operation: string; cause?: unknown }) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.provider = details.provider;
    this.operation = details.operation;
  }
}
