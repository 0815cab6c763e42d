import type { Middleware } from "openapi-fetch";
import { CloudTraxError } from "../../generated/cloudtrax/errors.js";
import { createHmacSha256Signer, type HexSigner } from "../core/hmac.js";
import type { OperationTable } from "../core/operations.js";
import { rebuildRequest, requestBody } from "../core/request.js";
import { createServerClock } from "../core/server-clock.js";
import type { AuthStrategy } from "../core/strategy.js";

export interface Credentials {
  /** An account, network or application key (the docs' three kinds sign alike). */
  key: string;
  /** The key's secret, used as plain text (not hex-decoded); it never leaves the client. */
  secret: string;
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

/**
 * CloudTrax's headers for one request: `Authorization: key=…,timestamp=…,nonce=…` (no spaces)
 * and `Signature` = lowercase hex HMAC-SHA256(secret, authorization + path + body).
 */
export async function signatureHeaders(sign: HexSigner, key: string, parts: SignedParts): Promise<Record<string, string>> {
  const authorization = `key=${key},timestamp=${parts.timestamp},nonce=${parts.nonce}`;
  return {
    // Without it the server assumes version 0, which fails in hard-to-diagnose ways.
    "OpenMesh-API-Version": "1",
    Authorization: authorization,
    Signature: await sign(authorization + parts.path + parts.body),
  };
}

/**
 * Signs every request, and fixes the client's clock once when the server answers 13002
 * (timestamp more than 15 minutes off): it asks GET /time, keeps the offset for every later
 * request, re-signs and sends the request again, once.
 */
export function createAuth(credentials: Credentials, _table: OperationTable): AuthStrategy {
  const hmac = createHmacSha256Signer(credentials.secret ?? "");
  const clock = createServerClock();
  /** What a request needs to be signed again, by openapi-fetch's request id, until it is answered. */
  type InFlight = { request: Request; body: string; path: string; generation: number };
  const inFlight = new Map<string, InFlight>();

  async function headersFor(path: string, body: string): Promise<Record<string, string>> {
    return signatureHeaders(hmac, credentials.key, { timestamp: Math.floor(clock.now() / 1000), nonce: createNonce(), path, body });
  }

  async function sign(request: Request, path: string, body: string): Promise<Request> {
    return rebuildRequest(request, { body, headers: await headersFor(path, body) });
  }

  async function readServerTime(failed: Request, prefix: string, fetch: (request: Request) => Promise<Response>): Promise<number> {
    const headers = new Headers(failed.headers);
    headers.delete("Content-Type");
    const response = await fetch(await sign(new Request(new URL(`${prefix}/time`, failed.url), { headers, signal: failed.signal }), "/time", ""));
    const time = response.ok ? Date.parse(((await response.json()) as { time?: string }).time ?? "") : Number.NaN;
    if (Number.isNaN(time)) throw new Error(`CloudTrax GET /time answered HTTP ${response.status} without a time`);
    return time;
  }

  const signer: Middleware = {
    async onRequest({ request, options, id }) {
      if (!credentials.key || !credentials.secret) throw new TypeError("CloudTrax requests need a key and a secret");
      const body = await requestBody(request);
      const path = signedPath(request.url, options.baseUrl);
      inFlight.set(id, { request, body, path, generation: clock.generation });
      // Signed in place: a second Request would cost more than the signature.
      for (const [name, value] of Object.entries(await headersFor(path, body))) request.headers.set(name, value);
      return undefined;
    },
    onResponse({ response, options, id }) {
      const sent = inFlight.get(id);
      inFlight.delete(id);
      // Synchronous for accepted calls: only a JSON refusal can be a clock-skew answer.
      if (!sent || response.ok) return undefined;
      return fixClockAndResend(sent, response, options);
    },
    onError({ id }) {
      inFlight.delete(id);
    },
  };

  async function fixClockAndResend(sent: InFlight, response: Response, options: { baseUrl: string; fetch: (request: Request) => Promise<Response> }): Promise<Response | undefined> {
    if (!(await isClockSkew(response))) return undefined;
    // Called unbound: a browser's fetch refuses any other `this` than the window.
    const fetch = options.fetch;
    try {
      await clock.correct(sent.generation, () => readServerTime(sent.request, basePath(sent.request.url, options.baseUrl), fetch));
    } catch {
      return undefined; // no usable server time: the caller gets the 13002 answer itself
    }
    await response.body?.cancel(); // the refusal is replaced; free its connection
    return fetch(await sign(sent.request, sent.path, sent.body));
  }
  return { middleware: [signer] };
}

/**
 * The path CloudTrax verifies: the request-target as sent (pathname plus `?query`), minus the
 * path of a baseUrl such as `https://proxy.example/cloudtrax`. The real hosts have no path, so
 * there it is the request-target itself; a proxy under a prefix forwards the unprefixed path,
 * which is what the server then checks.
 */
export function signedPath(url: string, baseUrl: string): string {
  const { pathname, search } = new URL(url);
  const prefix = baseUrl ? basePath(url, baseUrl) : "";
  return (prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname) + search;
}

function basePath(url: string, baseUrl: string): string {
  return new URL(baseUrl || "/", url).pathname.replace(/\/+$/, "");
}

/** 16 base64url characters from 96 random bits: unique in practice, short, header-safe. */
function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_");
}

async function isClockSkew(response: Response): Promise<boolean> {
  if (response.ok || !response.headers.get("Content-Type")?.includes("json")) return false;
  try {
    const body = (await response.clone().json()) as { errors?: { code?: unknown }[] };
    return Array.isArray(body?.errors) && body.errors.some((e) => e?.code === CloudTraxError.TimestampOutOfRange);
  } catch {
    return false;
  }
}
