import { md5 } from "@noble/hashes/legacy.js";
import { toHex } from "./hmac.js";

const encoder = new TextEncoder();

/**
 * Lowercase hex MD5 of a string's UTF-8 bytes. Web Crypto has no MD5, so this uses the audited
 * pure-JS @noble/hashes: it runs in browsers and edge runtimes as well as Node.
 */
export function md5Hex(text: string): string {
  return toHex(md5(encoder.encode(text)));
}
