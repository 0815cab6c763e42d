import { request as httpRequest } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createWatchMouseClient, WatchMouseError } from "../../generated/watchmouse/index.js";
import { startWatchMouseEmulator, type WatchMouseEmulator } from "../emulators/index.js";
import { manualClock, MINUTES } from "./clock.js";

let clock: ReturnType<typeof manualClock>;
let emulator: WatchMouseEmulator;
beforeEach(async () => {
  clock = manualClock();
  emulator = await startWatchMouseEmulator({ now: clock.now });
});
afterEach(() => emulator.close());

const calls = (name: string) => emulator.requests.filter((r) => r.url.pathname === `/${name}`);
const anonymous = () => createWatchMouseClient({ baseUrl: emulator.url });

/** A raw GET from another local address (127.0.0.2), as a different machine would call. */
function getFrom(localAddress: string, path: string): Promise<{ code: number; info: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, emulator.url);
    httpRequest({ host: url.hostname, port: url.port, path: url.pathname + url.search, localAddress }, (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve(JSON.parse(text)));
    })
      .on("error", reject)
      .end();
  });
}

describe("WatchMouse anonymous mode", () => {
  it("calls without a key, keeps the anonymous nkey the API sets as a cookie, and sends it afterwards", async () => {
    const client = anonymous();
    expect((await client.GET("/cp_list")).data?.code).toBe(0);
    expect((await client.GET("/cp_check", { params: { query: { host: "www.example.com" } } })).data?.code).toBe(0);
    expect((await client.GET("/info_ip")).data?.code).toBe(0);

    const [first, ...later] = emulator.requests;
    expect(first!.url.searchParams.has("nkey")).toBe(false);
    const key = later[0]!.url.searchParams.get("nkey");
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(later.map((r) => r.url.searchParams.get("nkey"))).toEqual([key, key]);
    expect(calls("acct_login")).toHaveLength(0);
  });

  it("spends the 50 daily credits, then gets 1009, which is never retried, until the next day", async () => {
    const client = anonymous();
    expect(await client.credits()).toEqual({ sms: 0, api: 50, check: 50 });
    for (let i = 0; i < 50; i++) expect((await client.GET("/cp_check", { params: { query: { host: "www.example.com" } } })).error).toBeUndefined();
    expect(await client.credits()).toEqual({ sms: 0, api: 0, check: 0 });

    const { data, error, response } = await client.GET("/cp_check", { params: { query: { host: "www.example.com" } } });
    expect(data).toBeUndefined();
    expect(response.status).toBe(402);
    expect(error).toMatchObject({ code: WatchMouseError.InsufficientCredits, error: "insufficient credits", info: expect.stringContaining("not enough check credits") });
    expect(calls("cp_check")).toHaveLength(51); // the refused call was sent once
    expect(calls("acct_login")).toHaveLength(0);

    clock.advance(24 * 60 * MINUTES);
    expect((await client.GET("/cp_check", { params: { query: { host: "www.example.com" } } })).error).toBeUndefined();
    expect(await client.credits()).toEqual({ sms: 0, api: 49, check: 49 });
  });

  it("charges a browser check 5 of the 50 credits, as documented", async () => {
    const client = anonymous();
    await client.GET("/cp_check", { params: { query: { host: "www.example.com", type: "browser" } } });
    expect((await client.credits()).check).toBe(45);
  });

  it("cannot use calls that need a login: a typed 1000 error, no login attempted", async () => {
    const client = anonymous();
    await client.GET("/cp_list");
    const { error, response } = await client.GET("/rule_get");
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ code: WatchMouseError.AuthenticationError, info: expect.stringContaining("not available anonymously") });
    expect(calls("acct_login")).toHaveLength(0);
  });

  it("binds the anonymous key to the caller's address (emulator)", async () => {
    const client = anonymous();
    await client.GET("/cp_list");
    await client.GET("/cp_list");
    const [first, second] = calls("cp_list");
    expect(first!.remoteAddress).toBe("127.0.0.1");
    const key = second!.url.searchParams.get("nkey");
    expect(await getFrom("127.0.0.2", `/cp_list?view=json&nkey=${key}`)).toMatchObject({ code: 1000, info: "this anonymous key belongs to another address" });
    expect(await getFrom("127.0.0.1", `/cp_list?view=json&nkey=${key}`)).toMatchObject({ code: 0 });
  });
});
