/**
 * The least a signed openapi-fetch client can weigh with MD5 (Mashery): one middleware that adds
 * `apikey` and `sig` with @noble/hashes, as a user would write it by hand for a browser (Web Crypto
 * has no MD5). No retries, timeouts, redirect refusal, typed errors, redaction or paging.
 * bench/size.ts bundles it as a floor.
 */
import { md5 } from "@noble/hashes/legacy.js";
import createClient from "openapi-fetch";

const encoder = new TextEncoder();

export function createMd5SignedClient(baseUrl: string, apiKey: string, secret: string) {
  const client = createClient<Record<string, never>>({ baseUrl });
  client.use({
    onRequest({ request }) {
      const digest = md5(encoder.encode(`${apiKey}${secret}${Math.floor(Date.now() / 1000)}`));
      const url = new URL(request.url);
      url.searchParams.set("apikey", apiKey);
      url.searchParams.set("sig", Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join(""));
      return new Request(url, request);
    },
  });
  return client;
}
