/// <reference types="node" />
// CloudTrax request authentication as the docs describe it, checked in the order the docs imply
// (nonce/timestamp present, nonce length, version, clock window, nonce reuse, key, signature) and
// verified with node:crypto, independently of the client's signer. A nonce is remembered only once
// the request is authenticated, so requests nobody could sign cannot fill the table.
import { createHmac } from "node:crypto";
import type { EmulatorRequest } from "../../../sandbox/emulator.js";
import type { Reply } from "../../../sandbox/reply.js";
import { sameSecret } from "../../../sandbox/same-secret.js";
import type { ErrorName, ErrorReply } from "./errors.js";

export type KeyKind = "account" | "network" | "application";

export interface EmulatorKey {
  kind: KeyKind;
  key: string;
  secret: string;
  /** The one network a network key reaches. */
  networkId?: number;
}

/** Timestamps further than this from the server clock are refused (13002). */
const CLOCK_WINDOW_MS = 15 * 60_000;
/** How long a nonce stays used (the docs say 15 to 30 minutes; the emulator takes the longest). */
const NONCE_MEMORY_MS = 30 * 60_000;
/** At most this many nonces are remembered: a flood of requests cannot grow the table without limit. */
const MAX_NONCES = 100_000;
/**
 * Longer nonces are refused (13012, whose limit the docs do not give). The docs' nonce is a short
 * random string; 128 characters leaves room for any client's (a UUID is 36, 64 random bytes in hex
 * 128) while keeping the table at MAX_NONCES entries to a few tens of megabytes.
 */
const MAX_NONCE_LENGTH = 128;

export type Authentication = { key: EmulatorKey } | { failure: Reply };

export function createAuthenticator(keys: readonly EmulatorKey[], now: () => number, errorReply: ErrorReply): (request: EmulatorRequest) => Authentication {
  const nonceSeenAt = new Map<string, number>();
  const refuse = (name: ErrorName, values?: Record<string, string>) => ({ failure: errorReply(401, name, "authorize", values) });

  return (request) => {
    // Nonce and timestamp first: the docs' own example of a request without auth headers answers 13001.
    const authorization = header(request, "authorization");
    const fields = parseAuthorization(authorization);
    if (!fields.timestamp || !fields.nonce || !/^\d+$/.test(fields.timestamp)) return refuse("NoNonceOrTimestamp");
    if (fields.nonce.length > MAX_NONCE_LENGTH) return refuse("NonceTooLong", { length: String(fields.nonce.length), max: String(MAX_NONCE_LENGTH) });

    // A missing header means version 0 (docs), which fails with 13004, except on GET /time: the
    // docs' own JavaScript sample signs GET /time without the header and expects the time back.
    const version = header(request, "openmesh-api-version") || "0";
    const versionZeroServed = version === "0" && request.method === "GET" && request.url.pathname === "/time";
    if (version !== "1" && !versionZeroServed) return refuse("InvalidApiVersion");

    // GET /time is the documented cure for a wrong clock, so it cannot demand a right one.
    const skewed = Math.abs(Number(fields.timestamp) * 1000 - now()) > CLOCK_WINDOW_MS;
    if (skewed && request.url.pathname !== "/time") return refuse("TimestampOutOfRange");

    forgetOldNonces(nonceSeenAt, now());
    if (nonceSeenAt.has(fields.nonce)) return refuse("NonceAlreadyExists");

    const key = keys.find((k) => k.key === fields.key);
    if (!key) return refuse("UnknownKey");

    const given = header(request, "signature");
    if (!given) return refuse("EmptySignatureHeader");
    // The request-target exactly as received, then the body bytes (empty when there is none).
    const target = request.url.pathname + request.url.search;
    const expected = createHmac("sha256", key.secret).update(authorization + target).update(request.raw).digest("hex");
    if (!sameSecret(given, expected)) return refuse("SignatureWrong");

    nonceSeenAt.set(fields.nonce, now());
    return { key };
  };
}

/** Oldest first (insertion order): drop the expired ones, and the oldest beyond the table's size. */
function forgetOldNonces(seenAt: Map<string, number>, now: number): void {
  for (const [nonce, at] of seenAt) {
    if (now - at <= NONCE_MEMORY_MS && seenAt.size <= MAX_NONCES) break;
    seenAt.delete(nonce);
  }
}

/** `key=K,timestamp=T,nonce=N` with nothing else: a space makes a name unknown, as on the server. */
function parseAuthorization(value: string): Partial<Record<"key" | "timestamp" | "nonce", string>> {
  const fields: Record<string, string> = {};
  for (const pair of value.split(",")) {
    const at = pair.indexOf("=");
    if (at > 0) fields[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return fields;
}

function header(request: EmulatorRequest, name: string): string {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(",") : (value ?? "");
}
