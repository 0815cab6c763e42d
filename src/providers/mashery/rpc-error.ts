import { ApiError } from "../../core/errors/api-error.js";
import type { components } from "../../../generated/mashery/schema.js";
import type { MasheryFailureDetails } from "./failure.js";

export type MasheryFieldError = components["schemas"]["JsonRpcFieldError"];

/**
 * A JSON-RPC method failed: the error object of the response, with the per-field problems of
 * "Invalid Object" (code 1000) in `fieldErrors`. Compare `code` with `MasheryError.InvalidObject`
 * etc. (`describeMasheryError(code)` names it).
 */
export class MasheryRpcError extends ApiError {
  declare readonly code: number;
  declare readonly fieldErrors: readonly MasheryFieldError[];
  constructor(
    readonly method: string,
    error: components["schemas"]["JsonRpcError"],
    details: MasheryFailureDetails,
  ) {
    const fields = (error.data ?? []).map((f) => `${f.field}: ${f.message}`).join("; ");
    super({ provider: "mashery", ...details, operation: method, message: `${method} failed: ${error.code} ${error.message}${fields ? ` (${fields})` : ""}` });
    this.code = error.code;
    this.fieldErrors = error.data ?? [];
  }
}
