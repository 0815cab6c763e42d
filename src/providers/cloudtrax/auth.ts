import { defineClient } from "../../core/client.js";
import { InvalidRequestError } from "../../core/errors/invalid-request-error.js";
import type { AuthStrategy, CallResult, StrategyContext } from "../../core/strategy.js";
import { toHex } from "../../internal/hex.js";
import { createHmacSha256Signer, type HexSigner } from "../../internal/hmac.js";
import { requestBody } from "../../internal/request.js";
import { createServerClock } from "../../internal/server-clock.js";

export interface Credentials {
  /** An account, network or application key (the docs' three kinds sign alike). */
  key: string;
  /** The key's secret, used as plain text (not hex-decoded); it never leaves the client. */
  secret: string;
}

/** 13002: the timestamp is more than 15 minutes away from the server's clock. */
const TIMESTAMP_OUT_OF_RANGE = 13002;

/**
 * CloudTrax: every request carries `OpenMesh-API-Version: 1`, `Authorization:
 * key=…,timestamp=…,nonce=…` and `Signature` = hex HMAC-SHA256(secret, authorization + signed path
 * + body). When the server answers 13002 the client asks GET /time once (shared by concurrent
 * callers), keeps the offset, and sends the refused call once more, freshly signed.
 */
export function createAuth(credentials: Credentials, context: StrategyContext): AuthStrategy {
  const hmac = createHmacSha256Signer(credentials.secret ?? "");
  const clock = createServerClock();

  return {
    sign(request, { baseUrl, provider, label }) {
      if (!credentials.key || !credentials.secret) throw new InvalidRequestError(`${provider} ${label}: CloudTrax requests need a key and a secret`, { provider, operation: label });
      const timestamp = Math.floor(clock.now() / 1000);
      const nonce = createNonce();
      const path = signedPath(request.url, baseUrl);
      const body = requestBody(request);
      // Synchronous on Node: no extra turn of the event loop per call.
      if (typeof body === "string") return setHeaders(request, signatureHeaders(hmac, credentials.key, { timestamp, nonce, path, body }));
      return body.then((text) => setHeaders(request, signatureHeaders(hmac, credentials.key, { timestamp, nonce, path, body: text })));
    },
    // Not an async function: most answers pass straight through, without a promise of its own.
    around(call, send) {
      const seen = clock.generation;
      return send(call.init).then((result) => (call.path === "/time" || !isClockSkew(result) ? result : resendWithServerTime(result)));
      async function resendWithServerTime(refused: CallResult): Promise<CallResult> {
        try {
          await clock.correct(seen, (signal) => readServerTime(context, call.baseUrl, signal), call);
        } catch {
          return refused; // no usable server time: the caller gets the 13002 answer itself
        }
        return send(call.init);
      }
    },
  };
}

/** What one signature covers, besides the key. */
export interface SignedParts {
  /** Unix seconds. */
  timestamp: number;
  nonce: string;
  /** The path the API sees, with `?query` when there is one. */
  path: string;
  /** The exact body sent, or "" when there is none. */
  body: string;
}

type Headers3 = Record<"OpenMesh-API-Version" | "Authorization" | "Signature", string>;

/**
 * CloudTrax's headers for one request: `Authorization: key=…,timestamp=…,nonce=…` (no spaces)
 * and `Signature` = lowercase hex HMAC-SHA256(secret, authorization + path + body). Synchronous
 * when the signer is.
 */
export function signatureHeaders(sign: HexSigner, key: string, parts: SignedParts): Headers3 | Promise<Headers3> {
  const authorization = `key=${key},timestamp=${parts.timestamp},nonce=${parts.nonce}`;
  const signature = sign(authorization + parts.path + parts.body);
  if (typeof signature === "string") return headersOf(authorization, signature);
  return signature.then((hex) => headersOf(authorization, hex));
}

function headersOf(authorization: string, signature: string): Headers3 {
  // Without the version header the server assumes version 0, which fails in hard-to-diagnose ways.
  return { "OpenMesh-API-Version": "1", Authorization: authorization, Signature: signature };
}

function setHeaders(request: Request, headers: Headers3 | Promise<Headers3>): void | Promise<void> {
  if (headers instanceof Promise) return headers.then((h) => setHeaders(request, h));
  request.headers.set("OpenMesh-API-Version", headers["OpenMesh-API-Version"]);
  request.headers.set("Authorization", headers.Authorization);
  request.headers.set("Signature", headers.Signature);
}

export const clientDefinition = defineClient({ name: "cloudtrax", auth: createAuth });

async function readServerTime(context: StrategyContext, baseUrl: string, signal: AbortSignal): Promise<number> {
  const { data, response } = await context.client().GET("/time", { baseUrl, retry: false, signal });
  const time = Date.parse((data as { time?: string } | undefined)?.time ?? "");
  if (Number.isNaN(time)) throw new Error(`CloudTrax GET /time answered HTTP ${response.status} without a time`);
  return time;
}

function isClockSkew(result: CallResult): boolean {
  const errors = (result.error as { errors?: { code?: unknown }[] } | undefined)?.errors;
  return !result.response.ok && Array.isArray(errors) && errors.some((e) => e?.code === TIMESTAMP_OUT_OF_RANGE);
}

/**
 * The path CloudTrax verifies: the request-target as sent (pathname plus `?query`), minus the
 * path of a baseUrl such as `https://proxy.example/cloudtrax`. The real hosts have no path, so
 * there it is the request-target itself; a proxy under a prefix forwards the unprefixed path,
 * which is what the server then checks.
 */
export function signedPath(url: string, baseUrl: string): string {
  // Requests the client built start with the base URL; when the rest is already what the URL
  // parser would send (no dot segments, nothing to percent-encode), it is the signed path as is.
  // Two URL parses cost a tenth of the client's own time per call.
  const base = baseUrl.replace(/\/+$/, "");
  if (base && url.startsWith(base) && PLAIN_BASE.test(base) && !DOT_SEGMENT.test(base)) {
    const rest = url.slice(base.length);
    if (SENT_AS_IS.test(rest) && !DOT_SEGMENT.test(rest)) return rest;
  }
  const { pathname, search } = new URL(url);
  const prefix = baseUrl ? new URL(baseUrl || "/", url).pathname.replace(/\/+$/, "") : "";
  return (prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname) + search;
}

/** A path (and query) made only of characters the URL parser leaves as they are. */
const SENT_AS_IS = /^\/[\w\-.~!$&()*+,;=:@/%]*(\?[\w\-.~!$&()*+,;=:@/%?]+)?$/;
/** A base URL made only of characters the URL parser leaves as they are. */
const PLAIN_BASE = /^[\w\-.~!$&()*+,;=:@/%]+$/;
/** "." or ".." as a path segment, also percent-encoded: the URL parser resolves them away. */
const DOT_SEGMENT = /\/(\.|%2e)/i;

/**
 * 16 hex characters from a random UUID (60 random bits): unique in practice within the API's
 * 15–30 minute window, short, header-safe. randomUUID draws from a batched entropy pool, about
 * fifty times cheaper per call than getRandomValues on Node.
 */
function createNonce(): string {
  // Browsers offer randomUUID only on secure pages (https, localhost).
  if (typeof crypto.randomUUID !== "function") return toHex(crypto.getRandomValues(new Uint8Array(8)));
  const uuid = crypto.randomUUID();
  return uuid.slice(0, 8) + uuid.slice(9, 13) + uuid.slice(14, 18);
}
