import { SpecfirstError } from "./specfirst-error.js";

/** No HTTP answer (connection refused or reset, DNS, TLS…) after every allowed attempt. */
export class NetworkError extends SpecfirstError {
  declare readonly attempts: number;
  /** The low-level code (ECONNRESET…); the original error is not kept, as it may quote the request. */
  declare readonly code: string | undefined;

  constructor(message: string, details: { provider: string; operation: string; attempts: number; code?: string | undefined }) {
    super(message, details);
    this.attempts = details.attempts;
    this.code = details.code;
  }
}
