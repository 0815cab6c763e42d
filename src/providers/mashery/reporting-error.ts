import { ApiError } from "../../core/errors/api-error.js";
import type { components } from "../../../generated/mashery/schema.js";
import type { MasheryFailureDetails } from "./failure.js";

/** The Reporting API rejected a parameter (HTTP 400 with an `ERR_*` code). */
export class MasheryReportingError extends ApiError {
  declare readonly errorcode: components["schemas"]["ReportingErrorCode"];
  constructor(operation: string, body: components["schemas"]["ReportingError"], details: MasheryFailureDetails) {
    super({ provider: "mashery", ...details, operation, message: `${operation} failed: ${body.errorcode}${body.message ? ` ${body.message}` : ""}` });
    this.errorcode = body.errorcode;
  }
}
