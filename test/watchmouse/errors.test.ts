import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createWatchMouseClient, describeWatchMouseError, WatchMouseError, type WatchMouseClient } from "../../generated/watchmouse/index.js";
import { statusOfCode } from "../../src/providers/watchmouse/envelope.js";
import { loadSpec } from "../emulators/index.js";
import { json, startServer } from "../runtime/servers.js";
import { startWatchMouseEmulator, WATCHMOUSE_DEMO, type WatchMouseEmulator } from "../emulators/index.js";

const spec = loadSpec("watchmouse");
let emulator: WatchMouseEmulator;
let client: WatchMouseClient;
beforeAll(async () => {
  emulator = await startWatchMouseEmulator();
  client = createWatchMouseClient({ ...WATCHMOUSE_DEMO, baseUrl: emulator.url });
});
afterAll(async () => {
  await client.logout();
  await emulator.close();
});

describe("WatchMouse error codes", () => {
  it("names every code of the spec's x-error-codes in the generated module", () => {
    const documented = spec["x-error-codes"].map((e: { code: number; name: string }) => [e.name, e.code]);
    expect(Object.entries(WatchMouseError)).toEqual(documented);
    expect(describeWatchMouseError(1008)).toEqual([{ code: 1008, name: "SessionExpired", message: "session expired" }]);
  });

  it("maps each code to the documented HTTP-like status", () => {
    const statuses = Object.fromEntries(Object.values(WatchMouseError).filter((c) => c !== 0).map((code) => [code, statusOfCode(code)]));
    expect(statuses).toEqual({
      1000: 401, 1001: 400, 1002: 404, 1003: 403, 1004: 400, 1005: 409, 1006: 403, 1007: 403, 1008: 401,
      1009: 402, 1010: 400, 1011: 400, 1012: 400, 1013: 400, 1014: 403, 1015: 403, 1016: 403, 1017: 400, 9999: 400,
    });
  });

  it("returns a non-zero code as a typed error carrying the envelope, never as data", async () => {
    const { data, error, response } = await client.GET("/rule_mod", { params: { query: { name: "No such rule", active: "n" } } });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    // Typed by the spec's 4XX response, the ErrorEnvelope: `error` (the code's text) is always there.
    expectTypeOf(error!.code).toEqualTypeOf<number>();
    expectTypeOf(error!.error).toEqualTypeOf<string>();
    expect(error).toEqual({ version: "8.2.10b", code: 1002, error: "undefined name or id", info: 'no rule named "No such rule"', tz: "America/New_York", gmtoffset: "-5", elapsed: expect.any(String) });
  });

  it("passes on the emulator's parameter checks: an illegal value is 1013 (400)", async () => {
    const { error, response } = await client.GET("/rule_mod", { params: { query: { name: "Shop homepage", interval: "5 minutes" } } });
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ code: WatchMouseError.IllegalParameterValue, info: expect.stringContaining('"interval"') });
  });

  it("a parameter the call does not have is 1001 (400)", async () => {
    const { error } = await client.GET("/cp_get_limit", { params: { query: { colour: "red" } as never } });
    expect(error).toMatchObject({ code: WatchMouseError.CallSyntaxError, info: 'cp_get_limit has no parameter "colour"' });
  });

  it("asks for JSON even when a caller asks for XML or JSONP", async () => {
    const { data } = await client.GET("/cp_list", { params: { query: { view: "xml", callback: "show" } } });
    expect(data?.result?.checkpoints).toHaveLength(2);
    const sent = emulator.requests.at(-1)!.url.searchParams;
    expect([sent.get("view"), sent.has("callback")]).toEqual(["json", false]);
  });
});

describe("WatchMouse rules and folders (stored by the emulator)", () => {
  it("rule_mod changes what rule_get and fldr_get report; a duplicate name is 1005 (409)", async () => {
    expect((await client.GET("/rule_mod", { params: { query: { name: "Checkout API", newname: "Checkout API v2", active: "n", interval: "00:10:00" } } })).error).toBeUndefined();
    const { data } = await client.GET("/rule_get", { params: { query: { name: "Checkout API v2" } } });
    expect(data?.result?.rules).toEqual([expect.objectContaining({ name: "Checkout API v2", active: "n", interval: "00:10:00", rid: "412090" })]);
    expect(data?.result?.active).toBe("1");
    expect((await client.GET("/rule_get", { params: { query: { name: "Checkout API" } } })).data?.result?.rules).toEqual([]);

    const duplicate = await client.GET("/rule_mod", { params: { query: { name: "Checkout API v2", newname: "Shop homepage" } } });
    expect(duplicate.response.status).toBe(409);
    expect(duplicate.error?.code).toBe(WatchMouseError.DuplicateEntry);
  });

  it("filters rules by tags (any / all) and errors only", async () => {
    const names = async (query: Record<string, string>) => (await client.GET("/rule_get", { params: { query } })).data?.result?.rules.map((r) => r.name);
    expect(await names({ tags: "api,frontend" })).toHaveLength(2);
    expect(await names({ tags: "shop,api", tags_req: "all" })).toEqual(["Checkout API v2"]);
    expect(await names({ errorsonly: "y" })).toEqual(["Checkout API v2"]);
  });

  it("counts the rules of each folder", async () => {
    const { data } = await client.GET("/fldr_get");
    expect(data?.result?.folders.map((f) => [f.name, f.rulecount, f.triggered])).toEqual([
      ["Production", "2", "1"],
      ["Staging", "0", "0"],
    ]);
  });
});

describe("the response of a WatchMouse error", () => {
  it("keeps the answer's headers and URL: only the status and the re-encoded body are the client's", async () => {
    const envelope = { code: 1002, error: "undefined name or id", info: "rule 'x' not found" };
    const server = await startServer((_, res) => json(res, 200, envelope, { "X-Request-Id": "req-4711", "X-RateLimit-Remaining": "41" }));
    try {
      const { error, response } = await createWatchMouseClient({ nkey: "wm-token-0123456789", baseUrl: server.url }).GET("/rule_mod", { params: { query: { name: "x" } } });
      expect(error).toEqual(envelope);
      expect(response.status).toBe(404);
      expect(response.url).toBe(`${server.url}/rule_mod?name=x&view=json&nkey=wm-token-0123456789`);
      expect(response.headers.get("x-request-id")).toBe("req-4711");
      expect(response.headers.get("x-ratelimit-remaining")).toBe("41");
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(response.headers.get("content-length")).toBeNull();
      expect(await response.json()).toEqual(envelope);
    } finally {
      await server.close();
    }
  });
});
