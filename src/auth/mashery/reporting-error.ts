import type { components } from "../../../generated/mashery/schema.js";

/** The Reporting API rejected a parameter (HTTP 400 with an `ERR_*` code). */
export class MasheryReportingError extends Error {
  readonly status = 400;
  readonly errorcode: components["schemas"]["ReportingErrorCode"];
  constructor(readonly operation: string, body: components["schemas"]["ReportingError"]) {
    super(`${operation} failed: ${body.errorcode}${body.message ? ` ${body.message}` : ""}`);
    this.name = "MasheryReportingError";
    this.errorcode = body.errorcode;
  }
}
