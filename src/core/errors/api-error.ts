import { SpecfirstError } from "./specfirst-error.js";

export interface ApiErrorDetails {
  provider: string;
  operation: string;
  /** The spec's operationId, when the call matched an operation. */
  operationId?: string | undefined;
  status: number;
  /** The parsed answer (JSON, or text), with credentials the server echoed replaced by "[redacted]". */
  body: unknown;
  headers?: Headers | undefined;
  message?: string | undefined;
}

/**
 * The API answered, and the answer is a failure. Calls made with GET/POST/… return failures as
 * `{ error }` instead; helpers that return plain values (rpc(), credits()…) throw this, or a
 * provider's subclass of it.
 */
export class ApiError extends SpecfirstError {
  declare readonly status: number;
  declare readonly operationId: string | undefined;
  declare readonly body: unknown;
  declare readonly headers: Headers;

  constructor(details: ApiErrorDetails) {
    super(details.message ?? `${details.provider} ${details.operationId ?? details.operation} failed: HTTP ${details.status}`, details);
    this.status = details.status;
    this.operationId = details.operationId;
    this.body = details.body;
    this.headers = details.headers ?? new Headers();
  }
}
