/**
 * The base of every error specfirst throws, so one `instanceof SpecfirstError` tells ours from
 * anything else. Messages never hold credentials: they are redacted before the error is built.
 *
 * Error classes `declare` their fields and assign them in the constructor, in the same order: an
 * emitted field declaration would only add bytes to every bundle (they all ship these classes).
 */
export class SpecfirstError extends Error {
  /** The provider the failing call went to ("cloudtrax"…). */
  declare readonly provider: string;
  /** What was called: "GET /node/network/{networkId}/list", an RPC method, a helper's name. */
  declare readonly operation: string;

  constructor(message: string, details: { provider: string; operation: string; cause?: unknown }) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.provider = details.provider;
    this.operation = details.operation;
    this.name = new.target.name;
  }
}
