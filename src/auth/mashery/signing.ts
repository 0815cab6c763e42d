import type { Middleware } from "openapi-fetch";
import { backoffDelay, resolveRetry, type QpsRetryOptions } from "./qps-retry.js";
import { rebuildRequest, sendableInit } from "../../core/request.js";
import type { Prepare } from "../../core/strategy.js";
import { masherySignature, signUrl } from "./signature.js";

const OVER_QPS = "Account Over Queries Per Second Limit";

type Keys = { apiKey: string; secret: string };

function requireKeys(credentials: Keys): void {
  if (!credentials.apiKey || !credentials.secret) throw new TypeError("Mashery needs an apiKey and a secret");
}

/**
 * Signs every attempt: `apikey` and a `sig` for the current second join the query parameters
 * before openapi-fetch builds the URL.
 */
export function signQuery(credentials: Keys): Prepare {
  return ({ init }) => {
    requireKeys(credentials);
    const sig = masherySignature(credentials.apiKey, credentials.secret, Date.now() / 1000);
    return { ...init, params: { ...init.params, query: { ...init.params?.query, apikey: credentials.apiKey, sig } } };
  };
}

/**
 * When the front door answers "Account Over Queries Per Second Limit" the call is re-signed and
 * sent again after a backoff. That is safe even for JSON-RPC creates: the throttle rejects a call
 * before Mashery runs it. The other 403s (bad signature, inactive key, quota used up…) would fail
 * again, so they are returned as they are.
 */
export function retryOverQps(credentials: Keys, retryOptions?: QpsRetryOptions): Middleware {
  const retry = resolveRetry(retryOptions);
  return {
    onResponse({ request, response, options }) {
      // Synchronous for the common case, so an accepted call costs no extra turn of the event loop.
      if (response.status !== 403) return undefined;
      // A body some other middleware left as a consumed stream cannot be sent twice.
      if (request.bodyUsed && !sendableInit(request)) return undefined;
      return resend(request, response, options.fetch);
    },
  };

  async function resend(request: Request, response: Response, fetch: (request: Request) => Promise<Response>): Promise<Response | undefined> {
    let current = response;
    for (let attempt = 0; attempt < retry.retries && (await isOverQpsLimit(current)); attempt++) {
      await current.body?.cancel();
      await retry.sleep(backoffDelay(attempt, retry));
      current = await fetch(await rebuildRequest(request, { url: signUrl(request.url, credentials.apiKey, credentials.secret, Date.now()) }));
    }
    return current === response ? undefined : current;
  }
}

async function isOverQpsLimit(response: Response): Promise<boolean> {
  if (response.status !== 403) return false;
  try {
    return (JSON.parse(await response.clone().text()) as { message?: unknown })?.message === OVER_QPS;
  } catch {
    return false;
  }
}
