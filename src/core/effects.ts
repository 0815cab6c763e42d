/**
 * What an operation does to the server's state, from the spec's `x-effect` (read | idempotent |
 * write). Without it the HTTP method decides, as RFC 9110 defines safe and idempotent methods.
 * Retries repeat only reads and idempotent changes; a write is sent once.
 */
export type Effect = "read" | "idempotent" | "write";

export function defaultEffect(method: string): Effect {
  switch (method.toUpperCase()) {
    case "GET":
    case "HEAD":
    case "OPTIONS":
      return "read";
    case "PUT":
    case "DELETE":
      return "idempotent";
    default:
      return "write";
  }
}
