// specfirst/sandbox as a user's test suite uses it: startSandbox(), the clients built from
// clientOptions, the request log, the fault controls, reset() and close().
import { createConnection } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { createCloudTraxClient, type CloudTraxClientOptions } from "../../generated/cloudtrax/index.js";
import { createMasheryClient, MasheryNotAuthorizedError } from "../../generated/mashery/index.js";
import { createShadowserverClient, type ShadowserverClientOptions } from "../../generated/shadowserver/index.js";
import { createWatchMouseClient } from "../../generated/watchmouse/index.js";
import { startSandbox } from "../../generated/sandbox.js";
import { TimeoutError } from "../../src/core/errors/index.js";

const fast = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

let sb: Awaited<ReturnType<typeof startSandbox>>;
beforeAll(async () => void (sb = await startSandbox()));
afterAll(() => sb.close());
beforeEach(() => sb.reset());

describe("startSandbox()", () => {
  it("starts every provider on its own free port, with client options typed for each factory", async () => {
    expectTypeOf(sb.shadowserver.clientOptions).toEqualTypeOf<ShadowserverClientOptions>();
    expectTypeOf(sb.cloudtrax.clientOptions).toEqualTypeOf<CloudTraxClientOptions>();
    const ports = new Set([sb.cloudtrax.port, sb.mashery.port, sb.shadowserver.port, sb.watchmouse.port]);
    expect(ports.size).toBe(4);
    expect(sb.shadowserver.baseUrl).toBe(`http://127.0.0.1:${sb.shadowserver.port}`);
    expect(sb.shadowserver.clientOptions).toEqual({ ...sb.shadowserver.credentials, baseUrl: sb.shadowserver.baseUrl });

    const networks = await createCloudTraxClient(sb.cloudtrax.clientOptions).GET("/network/list");
    expect(networks.error).toBeUndefined();
    expect(await createMasheryClient(sb.mashery.clientOptions).rpc("test.hello")).toBe("Hello!");
    const ping = await createShadowserverClient(sb.shadowserver.clientOptions).POST("/test/ping", { body: {} });
    expect(ping.data).toHaveProperty("pong");
    await using watchmouse = createWatchMouseClient(sb.watchmouse.clientOptions);
    expect((await watchmouse.GET("/rule_get", {})).data?.code).toBe(0);
    // The demo token, the other way in.
    const token = createWatchMouseClient({ ...sb.watchmouse.otherCredentials.token, baseUrl: sb.watchmouse.baseUrl });
    expect((await token.GET("/rule_get", {})).data?.code).toBe(0);
    const last = sb.watchmouse.requests.at(-1)!;
    expect(last.url.searchParams.get("nkey")).toBe(sb.watchmouse.otherCredentials.token!.nkey);
    // The log shows where the request was sent, port included.
    expect(last.url.origin).toBe(sb.watchmouse.baseUrl);
  });

  it("refuses a wrong secret, as the real APIs do", async () => {
    const wrong = { ...sb.mashery.clientOptions, secret: "not-the-secret" };
    await expect(createMasheryClient(wrong).rpc("test.hello")).rejects.toBeInstanceOf(MasheryNotAuthorizedError);
    const { response } = await createShadowserverClient({ ...sb.shadowserver.clientOptions, secret: "not-the-secret" }).POST("/test/ping", { body: {} });
    expect(response.status).toBe(401);
  });

  it("starts only the providers asked for, on the ports asked for", async () => {
    const one = await startSandbox({ providers: ["shadowserver"] });
    try {
      expect(Object.keys(one)).toContain("shadowserver");
      expect((one as unknown as Record<string, unknown>).cloudtrax).toBeUndefined();
      // @ts-expect-error a provider that was not started is not in the type either
      void one.cloudtrax;
    } finally {
      await one.close();
    }
  });

  it("says which port is taken", async () => {
    await expect(startSandbox({ providers: ["shadowserver"], ports: { shadowserver: sb.shadowserver.port } })).rejects.toThrow(
      `port ${sb.shadowserver.port} on 127.0.0.1 (shadowserver) is already in use`,
    );
  });
});

describe("sb.requests", () => {
  it("lists what every emulator received, in order, with the provider", async () => {
    await createShadowserverClient(sb.shadowserver.clientOptions).POST("/test/ping", { body: {} });
    await createCloudTraxClient(sb.cloudtrax.clientOptions).GET("/time");
    expect(sb.requests.map((r) => [r.provider, r.method, r.url.pathname, r.status])).toEqual([
      ["shadowserver", "POST", "/test/ping", 200],
      ["cloudtrax", "GET", "/time", 200],
    ]);
    expect(JSON.parse(sb.shadowserver.requests[0]!.text)).toMatchObject({ apikey: sb.shadowserver.credentials.apiKey });
  });

  it("keeps the newest requests only, and only the start of each body", async () => {
    const small = await startSandbox({ providers: ["shadowserver"], emulators: { shadowserver: { maxLoggedRequests: 3, maxLoggedBodyBytes: 16 } } });
    try {
      const client = createShadowserverClient(small.shadowserver.clientOptions);
      for (let i = 0; i < 5; i++) await client.POST("/test/ping", { body: {} });
      expect(small.requests).toHaveLength(3);
      expect(small.requests[0]!.text).toHaveLength(16);
      expect(small.requests[0]!.bodyBytes).toBeGreaterThan(16);
    } finally {
      await small.close();
    }
  });
});

describe("faults", () => {
  const shadowserver = (extra: object = {}) => createShadowserverClient({ ...sb.shadowserver.clientOptions, retry: fast, ...extra });
  const lookup = (client = shadowserver()) => client.GET("/net/asn", { params: { query: { origin: "8.8.8.8" } } } as never);

  it("a burst of 5xx: the client retries through it", async () => {
    sb.inject({ provider: "shadowserver", kind: "status", status: 503, times: 2 });
    expect((await lookup()).response.status).toBe(200);
    expect(sb.shadowserver.requests.map((r) => [r.status, r.fault])).toEqual([[503, "status"], [503, "status"], [200, undefined]]);
  });

  it("429 with Retry-After", async () => {
    sb.shadowserver.inject({ kind: "retry-after", after: "0" });
    expect((await lookup()).response.status).toBe(200);
    expect(sb.shadowserver.requests.map((r) => r.status)).toEqual([429, 200]);
  });

  it("a reset connection mid-answer", async () => {
    sb.shadowserver.inject({ kind: "reset", path: "/net/asn" });
    expect((await lookup()).response.status).toBe(200);
    expect(sb.shadowserver.requests).toHaveLength(2);
  });

  it("a slow answer meets the client's timeout", async () => {
    sb.shadowserver.inject({ kind: "slow", ms: 2_000 });
    await expect(lookup(shadowserver({ timeoutMs: 200, retry: false }))).rejects.toBeInstanceOf(TimeoutError);
  });

  it("clock skew: CloudTrax refuses with 13002 and the client corrects itself with one GET /time", async () => {
    sb.skewClock(20 * 60_000);
    const { error } = await createCloudTraxClient(sb.cloudtrax.clientOptions).GET("/network/list");
    expect(error).toBeUndefined();
    expect(sb.cloudtrax.requests.map((r) => [r.url.pathname, r.status])).toEqual([["/network/list", 401], ["/time", 200], ["/network/list", 200]]);
  });

  it("clock skew beyond Mashery's five minutes is Not Authorized", async () => {
    sb.mashery.skewClock(-10 * 60_000);
    await expect(createMasheryClient(sb.mashery.clientOptions).rpc("test.hello")).rejects.toBeInstanceOf(MasheryNotAuthorizedError);
  });

  it("expired sessions: the WatchMouse client logs in again once and repeats the call", async () => {
    await using client = createWatchMouseClient(sb.watchmouse.clientOptions);
    expect((await client.GET("/rule_get", {})).data?.code).toBe(0);
    expect(sb.expireSessions()).toBe(1);
    expect((await client.GET("/rule_get", {})).data?.code).toBe(0);
    expect(sb.watchmouse.requests.map((r) => r.url.pathname)).toEqual(["/acct_login", "/rule_get", "/rule_get", "/acct_login", "/rule_get"]);
  });

  it("clearFaults() drops the faults not yet played", async () => {
    sb.inject({ kind: "status", status: 500, times: 10 });
    sb.clearFaults();
    expect((await lookup()).response.status).toBe(200);
  });
});

describe("sb.reset()", () => {
  it("brings back the seed data and empties the log, on the same ports", async () => {
    const client = createCloudTraxClient(sb.cloudtrax.clientOptions);
    const body = { name: "reset-me", password: "long-enough-1", timezone: "UTC", country_code: "US" };
    expect((await client.POST("/network", { body })).error).toBeUndefined();
    const port = sb.cloudtrax.port;
    sb.reset();
    expect(sb.requests).toEqual([]);
    expect(sb.cloudtrax.port).toBe(port);
    const { data } = await client.GET("/network/list");
    expect(data!.networks.map((n) => n.name)).not.toContain("reset-me");
  });

  it("gives the emulators' own controls of the fresh state", async () => {
    sb.mashery.settings.keyStatus = "disabled";
    sb.reset();
    expect(sb.mashery.settings.keyStatus).toBe("active");
  });
});

describe("sb.close()", () => {
  it("frees every port", async () => {
    const other = await startSandbox();
    const ports = [other.cloudtrax.port, other.mashery.port, other.shadowserver.port, other.watchmouse.port];
    await other.close();
    for (const port of ports) {
      await expect(new Promise((resolve, reject) => createConnection(port, "127.0.0.1").on("connect", resolve).on("error", reject))).rejects.toMatchObject({ code: "ECONNREFUSED" });
    }
  });
});
