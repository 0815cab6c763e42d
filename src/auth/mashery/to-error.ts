import { accessErrorFor, type MasheryAccessError } from "./access-error.js";
import { MasheryHttpError } from "./http-error.js";
import { MasheryReportingError } from "./reporting-error.js";
import { MasheryRpcError } from "./rpc-error.js";

export type MasheryFailure = MasheryAccessError | MasheryRpcError | MasheryReportingError | MasheryHttpError;

/**
 * Turns a failed answer into its typed error: one class per 403 message, the JSON-RPC error object,
 * a Reporting `ERR_*` code, or MasheryHttpError for anything undocumented. For report calls:
 * `if (error !== undefined) throw toMasheryError(response, error)`.
 */
export function toMasheryError(response: Response, body: unknown, operation = response.url ? new URL(response.url).pathname : "request"): MasheryFailure {
  const value = (body ?? {}) as Record<string, any>;
  if (response.status === 403) return accessErrorFor(value.message, operation) ?? new MasheryHttpError(operation, 403, body);
  if (isRpcError(value.error)) return new MasheryRpcError(operation, value.error, response.status);
  if (typeof value.errorcode === "string") return new MasheryReportingError(operation, value as never);
  return new MasheryHttpError(operation, response.status, body);
}

function isRpcError(error: unknown): error is ConstructorParameters<typeof MasheryRpcError>[1] {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "number";
}
