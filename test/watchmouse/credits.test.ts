import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { createWatchMouseClient, WatchMouseError } from "../../generated/watchmouse/index.js";
import { operationCatalog as operationTable } from "../../generated/watchmouse/catalog.js";
import { startWatchMouseEmulator, WATCHMOUSE_DEMO, type WatchMouseEmulator } from "../emulators/index.js";

let emulator: WatchMouseEmulator;
afterEach(() => emulator.close());

const calls = (name: string) => emulator.requests.filter((r) => r.url.pathname === `/${name}`);
const price = (path: string) => operationTable.operations.find((op) => op.path === path)!.credits ?? {};

describe("WatchMouse credits", () => {
  beforeEach(async () => void (emulator = await startWatchMouseEmulator()));

  it("credits() returns the balances as numbers", async () => {
    await using client = createWatchMouseClient({ ...WATCHMOUSE_DEMO, baseUrl: emulator.url });
    const credits = await client.credits();
    expectTypeOf(credits).toEqualTypeOf<{ sms: number; api: number; check: number }>();
    expect(credits).toEqual({ sms: 250, api: 18420, check: 9650 });
    expect(credits).toEqual(emulator.balances(WATCHMOUSE_DEMO.user));
  });

  it("has the documented prices at run time, in the operation table", () => {
    expect(price("/rule_get")).toEqual({ api: 1 });
    expect(price("/cp_check")).toEqual({ api: 0, check: 1 });
    expect(price("/acct_logout")).toEqual({ api: 0 });
    expect(operationTable.operations.find((op) => op.path === "/acct_login")!.credits).toBeUndefined(); // price not documented
  });

  it("goes down by the documented price of each call", async () => {
    await using client = createWatchMouseClient({ ...WATCHMOUSE_DEMO, baseUrl: emulator.url });
    const before = await client.credits();
    await client.GET("/rule_get");
    await client.GET("/fldr_get");
    await client.GET("/rule_log", { params: { query: { name: "Shop homepage" } } });
    await client.GET("/cp_get_limit");
    await client.GET("/cp_check", { params: { query: { host: "www.example.com" } } });
    const after = await client.credits();

    const spent = ["/rule_get", "/fldr_get", "/rule_log", "/cp_get_limit", "/cp_check"].map(price);
    const sum = (type: "api" | "check") => spent.reduce((n, p) => n + (p[type] ?? 0), 0);
    expect(before.api - after.api).toBe(sum("api"));
    expect(before.check - after.check).toBe(sum("check"));
    expect([sum("api"), sum("check")]).toEqual([3, 1]);
  });
});

describe("WatchMouse insufficient credits (1009)", () => {
  beforeEach(async () => void (emulator = await startWatchMouseEmulator({ accounts: [{ ...WATCHMOUSE_DEMO, balances: { api: 1 } }] })));

  it("is a typed 402 error that is never retried, and charges nothing", async () => {
    await using client = createWatchMouseClient({ ...WATCHMOUSE_DEMO, baseUrl: emulator.url });
    expect((await client.GET("/rule_get")).error).toBeUndefined();
    const { data, error, response } = await client.GET("/rule_get");
    expect(data).toBeUndefined();
    expect(response.status).toBe(402);
    expect(error).toMatchObject({ code: WatchMouseError.InsufficientCredits, info: "not enough api credits (1 needed, 0 left)" });
    expect(calls("rule_get")).toHaveLength(2);
    expect(calls("acct_login")).toHaveLength(1);
    expect((await client.credits()).api).toBe(0);
    // Free calls still work.
    expect((await client.GET("/cp_get_limit")).error).toBeUndefined();
  });
});
