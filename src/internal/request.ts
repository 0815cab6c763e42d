export const INIT = Symbol("specfirst.init");

export type SendableInit = RequestInit & { body?: string | null };

/**
 * The Request class the clients give openapi-fetch. It keeps the init it was built from when the
 * body is text (or absent): signers then read the exact bytes without cloning and draining a
 * stream, and the sender hands the same text to fetch instead of a Request whose body stream
 * fetch would wrap in yet another stream.
 */
export class SignableRequest extends Request {
  readonly [INIT]: SendableInit | undefined;

  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    const body = init?.body;
    const textBody = body === undefined || body === null || typeof body === "string";
    if (typeof input === "string" || input instanceof URL) {
      this[INIT] = textBody ? ((init as SendableInit | undefined) ?? {}) : undefined;
    } else {
      // Built from another request: its text body carries over unless init replaces the body.
      const inherited = (input as Partial<SignableRequest>)[INIT];
      this[INIT] = textBody && (inherited || body !== undefined) ? ({ ...inherited, ...init } as SendableInit) : undefined;
    }
  }
}

/** The init a request can be re-sent from, when the body is known as text; undefined otherwise. */
export function sendableInit(request: Request | { readonly [INIT]?: SendableInit }): SendableInit | undefined {
  return (request as Partial<SignableRequest>)[INIT];
}

/**
 * The exact body text a request will send ("" for none), without consuming it. Synchronous for
 * requests built by the clients; a request some other middleware built is cloned and read.
 */
export function requestBody(request: Request): string | Promise<string> {
  if (request.method === "GET" || request.method === "HEAD") return "";
  const init = sendableInit(request);
  if (init) return init.body ?? "";
  return request.clone().text();
}
