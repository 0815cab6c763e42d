/// <reference types="node" />
// Compares a secret a request carries (a signature, a key) with the expected one in constant time.
import { timingSafeEqual } from "node:crypto";

/**
 * Whether `given` and `expected` are the same string, compared by their UTF-8 bytes in constant
 * time. timingSafeEqual throws on buffers of different byte lengths, and a header of the right
 * length in characters can still differ in bytes (one non-ASCII character), so the byte lengths
 * are compared first: that tells only the length, which is public (a hex digest's is fixed).
 */
export function sameSecret(given: string, expected: string): boolean {
  const givenBytes = Buffer.from(given, "utf8");
  const expectedBytes = Buffer.from(expected, "utf8");
  return givenBytes.length === expectedBytes.length && timingSafeEqual(givenBytes, expectedBytes);
}
