/** Any other failed answer: a status and body Mashery does not document. */
export class MasheryHttpError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number,
    /** The parsed body (JSON when it was JSON, else text). */
    readonly body: unknown,
  ) {
    super(`${operation} failed: HTTP ${status}`);
    this.name = "MasheryHttpError";
  }
}
