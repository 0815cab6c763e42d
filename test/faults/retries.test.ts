// Fault tests: the generated clients against the real emulators, with faults injected by the kit.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCloudTraxClient } from "../../generated/cloudtrax/index.js";
import { createShadowserverClient } from "../../generated/shadowserver/index.js";
import { NetworkError, TimeoutError } from "../../src/core/errors/index.js";
import { CLOUDTRAX_DEMO, startCloudTraxEmulator } from "../emulators/index.js";
import type { RunningEmulator } from "../emulators/index.js";
import { SHADOWSERVER_DEMO, startShadowserverEmulator } from "../emulators/index.js";

const fast = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

describe("Shadowserver: safe operations are retried", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => void (emulator = await startShadowserverEmulator()));
  afterAll(() => emulator.close());
  afterEach(() => emulator.clearFaults());
  const client = (extra: object = {}) => createShadowserverClient({ ...SHADOWSERVER_DEMO, baseUrl: emulator.url, retry: fast, ...extra });
  const lookup = (c = client(), init: object = {}) => c.GET("/net/asn", { params: { query: { origin: "8.8.8.8" } }, ...init } as any);
  const since = (from: number) => emulator.requests.slice(from);

  it("a read succeeds after a burst of 5xx", async () => {
    emulator.inject({ kind: "status", status: 503, times: 2 });
    const from = emulator.requests.length;
    const { data, error, response } = await lookup();
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toBeDefined();
    expect(since(from)).toHaveLength(3);
  });

  it("a read gives the last 5xx back once the attempts are used up", async () => {
    emulator.inject({ kind: "status", status: 502, times: 5 });
    const from = emulator.requests.length;
    const { error, response } = await lookup();
    expect(response.status).toBe(502);
    expect(error).toBeDefined();
    expect(since(from)).toHaveLength(3);
  });

  it("a read succeeds after a connection reset mid-response", async () => {
    emulator.inject({ kind: "reset", times: 1 });
    const from = emulator.requests.length;
    const { data, response } = await lookup();
    expect(response.status).toBe(200);
    expect(data).toBeDefined();
    expect(since(from)).toHaveLength(2);
  });

  it("a read that is reset every time ends in a NetworkError after maxAttempts", async () => {
    emulator.inject({ kind: "reset", times: 10 });
    const from = emulator.requests.length;
    const error = await lookup().catch((e) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ attempts: 3 });
    expect(since(from)).toHaveLength(3);
  });

  it("a POST marked x-idempotent is retried after a 5xx and a reset, each attempt signed", async () => {
    emulator.inject({ kind: "status", status: 500, times: 1, path: "/key/info" });
    emulator.inject({ kind: "reset", times: 1, path: "/key/info" });
    const from = emulator.requests.length;
    const { data, error, response } = await client().POST("/key/info", { body: {} });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toBeDefined();
    const sent = since(from);
    expect(sent).toHaveLength(3);
    for (const request of sent) expect(request.headers.hmac2).toMatch(/^[0-9a-f]{64}$/);
  });

  it("retry: false (per client or per call) sends once", async () => {
    emulator.inject({ kind: "status", status: 503, times: 2 });
    let from = emulator.requests.length;
    expect((await lookup(client({ retry: false }))).response.status).toBe(503);
    expect(since(from)).toHaveLength(1);
    from = emulator.requests.length;
    expect((await lookup(client(), { retry: false })).response.status).toBe(503);
    expect(since(from)).toHaveLength(1);
  });

  it("honours Retry-After in seconds (429)", async () => {
    emulator.inject({ kind: "retry-after", status: 429, after: "1", times: 1 });
    const from = emulator.requests.length;
    const started = performance.now();
    const { response } = await lookup();
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(since(from)).toHaveLength(2);
  });

  it("honours Retry-After as an HTTP date (503)", async () => {
    const at = new Date(Date.now() + 2000);
    emulator.inject({ kind: "retry-after", status: 503, after: at.toUTCString(), times: 1 });
    const from = emulator.requests.length;
    const { response } = await lookup();
    expect(response.status).toBe(200);
    // The date has a resolution of one second: the retry is sent no earlier than that second.
    expect(Date.now()).toBeGreaterThanOrEqual(Math.floor(at.getTime() / 1000) * 1000 - 50);
    expect(since(from)).toHaveLength(2);
  });

  it("does not wait for a Retry-After beyond maxRetryAfterMs: the 429 comes back", async () => {
    emulator.inject({ kind: "retry-after", status: 429, after: "3600", times: 1 });
    const from = emulator.requests.length;
    const { response } = await lookup();
    expect(response.status).toBe(429);
    expect(since(from)).toHaveLength(1);
  });

  it("the per-attempt timeout fires on a slow answer, and says so", async () => {
    emulator.inject({ kind: "slow", ms: 400, times: 1 });
    const error = await lookup(client({ retry: false, attemptTimeoutMs: 50 })).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ limit: "attempt", timeoutMs: 50 });
    expect(error.message).toContain("per-attempt");
  });

  it("a slow attempt is retried when attempts remain", async () => {
    emulator.inject({ kind: "slow", ms: 400, times: 1 });
    const from = emulator.requests.length;
    const { response } = await lookup(client({ attemptTimeoutMs: 100 }));
    expect(response.status).toBe(200);
    expect(since(from)).toHaveLength(2);
  });

  it("the overall timeout fires across retries, and says so", async () => {
    emulator.inject({ kind: "slow", ms: 300, times: 10 });
    const started = performance.now();
    const error = await lookup(client(), { timeoutMs: 150, attemptTimeoutMs: 100 }).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ limit: "total", timeoutMs: 150 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("the overall timeout also cuts a backoff wait short", async () => {
    emulator.inject({ kind: "retry-after", status: 503, after: "5", times: 1 });
    const error = await lookup(client({ timeoutMs: 200 })).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ limit: "total" });
  });

  it("the caller's AbortSignal aborts an attempt and stops retries", async () => {
    emulator.inject({ kind: "slow", ms: 400, times: 1 });
    const controller = new AbortController();
    const from = emulator.requests.length;
    setTimeout(() => controller.abort(), 50);
    const error = await lookup(client(), { signal: controller.signal }).catch((e) => e);
    expect(error).toBe(controller.signal.reason);
    expect(error.name).toBe("AbortError");
    expect(since(from)).toHaveLength(1);
  });

  it("the caller's AbortSignal aborts a backoff wait", async () => {
    emulator.inject({ kind: "retry-after", status: 503, after: "5", times: 1 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("stop")), 50);
    const error = await lookup(client(), { signal: controller.signal }).catch((e) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe("stop");
  });

  it("the debug logger (per client or per call) gets one line per request sent: method, redacted URL, status, and which attempt a retry is", async () => {
    emulator.inject({ kind: "status", status: 503, times: 1 });
    const lines: string[] = [];
    await lookup(client({ debug: (l: string) => lines.push(l) }));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^specfirst shadowserver: (GET|POST) http:\/\/127\.0\.0\.1:\d+\/\S+ → 503 in \d+ ms$/);
    expect(lines[1]).toMatch(/→ 200 in \d+ ms, attempt 2$/);
    const perCall: string[] = [];
    await lookup(client(), { debug: (l: string) => perCall.push(l) });
    expect(perCall.length).toBeGreaterThan(0);
  });
});

describe("CloudTrax: creates are never repeated, reads are, each attempt signed afresh", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => void (emulator = await startCloudTraxEmulator()));
  afterAll(() => emulator.close());
  afterEach(() => emulator.clearFaults());
  const client = () => createCloudTraxClient({ ...CLOUDTRAX_DEMO.account, baseUrl: emulator.url, retry: fast });
  const networks = async () => {
    const { data } = await client().GET("/network/list");
    return (data as any).networks as { id: number; name: string }[];
  };
  const create = (name: string) =>
    client().POST("/network", { body: { name, password: "harness-password", timezone: "Canada/Central", country_code: "CA" } } as any);
  const creates = (from: number) => emulator.requests.slice(from).filter((r) => r.method === "POST" && r.url.pathname === "/network");

  it("a create that gets a 5xx is sent once and the 5xx is returned", async () => {
    const before = await networks();
    emulator.inject({ kind: "status", status: 503, times: 3, path: "/network", method: "POST" });
    const from = emulator.requests.length;
    const { response } = await create("fault-5xx");
    expect(response.status).toBe(503);
    expect(creates(from)).toHaveLength(1);
    expect(await networks()).toEqual(before);
  });

  it("a create reset mid-response is sent once, throws NetworkError, and the store holds it exactly once", async () => {
    const before = await networks();
    emulator.inject({ kind: "reset", times: 3, path: "/network", method: "POST" });
    const from = emulator.requests.length;
    const error = await create("fault-reset").catch((e) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ attempts: 1 });
    expect(creates(from)).toHaveLength(1);
    const after = await networks();
    expect(after).toHaveLength(before.length + 1);
    expect(after.filter((n) => n.name === "fault-reset")).toHaveLength(1);
  });

  it("a create slower than the attempt timeout is not repeated", async () => {
    emulator.inject({ kind: "slow", ms: 300, times: 3, path: "/network", method: "POST" });
    const from = emulator.requests.length;
    const error = await client().POST("/network", { body: { name: "fault-slow", password: "harness-password", timezone: "UTC", country_code: "US" }, attemptTimeoutMs: 50 } as any).catch((e) => e);
    expect(error).toMatchObject({ name: "TimeoutError", limit: "attempt" });
    expect(creates(from)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 350));
    expect((await networks()).filter((n) => n.name === "fault-slow")).toHaveLength(1);
  });

  it("a read retried after 5xx and a reset uses a new nonce and timestamp signature each attempt", async () => {
    emulator.inject({ kind: "status", status: 500, times: 1, path: "/network/list" });
    emulator.inject({ kind: "reset", times: 1, path: "/network/list" });
    const from = emulator.requests.length;
    const { data, response } = await client().GET("/network/list");
    expect(response.status).toBe(200);
    expect(data).toBeDefined();
    const sent = emulator.requests.slice(from);
    expect(sent).toHaveLength(3);
    const nonces = sent.map((r) => /nonce=([^,\s]+)/.exec(String(r.headers.authorization))?.[1]);
    expect(nonces.every(Boolean)).toBe(true);
    expect(new Set(nonces).size).toBe(3);
    const signatures = sent.map((r) => r.headers.signature);
    expect(new Set(signatures).size).toBe(3);
  });

  it("nothing lost or duplicated: creates interleaved with faulted reads all land once", async () => {
    const before = await networks();
    for (let i = 0; i < 5; i++) {
      emulator.inject({ kind: "status", status: 503, times: 1, path: "/network/list" });
      const { response } = await create(`batch-${i}`);
      expect(response.status).toBe(200);
      expect((await client().GET("/network/list")).response.status).toBe(200);
    }
    const after = await networks();
    expect(after).toHaveLength(before.length + 5);
    for (let i = 0; i < 5; i++) expect(after.filter((n) => n.name === `batch-${i}`)).toHaveLength(1);
  });
});
