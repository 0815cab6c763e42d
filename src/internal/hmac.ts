import { toHex } from "./hex.js";
import { nodeCrypto } from "./node-crypto.js";

/** Lowercase hex HMAC-SHA256 of a UTF-8 message: synchronous on Node, a promise elsewhere. */
export type HexSigner = (message: string) => string | Promise<string>;

const encoder = new TextEncoder();

/**
 * An HMAC-SHA256 signer for one secret. On Node it is node:crypto, synchronous (~2 µs); in
 * browsers and edge runtimes Web Crypto, whose key is imported once per signer.
 */
export function createHmacSha256Signer(secret: string): HexSigner {
  const node = nodeCrypto;
  if (node) return (message) => node.createHmac("sha256", secret).update(message).digest("hex");
  let key: Promise<CryptoKey> | undefined;
  return async (message) => {
    key ??= crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    return toHex(new Uint8Array(await crypto.subtle.sign("HMAC", await key, encoder.encode(message))));
  };
}
