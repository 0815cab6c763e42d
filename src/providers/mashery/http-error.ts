import { ApiError } from "../../core/errors/api-error.js";
import type { MasheryFailureDetails } from "./failure.js";

/** Any other failed answer: a status and body Mashery does not document. */
export class MasheryHttpError extends ApiError {
  constructor(details: MasheryFailureDetails) {
    super({ provider: "mashery", ...details, message: `${details.operation} failed: HTTP ${details.status}` });
  }
}
