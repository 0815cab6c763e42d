import { realRequest } from "../internal/draft-request.js";
import { requestBody, sendableInit, SignableRequest } from "../internal/request.js";
import { RedirectError } from "./errors/redirect-error.js";
import { removeValues, sentCredentials, type Redactor } from "./redact.js";
import type { AuthStrategy, SignContext } from "./strategy.js";

export type Fetch = (request: Request) => Promise<Response>;

/** What the transport knows of the call a request belongs to. */
export interface RequestContext extends SignContext {
  log: ((line: string) => void) | undefined;
  /** The last request sent (signed), for errors to leave out what it carried. */
  request?: Request;
  /** Which attempt of the call this is, for the debug line of a retry. */
  attempt?: number;
  /** The last answer received, for errors about its body. */
  response?: Response;
}

/** The call a request belongs to, as errors name it. */
export function where(context: SignContext): { provider: string; operation: string } {
  return { provider: context.provider, operation: context.label };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

/**
 * The `fetch` the clients give openapi-fetch: signs each request (innermost, so every resend is
 * signed afresh), sends it without letting the runtime follow redirects, follows same-origin
 * redirects itself (re-signed) and refuses cross-origin ones before anything reaches them.
 */
export function createTransport(strategy: AuthStrategy<any>, redact: Redactor, custom?: Fetch) {
  /**
   * Sends one request (signed), then follows a same-origin redirect or refuses a cross-origin one.
   * `echoed`: what the requests before it carried, which a redirect may have copied into this URL.
   */
  function send(request: Request, context: RequestContext, hops: number, echoed?: string[]): Promise<Response> {
    const signing = strategy.sign?.(request, context);
    // Signing is synchronous on Node: no extra turn of the event loop for it.
    if (signing instanceof Promise) return signing.then((replaced) => dispatchSigned(replaced ?? request, context, hops, echoed));
    return dispatchSigned(signing ?? request, context, hops, echoed);
  }

  function dispatchSigned(signed: Request, context: RequestContext, hops: number, echoed: string[] | undefined): Promise<Response> {
    const started = context.log ? Date.now() : 0;
    context.request = signed;
    const sent = dispatch(signed, custom);
    return sent.then(
      (response) => {
        context.response = response;
        context.log?.(redact(withoutEchoes(`${signed.method} ${signed.url} → ${response.status} in ${Date.now() - started} ms${retried(context)}`, echoed)));
        if (response.type === "opaqueredirect") throw new RedirectError(0, undefined, where(context));
        if (!REDIRECTS.has(response.status) || !response.headers.has("location")) return response;
        return follow(signed, response, context, hops, [...(echoed ?? []), ...sentCredentials(signed.url, signed.headers)]);
      },
      (error: unknown) => {
        context.log?.(redact(withoutEchoes(`${signed.method} ${signed.url} → no answer (${(error as { cause?: { code?: string } })?.cause?.code ?? (error as Error)?.name}) after ${Date.now() - started} ms${retried(context)}`, echoed)));
        throw error;
      },
    );
  }

  async function follow(signed: Request, response: Response, context: RequestContext, hops: number, echoed: string[]): Promise<Response> {
    const target = new URL(response.headers.get("location")!, signed.url);
    await response.body?.cancel();
    if (target.origin !== new URL(signed.url).origin || hops >= MAX_REDIRECTS) {
      // The server chose the Location: it may hold what the request carried, anywhere in it.
      throw new RedirectError(response.status, redact(withoutEchoes(`${target.origin}${target.pathname}`, echoed)), where(context));
    }
    return send(await redirected(signed, target.href, response.status), context, hops + 1, echoed);
  }

  return (request: Request, context: RequestContext): Promise<Response> => send(request, context, 0);
}

/** ", attempt 2" on the line of a retry, so it cannot be taken for a call of its own. */
function retried(context: RequestContext): string {
  return context.attempt !== undefined && context.attempt > 1 ? `, attempt ${context.attempt}` : "";
}

function withoutEchoes(text: string, echoed: string[] | undefined): string {
  return echoed ? removeValues(text, echoed) : text;
}

/**
 * A request whose body is text goes out as (url, init) with its current headers: passing the
 * Request itself makes fetch re-wrap the body stream, which costs more than the rest of the client.
 * A caller's own fetch gets a Request, as openapi-fetch documents.
 */
function dispatch(request: Request, custom: Fetch | undefined): Promise<Response> {
  if (custom) return custom(realRequest(request));
  const init = sendableInit(request);
  // Looked up per call, so a fetch installed later (instrumentation, test doubles) is used.
  if (!init) return globalThis.fetch(realRequest(request));
  // A draft's init already holds what it sends (its own headers object, the method, no redirects): no copy.
  if (init.headers === request.headers && init.method === request.method && init.redirect === "manual") return globalThis.fetch(request.url, init);
  return globalThis.fetch(request.url, { ...init, method: request.method, headers: request.headers, redirect: "manual" });
}

/** The request a redirect asks for: 303 (and 301/302 after a POST) become a GET without body, as browsers do. */
async function redirected(request: Request, url: string, status: number): Promise<Request> {
  const toGet = status === 303 || ((status === 301 || status === 302) && request.method === "POST");
  const headers = new Headers(request.headers);
  if (toGet) headers.delete("content-type");
  const keepsBody = !toGet && request.method !== "GET" && request.method !== "HEAD";
  return new SignableRequest(url, {
    method: toGet ? "GET" : request.method,
    headers,
    body: keepsBody ? await requestBody(request) : undefined,
    signal: sendableInit(request)?.signal ?? request.signal,
    redirect: "manual",
  });
}
