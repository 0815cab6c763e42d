import { SpecfirstError } from "./specfirst-error.js";

/**
 * The server redirected to another origin. The client never follows such a redirect, so the
 * credentials on the request (signatures, keys, session tokens) never reach a host it did not pick.
 */
export class RedirectError extends SpecfirstError {
  declare readonly status: number;
  /** The Location the server gave, without user info or query (which could hold a credential). */
  declare readonly location: string | undefined;

  constructor(status: number, location: string | undefined, where: { provider: string; operation: string }) {
    super(`${where.provider} ${where.operation}: refused to follow HTTP ${status} to ${location ?? "an undisclosed location"} (another origin would receive the credentials)`, where);
    this.status = status;
    this.location = location;
  }
}
