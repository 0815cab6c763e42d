// Input that is well-formed but built to make an emulator work without end or store what it cannot
// answer: LIKE patterns of many wildcards, JSON nested far deeper than any API document. All
// emulators share one process, so each must be answered at once and leave the others serving.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCloudTraxClient } from "../../generated/cloudtrax/index.js";
import { createMasheryClient, MasheryRpcError } from "../../generated/mashery/index.js";
import { createShadowserverClient } from "../../generated/shadowserver/index.js";
import { startSandbox } from "../../generated/sandbox.js";
import { MAX_JSON_DEPTH } from "../../src/sandbox/json-body.js";
import { matchesLike } from "../../src/sandbox/like.js";
import { listen } from "../../src/sandbox/server.js";
import { FaultQueue } from "../../src/sandbox/faults.js";
import { RequestLog } from "../../src/sandbox/request-log.js";

let sb: Awaited<ReturnType<typeof startSandbox>>;
beforeAll(async () => void (sb = await startSandbox()));
afterAll(() => sb.close());

/** `{"d":{"d":…{}}}`, `levels` objects deep. */
const nested = (levels: number): object => (levels === 0 ? {} : { d: nested(levels - 1) });
const WILDCARDS = "%".repeat(30);

describe("LIKE patterns", () => {
  it("matchesLike agrees with SQL LIKE as a regular expression on small inputs", () => {
    const oracle = (text: string, pattern: string) =>
      new RegExp(`^${[...pattern].map((c) => (c === "%" ? ".*" : c === "_" ? "." : c)).join("")}$`, "is").test(text);
    fc.assert(
      fc.property(fc.stringMatching(/^[abAB]{0,8}$/), fc.stringMatching(/^[ab%_]{0,6}$/), (text, pattern) => {
        expect(matchesLike(text, pattern)).toBe(oracle(text, pattern));
      }),
      { numRuns: 2000 },
    );
  });

  it(`Mashery MQL: WHERE email LIKE '${WILDCARDS.slice(0, 6)}…z' (30 wildcards) is answered at once`, { timeout: 10_000 }, async () => {
    const mashery = createMasheryClient(sb.mashery.clientOptions);
    const result = await mashery.rpc("object.query", [`SELECT * FROM members WHERE email LIKE '${WILDCARDS}z'`]);
    expect(result.items).toEqual([]);
    const all = await mashery.rpc("object.query", [`SELECT * FROM members WHERE email LIKE '${WILDCARDS}'`]);
    expect(all.items.length).toBeGreaterThan(0);
  });

  it("CloudTrax: GET /network/search?by_name=%%%…q (30 wildcards) is answered at once", { timeout: 10_000 }, async () => {
    const cloudtrax = createCloudTraxClient(sb.cloudtrax.clientOptions);
    const none = await cloudtrax.GET("/network/search", { params: { query: { by_name: `${WILDCARDS}q` } } });
    expect(none.error).toBeUndefined();
    expect(none.data?.networks).toEqual([]);
    const some = await cloudtrax.GET("/network/search", { params: { query: { by_name: `${WILDCARDS}a${WILDCARDS}` } } });
    expect(some.data?.networks.length).toBeGreaterThan(0);
  });
});

describe("a very long MQL statement", () => {
  it("30,000 conditions joined by AND get a JSON-RPC error naming the limit, not an emulator failure", { timeout: 10_000 }, async () => {
    const mashery = createMasheryClient({ ...sb.mashery.clientOptions, retry: false });
    const where = Array.from({ length: 30_000 }, () => "status = 'active'").join(" AND ");
    const error = await mashery.rpc("object.query", [`SELECT * FROM keys WHERE ${where}`]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MasheryRpcError);
    expect((error as Error).message).toContain("more than 2000 words and symbols");
  });
});

describe(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`, () => {
  it("CloudTrax refuses it with its error (nothing stored), and network/list keeps answering", async () => {
    const cloudtrax = createCloudTraxClient({ ...sb.cloudtrax.clientOptions, retry: false });
    const body = { name: "poison-net", password: "longenough1", timezone: "Europe/Paris", country_code: "FR", extra: nested(MAX_JSON_DEPTH + 10) };
    const { error, response } = await cloudtrax.POST("/network", { body } as never);
    expect(response.status).toBe(400);
    expect(JSON.stringify(error)).toContain(`nested deeper than ${MAX_JSON_DEPTH} levels`);
    const list = await cloudtrax.GET("/network/list");
    expect(list.response.status).toBe(200);
    expect(list.data?.networks.map((n) => n.name)).not.toContain("poison-net");
    // As deep as the bound allows is still taken.
    const within = await cloudtrax.POST("/network", { body: { ...body, name: "deep-but-fine", extra: nested(MAX_JSON_DEPTH - 2) } } as never);
    expect(within.response.status).toBe(200);
  });

  it("Mashery answers a JSON-RPC -32600 with the reason", async () => {
    const mashery = createMasheryClient({ ...sb.mashery.clientOptions, retry: false });
    const { data, error } = await mashery.POST("/json-rpc/{site_id}", { body: { method: "test.echo", params: [nested(MAX_JSON_DEPTH + 10)], id: 1 } } as never);
    expect(JSON.stringify(data ?? error)).toMatch(/-32600.*nested deeper than 64 levels/);
  });

  it("Shadowserver refuses it with a 400 naming the reason", async () => {
    const shadowserver = createShadowserverClient({ ...sb.shadowserver.clientOptions, retry: false });
    const { error, response } = await shadowserver.POST("/test/ping", { body: { deep: nested(MAX_JSON_DEPTH + 10) } } as never);
    expect(response.status).toBe(400);
    expect(JSON.stringify(error)).toContain(`request body is JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
  });
});

describe("an answer that cannot be encoded", () => {
  it("is answered with the emulator's 500, not a dropped connection", async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const server = await listen(
      { routes: [], app: () => ({ handle: () => ({ status: 200, body: cyclic }) }), log: new RequestLog(), faults: new FaultQueue(), maxBodyBytes: 1024 },
      { port: 0, host: "127.0.0.1" },
    );
    try {
      const response = await fetch(`${server.url}/anything`);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: expect.stringMatching(/^emulator failure: the answer could not be encoded/) });
    } finally {
      await server.close();
    }
  });
});
