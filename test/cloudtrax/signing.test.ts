import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCloudTraxClient } from "../../generated/cloudtrax/index.js";
import { signatureHeaders, signedPath } from "../../src/providers/cloudtrax/auth.js";
import { createHmacSha256Signer } from "../../src/internal/hmac.js";

// The reference's derived vectors (../shared/reference/cloudtrax.md §a): the README's sample key,
// the docs' sample secret, timestamp 1440424320 (the time.md example) and nonce ThisIsANonce.
const KEY = "1b88730ac5ba6000a1271e0b2a2edb5a163ce77bf9630850f22f8ca3de490a5f";
const SECRET = "0032665e503e866e331408bdb1edf02041abc53d21f6b9d70ce4495bee1de31d";
const NETWORK =
  '{"name":"newNetworkTest_2","password":"passwordForNetwork","email":"someEmail@example.com","location":"Moose Jaw","timezone":"Canada/Central","country_code":"CA"}';
const VECTORS = [
  ["/time", "", "1c0c3778461bb015215bb5b5c4ff112b1c1e0a2681cf289668543dc69229ec05"],
  ["/network/list", "", "91f67324c0b22e6e44da86c4a04c5e064d4441f3ef790b8435b951e079827be4"],
  ["/history/network/12478", "", "ff1e7129069a33e539a450af0e9a998cf32ec0f6e2498426c5a10d007c3e2e85"],
  ["/history/network/12478?period=week", "", "dea8da2bc50eced1cc169407d2a145474272f57e08d632e72aebdc721c924fa0"],
  ["/network", NETWORK, "8be98ec019f93d2960c3a671dd076a8b8561c82792675060c3ca7fcfae2d5fe8"],
] as const;

const oracle = (secret: string, message: string) => createHmac("sha256", Buffer.from(secret, "utf8")).update(Buffer.from(message, "utf8")).digest("hex");

describe("CloudTrax signing", () => {
  it.each(VECTORS)("signs %s (body %j) as the reference derives it", async (path, body, expected) => {
    const headers = await signatureHeaders(createHmacSha256Signer(SECRET), KEY, { timestamp: 1440424320, nonce: "ThisIsANonce", path, body });
    expect(headers).toEqual({
      "OpenMesh-API-Version": "1",
      Authorization: `key=${KEY},timestamp=1440424320,nonce=ThisIsANonce`,
      Signature: expected,
    });
  });

  it("agrees with node:crypto for any key, secret, timestamp, nonce, path and body", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }),
        fc.string({ unit: "grapheme", minLength: 1 }),
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.base64String({ minLength: 1, maxLength: 24 }),
        fc.webPath(),
        fc.string({ unit: "grapheme" }),
        async (key, secret, timestamp, nonce, path, body) => {
          const headers = await signatureHeaders(createHmacSha256Signer(secret), key, { timestamp, nonce, path, body });
          expect(headers.Authorization).toBe(`key=${key},timestamp=${timestamp},nonce=${nonce}`);
          expect(headers.Signature).toBe(oracle(secret, headers.Authorization + path + body));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("signs exactly the path, query and body bytes the client sends (node:crypto over the recorded request)", async () => {
    const sent: { authorization: string; signature: string; target: string; body: string }[] = [];
    const recorder = async (request: Request) => {
      const url = new URL(request.url);
      sent.push({
        authorization: request.headers.get("Authorization")!,
        signature: request.headers.get("Signature")!,
        target: url.pathname + url.search,
        body: request.method === "GET" ? "" : await request.text(),
      });
      return new Response("{}", { status: 200, headers: { "Content-Type": "application/json" } });
    };
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "grapheme", minLength: 1 }),
        fc.string({ unit: "grapheme", minLength: 1 }),
        fc.stringMatching(/^[0-9]{1,9}$/),
        fc.string({ unit: "grapheme" }),
        async (secret, byName, nodeId, description) => {
          sent.length = 0;
          const client = createCloudTraxClient({ key: "k", secret, baseUrl: "http://127.0.0.1:9", fetch: recorder });
          await client.GET("/network/search", { params: { query: { by_name: byName } } });
          await client.PUT("/node/{nodeId}", { params: { path: { nodeId } }, body: { description } });
          expect(new URL(sent[0]!.target, "http://x").searchParams.get("by_name")).toBe(byName);
          expect(sent[1]!.body).toBe(JSON.stringify({ description }));
          for (const request of sent) expect(request.signature).toBe(oracle(secret, request.authorization + request.target + request.body));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("signs the path the API sees when the baseUrl has a path of its own (a proxy)", async () => {
    let seen: Request | undefined;
    const client = createCloudTraxClient({
      key: KEY,
      secret: SECRET,
      baseUrl: "https://proxy.example/cloudtrax/",
      fetch: async (request) => {
        seen = request;
        return new Response("{}", { headers: { "Content-Type": "application/json" } });
      },
    });
    await client.GET("/history/network/{networkId}", { params: { path: { networkId: 12478 }, query: { period: "week" } } });
    expect(seen!.url).toBe("https://proxy.example/cloudtrax/history/network/12478?period=week");
    expect(seen!.headers.get("Signature")).toBe(oracle(SECRET, seen!.headers.get("Authorization")! + "/history/network/12478?period=week"));
  });

  it.each([
    ["https://api.cloudtrax.com/network/list", "https://api.cloudtrax.com", "/network/list"],
    ["https://api-v2.cloudtrax.com/user/list", "https://api.cloudtrax.com", "/user/list"],
    ["http://127.0.0.1:8080/p/x/time?a=%20", "http://127.0.0.1:8080/p/x", "/time?a=%20"],
    ["http://127.0.0.1:8080/px/time", "http://127.0.0.1:8080/p", "/px/time"],
    ["https://app.example/network/list", "", "/network/list"],
  ])("signedPath(%s, baseUrl %j) is %s", (url, baseUrl, expected) => {
    expect(signedPath(url, baseUrl)).toBe(expected);
  });

  it("signedPath is what the URL parser makes of the request-target, minus the base URL's path, for any path and base", () => {
    // Oracle: the WHATWG URL parser (what fetch sends), with the base's path prefix cut off.
    const oracle = (url: string, baseUrl: string) => {
      const { pathname, search } = new URL(url);
      const prefix = new URL(baseUrl).pathname.replace(/\/+$/, "");
      return (prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname) + search;
    };
    const piece = fc.stringMatching(/^[a-zA-Z0-9._~%!$&'()*+,;=:@ "<>^`{}|\\-]{0,6}$/);
    const segments = fc.array(fc.oneof(piece, fc.constantFrom(".", "..", "%2e", "%2E%2e", "")), { maxLength: 5 });
    const base = fc.tuple(fc.constantFrom("http://127.0.0.1:8080", "https://Proxy.example", "HTTPS://h.example:443"), segments, fc.constantFrom("", "/", "//"));
    fc.assert(
      fc.property(base, segments, fc.option(piece), ([origin, prefix, trailing], path, query) => {
        const baseUrl = origin + prefix.map((s) => `/${s}`).join("") + trailing;
        const url = baseUrl.replace(/\/+$/, "") + path.map((s) => `/${s}`).join("") + (query === null ? "" : `?${query}`);
        expect(signedPath(url, baseUrl)).toBe(oracle(url, baseUrl));
      }),
      { numRuns: 3000 },
    );
  });
});
