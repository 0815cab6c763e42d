// Servers that echo what a request carried back where no name marks it (a redirect's path, response
// headers) or disguised (percent-encoded, JSON-escaped, form-encoded): no error, message or debug
// line of the client shows it.
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMasheryClient, toMasheryError } from "../../generated/mashery/index.js";
import { createShadowserverClient } from "../../generated/shadowserver/index.js";
import { createWatchMouseClient } from "../../generated/watchmouse/index.js";
import { RedirectError } from "../../src/core/errors/index.js";
import { CREDENTIALS, SECRETS, signedCalls } from "./clients.js";
import { json, startServer, type Received, type TestServer } from "./servers.js";

const SESSION_KEY = "wm-session-key-5e8d21";

/** What a request carried under the names the four providers sign and authenticate with, as the server saw it. */
function carried(request: Received): string[] {
  const url = new URL(request.url, "http://127.0.0.1");
  const values = ["signature", "hmac2", "authorization"].map((name) => request.headers[name]).filter((v): v is string => typeof v === "string");
  for (const name of ["sig", "nkey", "apikey"]) if (url.searchParams.has(name)) values.push(url.searchParams.get(name)!);
  return values;
}

/** Everything an error holds, own and hidden properties, causes and stack included. */
const everything = (error: unknown) => inspect(error, { depth: 10, showHidden: true });

function expectNone(shown: string, values: readonly string[]): void {
  for (const value of values) {
    expect(shown).not.toContain(value);
    expect(shown.toLowerCase()).not.toContain(encodeURIComponent(value).toLowerCase());
  }
}

let elsewhere: TestServer;
let crossOrigin: TestServer;
let sameOrigin: TestServer;
let echoingHeaders: TestServer;
let watchmouse: TestServer;
const sent: string[] = [];
beforeAll(async () => {
  elsewhere = await startServer((_, res) => json(res, 200, {}));
  // Redirects to another origin with what the request carried in the Location's path.
  crossOrigin = await startServer((request, res) => {
    const values = carried(request);
    sent.push(...values);
    res.writeHead(302, { Location: `${elsewhere.url}/steal/${values.map(encodeURIComponent).join("/")}/${values.join("/")}` }).end();
  });
  // The same, to its own origin once; the second request is answered.
  sameOrigin = await startServer((request, res) => {
    const values = carried(request);
    sent.push(...values);
    if (request.url.startsWith("/landed/")) return json(res, 200, { code: 0, result: {}, ok: true });
    res.writeHead(307, { Location: `/landed/${values.map(encodeURIComponent).join("/")}` }).end();
  });
  // A 500 whose headers and body give back what the request carried, disguised.
  echoingHeaders = await startServer((request, res) => {
    const values = carried(request);
    sent.push(...values);
    const echo = JSON.stringify({ url: request.url, headers: request.headers, body: request.body });
    json(res, 500, { message: encodeURIComponent(echo), nested: echo, error: { code: 1, message: echo } }, {
      "X-Echo-Url": encodeURI(request.url),
      "X-Echo-Carried": values.map(encodeURIComponent).join(","),
      "Set-Cookie": `nkey=${encodeURIComponent(values.join(","))}; Path=/`,
    });
  });
  // WatchMouse that logs in, then refuses acct_logout echoing the session key, and echoes the password form-encoded.
  watchmouse = await startServer((request, res) => {
    const url = new URL(request.url, "http://127.0.0.1");
    if (url.pathname === "/acct_login") return json(res, 200, { code: 0, result: { nkey: SESSION_KEY } });
    if (url.pathname === "/acct_logout") return json(res, 200, { code: 1001, error: "unknown", info: `cannot end ${url.search} (${encodeURIComponent(url.searchParams.get("nkey") ?? "")})` });
    return json(res, 200, { code: 1001, error: "unknown", info: `login ${new URLSearchParams({ p: "pass/word 42!" })} and ${JSON.stringify("pass/word 42!").replace("/", "\\/")}` });
  });
});
afterAll(async () => {
  expect(elsewhere.received).toEqual([]);
  await Promise.all([elsewhere, crossOrigin, sameOrigin, echoingHeaders, watchmouse].map((server) => server.close()));
});

describe("a redirect echoing what the request carried", () => {
  it.each(Object.keys(CREDENTIALS) as (keyof typeof CREDENTIALS)[])("%s: the RedirectError shows where, but none of it", async (provider) => {
    sent.length = 0;
    const error = await signedCalls(crossOrigin.url)[provider]().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as RedirectError).location).toMatch(new RegExp(`^${elsewhere.url}/steal/`));
    expect(sent.length).toBeGreaterThan(0);
    expectNone(everything(error), [...sent, ...SECRETS]);
  });

  it.each(Object.keys(CREDENTIALS) as (keyof typeof CREDENTIALS)[])("%s: the debug lines of a followed one show none of it", async (provider) => {
    sent.length = 0;
    const lines: string[] = [];
    const { response } = await signedCalls(sameOrigin.url, { debug: (line) => lines.push(line) })[provider]();
    expect(response.status).toBe(200);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/\/landed\//);
    expect(sent.length).toBeGreaterThan(0);
    expectNone(lines.join("\n"), [...sent, ...SECRETS]);
  });
});

describe("errors of the helpers keep the answer's headers and body, redacted", () => {
  it("Mashery rpc(): MasheryRpcError (the echo holds a JSON-RPC error object)", async () => {
    sent.length = 0;
    const error = await createMasheryClient({ ...CREDENTIALS.mashery, baseUrl: echoingHeaders.url, retry: false }).rpc("member.fetch", ["jdoe"]).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "MasheryRpcError", status: 500 });
    expect((error as { headers: Headers }).headers.get("x-echo-url")).toMatch(/^\/json-rpc\/789\?/);
    expectNone(everything(error), [...sent, ...SECRETS]);
  });

  it("Mashery toMasheryError(response, error) on a raw call's result, as the README shows it", async () => {
    sent.length = 0;
    const { error, response } = await createMasheryClient({ ...CREDENTIALS.mashery, baseUrl: echoingHeaders.url, retry: false }).GET("/rest/{site_id}/reports/calls/status/service/{service_key}", {
      params: { path: { service_key: "svc-1" }, query: { start_date: "2015-11-24T00:00:00Z", end_date: "2015-12-01T00:00:00Z" } },
    });
    expect(error).toBeDefined();
    const typed = toMasheryError(response, error);
    expect(typed).toMatchObject({ status: 500 });
    expectNone(everything(typed), sent);
  });

  it("Shadowserver paginate(): ApiError", async () => {
    sent.length = 0;
    const client = createShadowserverClient({ ...CREDENTIALS.shadowserver, baseUrl: echoingHeaders.url, retry: false });
    const error = await (async () => {
      for await (const _ of client.paginate("POST", "/reports/query", { body: { report: "x", query: {} } })) break;
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ApiError", status: 500 });
    expectNone(everything(error), [...sent, ...SECRETS]);
  });

  it("WatchMouse logout() refused with the session key echoed; a password echoed form-encoded and as PHP writes JSON", async () => {
    const client = createWatchMouseClient({ user: "ops@example.org", password: "pass/word 42!", baseUrl: watchmouse.url, retry: false });
    const { error } = await client.GET("/rule_get", {});
    expect(error).toMatchObject({ code: 1001 });
    const credits = await client.credits().catch((e: unknown) => e);
    expect(credits).toMatchObject({ name: "WatchMouseApiError", code: 1001 });
    expectNone(everything(credits), ["pass/word 42!", "pass%2Fword+42%21", "pass\\/word 42!"]);
    const logout = await client.logout().catch((e: unknown) => e);
    expect(logout).toMatchObject({ name: "WatchMouseApiError", code: 1001 });
    expectNone(everything(logout), [SESSION_KEY]);
  });
});
