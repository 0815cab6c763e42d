// The `fetch` the command line gives its client: it notes where each request goes (so a network
// error can name the host) and the credentials it carries (so nothing printed shows them), and,
// for --dry-run, keeps the first request instead of sending it. The client signs before calling
// fetch, so what it sees is exactly what would go out.
import { sentCredentials } from "../core/redact.js";

/** Thrown in place of sending, on a dry run: not a network failure, so nothing is retried. */
export class DryRunStop extends Error {
  constructor() {
    super("dry run: nothing was sent");
  }
}

export interface RequestRecorder {
  fetch(request: Request): Promise<Response>;
  /** The last request's host (no user name or password), once one was attempted. */
  host(): string | undefined;
  /** On a dry run, the request that would have been sent. */
  captured(): Request | undefined;
  /**
   * What the latest requests carried under sensitive names: signatures, session keys the client
   * obtained itself. The newest only, so a long-running MCP server keeps a bounded list.
   */
  sentCredentials(): readonly string[];
}

/** Enough for every request of one call (login, clock fix, retries, redirects) and a few in parallel. */
const KEPT_CREDENTIALS = 64;

export function createRequestRecorder(dryRun: boolean): RequestRecorder {
  let last: Request | undefined;
  const carried: string[] = [];
  return {
    fetch(request) {
      last = request;
      carried.push(...sentCredentials(request.url, request.headers));
      if (carried.length > KEPT_CREDENTIALS) carried.splice(0, carried.length - KEPT_CREDENTIALS);
      if (dryRun) return Promise.reject(new DryRunStop());
      return globalThis.fetch(request);
    },
    host: () => (last ? new URL(last.url).host : undefined),
    captured: () => (dryRun ? last : undefined),
    sentCredentials: () => carried,
  };
}

/** The request as an HTTP message: method and URL, headers, a blank line, the body. */
export async function describeRequest(request: Request): Promise<string> {
  const headers = [...request.headers].map(([name, value]) => `${name}: ${value}`);
  const body = request.body ? await request.clone().text() : "";
  return [`${request.method} ${request.url}`, ...headers, "", body].join("\n").trimEnd();
}
