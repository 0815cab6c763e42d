import { createRedactor, redactHeaders, redactorFor, redactValue, type Redactor } from "../../core/redact.js";
import { accessErrorFor, type MasheryAccessError } from "./access-error.js";
import { MasheryHttpError } from "./http-error.js";
import { MasheryReportingError } from "./reporting-error.js";
import { MasheryRpcError } from "./rpc-error.js";

export type MasheryFailure = MasheryAccessError | MasheryRpcError | MasheryReportingError | MasheryHttpError;

/**
 * Turns a failed answer into its typed error (all subclasses of ApiError): one class per 403
 * message, the JSON-RPC error object, a Reporting `ERR_*` code, or MasheryHttpError for anything
 * undocumented. The body and headers kept on the error are redacted: of the `apikey` and `sig` the
 * request carried (they are in the answer's URL), of the client's credentials from rpc(), and of any
 * sensitive name=value pair. For report calls: `if (error !== undefined) throw toMasheryError(response, error)`.
 */
export function toMasheryError(response: Response, body: unknown, operation = response.url ? new URL(response.url).pathname : "request", clientRedact: Redactor = byNamesOnly): MasheryFailure {
  const redact = redactorFor(clientRedact, response.url ? { url: response.url } : undefined);
  const safe = redactValue(body, redact);
  const value = (safe ?? {}) as Record<string, any>;
  const details = { operation, status: response.status, body: safe, headers: redactHeaders(response.headers, redact) };
  // The documented message, at the top or inside `error` (docs/adr/0009-mashery-403-body.md).
  if (response.status === 403) return accessErrorFor(value.message ?? value.error?.message, details) ?? new MasheryHttpError(details);
  if (isRpcError(value.error)) return new MasheryRpcError(operation, value.error, details);
  if (typeof value.errorcode === "string") return new MasheryReportingError(operation, value as never, details);
  return new MasheryHttpError(details);
}

const byNamesOnly = createRedactor(() => []);

function isRpcError(error: unknown): error is ConstructorParameters<typeof MasheryRpcError>[1] {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "number";
}
