import { INIT, type SendableInit } from "./request.js";

/**
 * What openapi-fetch builds for a call when no middleware of the caller's will look at it: the
 * URL, method, headers and text body a real Request would hold, without constructing one (a
 * Request costs an AbortSignal and a header list of its own, and fetch builds another anyway).
 * The transport sends it as (url, init); a caller's own fetch gets a real Request made from it.
 * Only the members the clients and openapi-fetch read exist. See docs/adr/0004.
 */
export class DraftRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly [INIT]: SendableInit;

  constructor(url: string, init: SendableInit) {
    this.url = url;
    this.method = init.method ?? "GET";
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this[INIT] = init;
  }

  get signal(): AbortSignal | undefined {
    return this[INIT].signal ?? undefined;
  }

  /** A real Request with the same contents, for code that needs one. */
  toRequest(): Request {
    return new Request(this.url, { ...this[INIT], method: this.method, headers: this.headers });
  }
}

/** A real Request for anything the transport was handed (a draft, or already a Request). */
export function realRequest(request: Request | DraftRequest): Request {
  return request instanceof DraftRequest ? request.toRequest() : request;
}
