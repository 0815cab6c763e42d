import type { Middleware } from "openapi-fetch";
import { backoffDelay, resolveRetry, type QpsRetryOptions } from "./qps-retry.js";
import { rebuildRequest } from "../../core/request.js";
import { signUrl } from "./signature.js";

const OVER_QPS = "Account Over Queries Per Second Limit";

/**
 * Signs every attempt: `apikey` and a fresh `sig` go into the query string. When the front door
 * answers "Account Over Queries Per Second Limit" the call is re-signed and sent again after a
 * backoff. That is safe even for JSON-RPC creates: the throttle rejects a call before Mashery
 * runs it. The other 403s (bad signature, inactive key, quota used up…) would fail again, so they
 * are returned as they are.
 */
export function signRequests(credentials: { apiKey: string; secret: string }, retryOptions?: QpsRetryOptions): Middleware {
  const retry = resolveRetry(retryOptions);
  // fetch() consumes the signed request's body; a retry rebuilds from this untouched copy.
  const unsent = new WeakMap<Request, Request>();
  const sign = (request: Request) => {
    if (!credentials.apiKey || !credentials.secret) throw new TypeError("Mashery needs an apiKey and a secret");
    return rebuildRequest(request, { url: signUrl(request.url, credentials.apiKey, credentials.secret, Date.now()) });
  };
  return {
    async onRequest({ request }) {
      const signed = await sign(request);
      unsent.set(signed, signed.clone());
      return signed;
    },
    async onResponse({ request, response, options }) {
      const copy = unsent.get(request);
      let current = response;
      for (let attempt = 0; copy && attempt < retry.retries && (await isOverQpsLimit(current)); attempt++) {
        await current.body?.cancel();
        await retry.sleep(backoffDelay(attempt, retry));
        current = await options.fetch(await sign(copy));
      }
      return current === response ? undefined : current;
    },
  };
}

async function isOverQpsLimit(response: Response): Promise<boolean> {
  if (response.status !== 403) return false;
  try {
    return (JSON.parse(await response.clone().text()) as { message?: unknown })?.message === OVER_QPS;
  } catch {
    return false;
  }
}
