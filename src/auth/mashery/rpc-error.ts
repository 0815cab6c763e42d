import type { components } from "../../../generated/mashery/schema.js";
import { describeMasheryError, type MasheryErrorName } from "../../../generated/mashery/errors.js";

export type MasheryFieldError = components["schemas"]["JsonRpcFieldError"];

/**
 * A JSON-RPC method failed: the error object of the response, with the per-field problems of
 * "Invalid Object" (code 1000) in `fieldErrors`. Compare `code` with `MasheryError.InvalidObject` etc.
 */
export class MasheryRpcError extends Error {
  readonly code: number;
  /** The catalogue name of a documented code ("InvalidObject", "DuplicateObject"…). */
  readonly codeName: MasheryErrorName | undefined;
  readonly fieldErrors: readonly MasheryFieldError[];
  constructor(
    readonly method: string,
    error: components["schemas"]["JsonRpcError"],
    /** The HTTP status the error came with (Mashery uses 400, and 500 for Delete Failed). */
    readonly status: number,
  ) {
    const fields = (error.data ?? []).map((f) => `${f.field}: ${f.message}`).join("; ");
    super(`${method} failed: ${error.code} ${error.message}${fields ? ` (${fields})` : ""}`);
    this.name = "MasheryRpcError";
    this.code = error.code;
    this.codeName = describeMasheryError(error.code)[0]?.name;
    this.fieldErrors = error.data ?? [];
  }
}
