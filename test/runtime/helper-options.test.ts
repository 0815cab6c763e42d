// The helpers that return plain values (rpc, query, credits, logout) take a call's options like GET/POST do.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMasheryClient } from "../../generated/mashery/index.js";
import { createWatchMouseClient } from "../../generated/watchmouse/index.js";
import { TimeoutError } from "../../src/core/errors/index.js";
import { CREDENTIALS } from "./clients.js";
import { json, startServer, type TestServer } from "./servers.js";

let silent: TestServer;
let failing: TestServer;
let watchmouse: TestServer;
beforeAll(async () => {
  // Accepts every request and never answers.
  silent = await startServer(() => undefined);
  // A 503 on every request: a read is repeated unless the call says otherwise.
  failing = await startServer((_, res) => json(res, 503, { error: "busy" }));
  // WatchMouse that logs in and then never answers acct_logout.
  watchmouse = await startServer((request, res) => {
    if (request.url.startsWith("/acct_login")) json(res, 200, { code: 0, result: { nkey: "session-key-0123456789" } });
    else if (request.url.startsWith("/acct_logout")) return;
    else json(res, 200, { code: 0, result: { rules: [] } });
  });
});
afterAll(async () => {
  await Promise.all([silent.close(), failing.close(), watchmouse.close()]);
});

const settle = (promise: Promise<unknown>) => promise.then(() => "resolved" as const, (error: unknown) => error);
const mashery = (baseUrl: string) => createMasheryClient({ ...CREDENTIALS.mashery, baseUrl });

/** Runs `call` with a signal aborted after 50 ms: it must reject with the signal's reason well before any limit. */
async function expectAbortedAtOnce(call: (signal: AbortSignal) => Promise<unknown>): Promise<void> {
  const controller = new AbortController();
  const started = Date.now();
  setTimeout(() => controller.abort(new Error("user left")), 50);
  expect(await settle(call(controller.signal))).toMatchObject({ message: "user left" });
  expect(Date.now() - started).toBeLessThan(1000);
}

describe("Mashery rpc() and query() take a call's options", () => {
  it("rpc(method, params, { timeoutMs }) ends with a TimeoutError on time", async () => {
    const started = Date.now();
    const error = await settle(mashery(silent.url).rpc("member.fetch", ["jdoe"], { timeoutMs: 200 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ limit: "total", timeoutMs: 200, provider: "mashery" });
    expect(Date.now() - started).toBeLessThan(2000);
    // @ts-expect-error the options are checked like a call's: timeoutMS is not one of them
    void (() => mashery(silent.url).rpc("member.fetch", ["jdoe"], { timeoutMS: 200 }));
  });

  it("rpc(method, params, { signal }) rejects at once when aborted", async () => {
    await expectAbortedAtOnce((signal) => mashery(silent.url).rpc("member.fetch", ["jdoe"], { signal }));
  });

  it("rpc(…, { debug }) logs the call's requests", async () => {
    const lines: string[] = [];
    await settle(mashery(failing.url).rpc("member.fetch", ["jdoe"], { debug: (line) => lines.push(line) }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^specfirst mashery: POST http:\/\/127\.0\.0\.1:\d+\/json-rpc\/789\?.*→ 503/);
  });

  it("query(mql, { signal }) applies to each page's call", async () => {
    await expectAbortedAtOnce(async (signal) => {
      for await (const _ of mashery(silent.url).query("SELECT * FROM members", { signal })) break;
    });
  });
});

describe("WatchMouse credits() and logout() take a call's options", () => {
  it("credits({ retry: false }) sends a failing read once (three times by default)", async () => {
    const client = createWatchMouseClient({ nkey: "wm-token-0123456789", baseUrl: failing.url, retry: { baseDelayMs: 1, maxDelayMs: 1 } });
    const before = failing.received.length;
    await settle(client.credits());
    expect(failing.received.length - before).toBe(3);
    await settle(client.credits({ retry: false }));
    expect(failing.received.length - before).toBe(4);
  });

  it("credits({ signal }) rejects at once when aborted", async () => {
    const client = createWatchMouseClient({ nkey: "wm-token-0123456789", baseUrl: silent.url });
    await expectAbortedAtOnce((signal) => client.credits({ signal }));
  });

  it("logout({ timeoutMs }) ends with a TimeoutError when acct_logout never answers", async () => {
    const client = createWatchMouseClient({ ...CREDENTIALS.watchmouse, baseUrl: watchmouse.url });
    expect((await client.GET("/rule_get", {})).error).toBeUndefined();
    const error = await settle(client.logout({ timeoutMs: 200 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ provider: "watchmouse", operation: "GET /acct_logout" });
    expect(watchmouse.received.map((request) => request.url.split("?")[0])).toEqual(["/acct_login", "/rule_get", "/acct_logout"]);
  });
});
