/**
 * The least a signed openapi-fetch client can weigh with HMAC-SHA256 (CloudTrax, Shadowserver): one
 * middleware that signs with Web Crypto, as a user would write it by hand for a browser. No retries,
 * timeouts, redirect refusal, typed errors, redaction or paging. bench/size.ts bundles it as a floor.
 */
import createClient from "openapi-fetch";

const encoder = new TextEncoder();

export function createHmacSignedClient(baseUrl: string, secret: string) {
  const key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const client = createClient<Record<string, never>>({ baseUrl });
  client.use({
    async onRequest({ request }) {
      const body = await request.clone().text();
      const signature = new Uint8Array(await crypto.subtle.sign("HMAC", await key, encoder.encode(body)));
      request.headers.set("HMAC2", Array.from(signature, (byte) => byte.toString(16).padStart(2, "0")).join(""));
      return request;
    },
  });
  return client;
}
