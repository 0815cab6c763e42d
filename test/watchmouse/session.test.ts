import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createWatchMouseClient, WatchMouseError } from "../../generated/watchmouse/index.js";
import { startWatchMouseEmulator, WATCHMOUSE_DEMO, WATCHMOUSE_DEMO_TOKEN, type WatchMouseEmulator } from "../emulators/index.js";
import { MAX_TOKENS_PER_ACCOUNT } from "../../src/providers/watchmouse/emulator/accounts.js";
import { manualClock, MINUTES } from "./clock.js";

let clock: ReturnType<typeof manualClock>;
let emulator: WatchMouseEmulator;
beforeEach(async () => {
  clock = manualClock();
  emulator = await startWatchMouseEmulator({ now: clock.now, maxSessions: 2 });
});
afterEach(() => emulator.close());

const calls = (name: string) => emulator.requests.filter((r) => r.url.pathname === `/${name}`);
const session = (options: { keepAlive?: boolean | number; fetch?: (request: Request) => Promise<Response> } = {}) =>
  createWatchMouseClient({ ...WATCHMOUSE_DEMO, baseUrl: emulator.url, ...options });

describe("WatchMouse session mode", () => {
  it("logs in on the first call, sends the nkey on every call, and logs out", async () => {
    const client = session();
    expect(emulator.requests).toHaveLength(0); // lazy: creating the client calls nothing

    const { data, error } = await client.GET("/rule_get", { params: { query: { folder: "Production" } } });
    expect(error).toBeUndefined();
    expect(data!.result!.rules.map((r) => r.name)).toEqual(["Shop homepage", "Checkout API"]);
    await client.GET("/fldr_get");

    expect(emulator.requests.map((r) => r.url.pathname)).toEqual(["/acct_login", "/rule_get", "/fldr_get"]);
    expect(calls("acct_login")[0]!.url.searchParams.get("user")).toBe(WATCHMOUSE_DEMO.user);
    const nkey = calls("rule_get")[0]!.url.searchParams.get("nkey");
    expect(nkey).toMatch(/^[0-9a-f]{32}$/);
    expect(calls("fldr_get")[0]!.url.searchParams.get("nkey")).toBe(nkey);
    expect(calls("acct_login")).toHaveLength(1);
    expect(emulator.openSessions(WATCHMOUSE_DEMO.user)).toBe(1);

    await client.logout();
    expect(calls("acct_logout")[0]!.url.searchParams.get("nkey")).toBe(nkey);
    expect(emulator.openSessions(WATCHMOUSE_DEMO.user)).toBe(0);
    await client.logout(); // nothing left to end: no second acct_logout
    expect(calls("acct_logout")).toHaveLength(1);
  });

  it("shares one login among 50 concurrent first calls", async () => {
    const client = session();
    const results = await Promise.all(Array.from({ length: 50 }, () => client.GET("/cp_get_limit")));
    expect(results.every((r) => r.data?.code === 0)).toBe(true);
    expect(calls("acct_login")).toHaveLength(1);
    await client.logout();
  });

  it("logs in again exactly once when 50 concurrent calls find the session expired, and retries each once", async () => {
    const client = session();
    await client.GET("/cp_get_limit");
    clock.advance(16 * MINUTES);

    const results = await Promise.all(Array.from({ length: 50 }, () => client.GET("/rule_get")));
    expect(results.map((r) => r.error)).toEqual(Array(50).fill(undefined));
    expect(results.every((r) => r.data?.code === 0)).toBe(true);
    expect(calls("acct_login")).toHaveLength(2); // the first login and the single re-login
    expect(calls("rule_get")).toHaveLength(100); // each call: refused once, then retried once
    expect(emulator.openSessions(WATCHMOUSE_DEMO.user)).toBe(1); // the expired session no longer counts
    await client.logout();
  });

  it("keeps a session that is used within 15 minutes", async () => {
    const client = session();
    for (let i = 0; i < 4; i++) {
      expect((await client.GET("/cp_get_limit")).error).toBeUndefined();
      clock.advance(14 * MINUTES);
    }
    expect(calls("acct_login")).toHaveLength(1);
    await client.logout();
  });

  it("returns a typed 1003 error when the account has no session left, and succeeds once one is free", async () => {
    const first = session();
    const second = session();
    await first.GET("/cp_get_limit");
    await second.GET("/cp_get_limit");

    const third = session();
    const { data, error, response } = await third.GET("/rule_get");
    expect(data).toBeUndefined();
    expect(response.status).toBe(403);
    expect(error).toMatchObject({ code: WatchMouseError.AccountLimitExceeded, error: "account limit exceeded", info: expect.stringMatching(/maximum of 2 concurrent sessions/) });
    expect(calls("rule_get")).toHaveLength(0); // the call itself was never sent without a session

    await first.logout();
    expect((await third.GET("/rule_get")).error).toBeUndefined(); // a full session table is not final
    await Promise.all([second.logout(), third.logout()]);
  });

  it("returns a typed 1000 error for a wrong password, does not log in again, and never shows the password", async () => {
    const password = "not-the-api-password";
    const client = createWatchMouseClient({ user: WATCHMOUSE_DEMO.user, password, baseUrl: emulator.url });
    const { error, response } = await client.GET("/rule_get");
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ code: WatchMouseError.AuthenticationError, info: "wrong credentials" });
    expect(JSON.stringify(error)).not.toContain(password);

    // Wrong credentials are final: the password is not sent again (repeated failures lock the API password).
    expect((await client.GET("/fldr_get")).response.status).toBe(401);
    expect(calls("acct_login")).toHaveLength(1);
    await expect(client.credits()).rejects.toThrow(/^WatchMouse acct_credits failed with code 1000 \(authentication error\): wrong credentials$/);
    await client.logout();
    expect(calls("acct_logout")).toHaveLength(0);
  });

  it("tells a locked API password apart, as the API does", async () => {
    for (let i = 0; i < 5; i++) await createWatchMouseClient({ user: WATCHMOUSE_DEMO.user, password: `wrong-${i}`, baseUrl: emulator.url }).GET("/cp_get_limit");
    const { error } = await session().GET("/cp_get_limit");
    expect(error).toMatchObject({ code: 1000, info: "account locked, login on website to unlock" });
  });

  it("logs out at the end of an `await using` block", async () => {
    {
      await using scoped = session();
      expect((await scoped.GET("/cp_get_limit")).error).toBeUndefined();
      expect(emulator.openSessions(WATCHMOUSE_DEMO.user)).toBe(1);
    }
    expect(calls("acct_logout")).toHaveLength(1);
    expect(emulator.openSessions(WATCHMOUSE_DEMO.user)).toBe(0);
  });

  it("logs in again after logout() when the client is used once more", async () => {
    const client = session();
    await client.GET("/cp_get_limit");
    await client.logout();
    expect((await client.GET("/cp_get_limit")).error).toBeUndefined();
    expect(calls("acct_login")).toHaveLength(2);
    await client.logout();
  });

  it("sends an nkey passed explicitly as given, without logging in or retrying", async () => {
    const client = session();
    const { error, response } = await client.GET("/cp_get_limit", { params: { query: { nkey: "0000" } } });
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ code: 1000, info: "invalid session key" });
    expect(calls("acct_login")).toHaveLength(0);
    expect(calls("cp_get_limit")).toHaveLength(1);
  });

});

describe("WatchMouse keep-alive", () => {
  afterEach(() => vi.useRealTimers());

  it("sends acct_noop after 10 idle minutes, so the session outlives the 15-minute limit", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    let noopAnswered!: () => void;
    const noop = new Promise<void>((resolve) => (noopAnswered = resolve));
    const client = session({
      keepAlive: true,
      fetch: async (request) => {
        const response = await fetch(request);
        if (new URL(request.url).pathname === "/acct_noop") noopAnswered();
        return response;
      },
    });
    await client.GET("/cp_get_limit");

    clock.advance(10 * MINUTES);
    await vi.advanceTimersByTimeAsync(10 * MINUTES);
    await noop;
    expect(calls("acct_noop")).toHaveLength(1);

    clock.advance(10 * MINUTES); // 20 minutes after the last real call, 10 after the noop
    expect((await client.GET("/cp_get_limit")).error).toBeUndefined();
    expect(calls("acct_login")).toHaveLength(1);

    await client.logout();
    await vi.advanceTimersByTimeAsync(60 * MINUTES);
    expect(calls("acct_noop")).toHaveLength(1); // logout stopped the keep-alive
  });

  it("uses a timer that does not keep the process alive", async () => {
    const spy = vi.spyOn(globalThis, "setTimeout");
    const client = session({ keepAlive: 5 * MINUTES });
    await client.GET("/cp_get_limit");
    const timer = spy.mock.results[spy.mock.calls.findIndex(([, delay]) => delay === 5 * MINUTES)]?.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    await client.logout();
    spy.mockRestore();
  });

  it("rejects a keep-alive interval that is not a positive duration", () => {
    expect(() => session({ keepAlive: -1 })).toThrow(/keepAlive must be true or a positive number/);
  });
});

describe("WatchMouse permanent token mode", () => {
  it("uses the token as nkey on every call, without a login, a session or a logout", async () => {
    const client = createWatchMouseClient({ nkey: WATCHMOUSE_DEMO_TOKEN, baseUrl: emulator.url });
    expect((await client.GET("/rule_get")).error).toBeUndefined();
    clock.advance(24 * 60 * MINUTES); // a token does not idle out
    expect((await client.GET("/fldr_get")).error).toBeUndefined();
    await client.logout();

    expect(calls("acct_login")).toHaveLength(0);
    expect(calls("acct_logout")).toHaveLength(0);
    expect(emulator.requests.map((r) => r.url.searchParams.get("nkey"))).toEqual([WATCHMOUSE_DEMO_TOKEN, WATCHMOUSE_DEMO_TOKEN]);
    expect(emulator.openSessions(WATCHMOUSE_DEMO.user)).toBe(0);
  });

  it("works with a token made by acct_token", async () => {
    const { data } = await createWatchMouseClient({ baseUrl: emulator.url }).GET("/acct_token", { params: { query: WATCHMOUSE_DEMO } });
    const client = createWatchMouseClient({ nkey: data!.result!.nkey, baseUrl: emulator.url });
    expect((await client.GET("/cp_get_limit")).data?.result).toEqual({ max: "30", current: "12" });
  });

  it(`keeps the newest ${MAX_TOKENS_PER_ACCOUNT} tokens of an account: older ones are refused, the demo token never is`, async () => {
    const anonymous = createWatchMouseClient({ baseUrl: emulator.url });
    const issued: string[] = [];
    for (let i = 0; i < MAX_TOKENS_PER_ACCOUNT + 5; i++) issued.push((await anonymous.GET("/acct_token", { params: { query: WATCHMOUSE_DEMO } })).data!.result!.nkey);
    const limit = (nkey: string) => createWatchMouseClient({ nkey, baseUrl: emulator.url }).GET("/cp_get_limit");

    expect((await limit(issued[0]!)).error).toMatchObject({ code: WatchMouseError.AuthenticationError });
    expect((await limit(issued[4]!)).error).toMatchObject({ code: WatchMouseError.AuthenticationError });
    expect((await limit(issued[5]!)).error).toBeUndefined(); // the oldest token still kept
    expect((await limit(issued.at(-1)!)).error).toBeUndefined();
    expect((await limit(WATCHMOUSE_DEMO_TOKEN)).error).toBeUndefined();
  });

  it("returns a refused token as a typed 1000 error, once, without the token in it", async () => {
    const token = "ffffffffffffffffffffffffffffffff";
    const client = createWatchMouseClient({ nkey: token, baseUrl: emulator.url });
    const { error, response } = await client.GET("/rule_get");
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ code: 1000 });
    expect(JSON.stringify(error)).not.toContain(token);
    expect(emulator.requests).toHaveLength(1);
    await expect(client.credits()).rejects.toThrow(expect.objectContaining({ name: "WatchMouseApiError", code: 1000, message: expect.not.stringContaining(token) }));
  });
});
