import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createShadowserverClient } from "../../generated/shadowserver/index.js";
import { SpecfirstError, TimeoutError } from "../../src/core/errors/index.js";
import { DEFAULT_TIMEOUT_MS } from "../../src/core/options.js";
import { CREDENTIALS } from "./clients.js";
import { json, startServer, type TestServer } from "./servers.js";

let silent: TestServer;
let throttling: TestServer;
beforeAll(async () => {
  // Accepts every request and never answers.
  silent = await startServer(() => undefined);
  // Always "slow down": 503 with a Retry-After of 30 s.
  throttling = await startServer((_, res) => json(res, 503, { error: "busy" }, { "Retry-After": "30" }));
});
afterAll(async () => {
  await silent.close();
  await throttling.close();
});
afterEach(() => void vi.useRealTimers());

const client = (baseUrl: string, extra: object = {}) => createShadowserverClient({ ...CREDENTIALS.shadowserver, baseUrl, ...extra });
const ping = (c: ReturnType<typeof client>, init: object = {}) => c.POST("/test/ping", { body: {}, ...init } as never);
const settle = (promise: Promise<unknown>) => promise.then(() => "resolved" as const, (error: unknown) => error);

describe("the default total timeout", () => {
  it(`ends a call to a server that never answers after ${DEFAULT_TIMEOUT_MS} ms (within a quarter second)`, async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
    const outcome = settle(ping(client(silent.url)));
    await vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT_MS - 300);
    expect(await Promise.race([outcome, Promise.resolve("pending")])).toBe("pending");
    await vi.advanceTimersByTimeAsync(600);
    const error = await outcome;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(SpecfirstError);
    expect(error).toMatchObject({ limit: "total", timeoutMs: DEFAULT_TIMEOUT_MS, provider: "shadowserver", operation: "POST /test/ping" });
  });
});

describe("timeouts and aborts end the call at once", () => {
  it("an explicit timeoutMs also cancels the request itself", async () => {
    const started = Date.now();
    const error = await settle(ping(client(silent.url, { timeoutMs: 200 })));
    expect(error).toMatchObject({ name: "TimeoutError", limit: "total", timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("the total timeout counts the waits between attempts", async () => {
    const started = Date.now();
    const error = await settle(ping(client(throttling.url, { timeoutMs: 300, retry: { maxAttempts: 5, maxRetryAfterMs: 60_000 } })));
    expect(error).toMatchObject({ name: "TimeoutError", limit: "total" });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("aborting during a Retry-After wait rejects with the caller's reason at once", async () => {
    const controller = new AbortController();
    const started = Date.now();
    const outcome = settle(ping(client(throttling.url, { retry: { maxAttempts: 3, maxRetryAfterMs: 60_000 } }), { signal: controller.signal }));
    setTimeout(() => controller.abort(new Error("user left")), 100);
    expect(await outcome).toMatchObject({ message: "user left" });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("aborting during a backoff wait rejects at once", async () => {
    const controller = new AbortController();
    const busy = await startServer((_, res) => json(res, 503, { error: "busy" }));
    try {
      const started = Date.now();
      const outcome = settle(ping(client(busy.url, { retry: { maxAttempts: 3, baseDelayMs: 20_000, maxDelayMs: 20_000 } }), { signal: controller.signal }));
      setTimeout(() => controller.abort(new Error("stop")), 100);
      expect(await outcome).toMatchObject({ message: "stop" });
      expect(Date.now() - started).toBeLessThan(1500);
    } finally {
      await busy.close();
    }
  });

  it("aborting a request that hangs rejects at once", async () => {
    const controller = new AbortController();
    const started = Date.now();
    const outcome = settle(ping(client(silent.url), { signal: controller.signal }));
    setTimeout(() => controller.abort(new Error("cancelled")), 100);
    expect(await outcome).toMatchObject({ message: "cancelled" });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("an already aborted signal sends nothing", async () => {
    const before = silent.received.length;
    const error = await settle(ping(client(silent.url), { signal: AbortSignal.abort(new Error("never")) }));
    expect(error).toMatchObject({ message: "never" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(silent.received.length).toBe(before);
  });
});
