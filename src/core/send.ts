import { sendableInit } from "./request.js";

export type Fetch = (request: Request) => Promise<Response>;

/**
 * What openapi-fetch calls to send a request. A caller's own fetch gets the Request, as
 * openapi-fetch documents. Otherwise a request whose body is text goes out as (url, init) with
 * its current headers: passing the Request itself makes fetch re-wrap the body stream, which
 * costs more than the rest of the client together.
 */
export function createSender(custom?: Fetch): Fetch {
  if (custom) return (request) => custom(request);
  return (request) => {
    const init = sendableInit(request);
    // Looked up per call, so a fetch installed later (instrumentation, test doubles) is used.
    if (!init) return globalThis.fetch(request);
    return globalThis.fetch(request.url, { ...init, method: request.method, headers: request.headers });
  };
}
