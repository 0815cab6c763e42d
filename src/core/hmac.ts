const encoder = new TextEncoder();

export type HexSigner = (message: string) => Promise<string>;

/**
 * Lowercase hex HMAC-SHA256 over UTF-8 bytes, with Web Crypto so it runs in browsers and edge
 * runtimes too. The key is imported once per signer, i.e. once per client.
 */
export function createHmacSha256Signer(secret: string): HexSigner {
  let key: Promise<CryptoKey> | undefined;
  return async (message) => {
    key ??= crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    const signature = await crypto.subtle.sign("HMAC", await key, encoder.encode(message));
    return toHex(new Uint8Array(signature));
  };
}

export function toHex(bytes: Uint8Array): string {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
