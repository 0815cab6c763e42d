import { md5 } from "@noble/hashes/legacy.js";
import { toHex } from "./hex.js";
import { nodeCrypto } from "./node-crypto.js";

const encoder = new TextEncoder();

/**
 * Lowercase hex MD5 of a string's UTF-8 bytes: node:crypto on Node; elsewhere the audited pure-JS
 * @noble/hashes, since Web Crypto has no MD5.
 */
export function md5Hex(text: string): string {
  return nodeCrypto ? nodeCrypto.createHash("md5").update(text).digest("hex") : toHex(md5(encoder.encode(text)));
}
