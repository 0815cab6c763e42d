import { SpecfirstError } from "./specfirst-error.js";

/** The answer is not what it claims to be: e.g. a body labelled JSON that does not parse. */
export class InvalidResponseError extends SpecfirstError {
  declare readonly status: number;
  declare readonly contentType: string | undefined;

  constructor(status: number, contentType: string | undefined, where: { provider: string; operation: string; cause?: unknown }) {
    super(`${where.provider} ${where.operation}: HTTP ${status} answered a body that is not valid ${contentType ?? "JSON"}`, where);
    this.status = status;
    this.contentType = contentType;
  }
}
