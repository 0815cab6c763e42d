// Aborts and total timeouts end a call at once also while the provider's strategy waits on a
// request of its own: WatchMouse's acct_login, CloudTrax's GET /time after a 13002 answer.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CloudTraxError, createCloudTraxClient } from "../../generated/cloudtrax/index.js";
import { createWatchMouseClient } from "../../generated/watchmouse/index.js";
import { SpecfirstError, TimeoutError } from "../../src/core/errors/index.js";
import { CLOUDTRAX_DEMO, startCloudTraxEmulator, startWatchMouseEmulator, WATCHMOUSE_DEMO, type RunningEmulator, type WatchMouseEmulator } from "../emulators/index.js";

// Far longer than any bound below, and longer than the default total timeout of the strategy's own request.
const HANG_MS = 120_000;
const MINUTE = 60_000;

const settle = (promise: Promise<unknown>) => promise.then(() => "resolved" as const, (error: unknown) => error);
/** What `promise` settled with, or "still pending" after `ms`: a call that does not end fails the test at once, not at the test's timeout. */
function within(ms: number, promise: Promise<unknown>): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise((resolve) => (timer = setTimeout(() => resolve("still pending"), ms)));
  return Promise.race([settle(promise), late]).finally(() => clearTimeout(timer));
}
const paths = (emulator: RunningEmulator) => emulator.requests.map((r) => r.url.pathname);
/** Resolves once the emulator has received a request for `path` (and is now sitting on it). */
const received = (emulator: RunningEmulator, path: string) => vi.waitFor(() => expect(paths(emulator)).toContain(path), { timeout: 2000, interval: 5 });

/** Starts a call, aborts it once the strategy's own request to `waitPath` is held, and checks that the call rejects at once with the signal's reason. */
async function expectAbortWhileWaiting(emulator: RunningEmulator, waitPath: string, start: (signal: AbortSignal) => Promise<unknown>): Promise<void> {
  const controller = new AbortController();
  const started = Date.now();
  const call = start(controller.signal);
  await received(emulator, waitPath);
  controller.abort(new Error("user left"));
  expect(await within(1000, call)).toMatchObject({ message: "user left" });
  expect(Date.now() - started).toBeLessThan(1000);
}

/** Checks that a call with `timeoutMs: 300` rejects on time with the total-timeout TimeoutError naming its operation. */
async function expectTotalTimeout(call: Promise<unknown>, where: { provider: string; operation: string }): Promise<void> {
  const started = Date.now();
  const error = await within(1500, call);
  expect(error).toBeInstanceOf(TimeoutError);
  expect(error).toBeInstanceOf(SpecfirstError);
  expect(error).toMatchObject({ limit: "total", timeoutMs: 300, ...where });
  expect(Date.now() - started).toBeLessThan(1500);
}

describe("WatchMouse: while acct_login hangs", () => {
  let emulator: WatchMouseEmulator;
  beforeEach(async () => {
    emulator = await startWatchMouseEmulator();
    // The first acct_login is held far longer than the test runs; later ones are answered.
    emulator.inject({ kind: "slow", ms: HANG_MS, path: "/acct_login" });
  });
  afterEach(() => emulator.close());

  const session = () => createWatchMouseClient({ ...WATCHMOUSE_DEMO, baseUrl: emulator.url });

  it("aborting the call rejects at once with the signal's reason", async () => {
    await expectAbortWhileWaiting(emulator, "/acct_login", (signal) => session().GET("/rule_get", { signal }));
    expect(paths(emulator)).toEqual(["/acct_login"]); // the call itself was never sent
  });

  it("a call's timeoutMs rejects with a TimeoutError on time", async () => {
    await expectTotalTimeout(session().GET("/rule_get", { timeoutMs: 300 }), { provider: "watchmouse", operation: "GET /rule_get" });
    expect(paths(emulator)).toEqual(["/acct_login"]);
  });

  // The aborted call's acct_login is cancelled once no caller waits on it (shared-flight.ts): the next call logs in afresh.
  it("after an aborted call, the next call of the same client logs in and succeeds", async () => {
    const client = session();
    await expectAbortWhileWaiting(emulator, "/acct_login", (signal) => client.GET("/rule_get", { signal }));

    // acct_login answers again; the abandoned login must not hold (or fail) the calls after it.
    const later = client.GET("/rule_get", { timeoutMs: 2000 });
    expect(await within(1000, later)).toBe("resolved");
    const { data, error } = await later;
    expect(error).toBeUndefined();
    expect(data?.code).toBe(0);
    expect(paths(emulator)).toEqual(["/acct_login", "/acct_login", "/rule_get"]);
  });
});

describe("CloudTrax: while the GET /time after a 13002 answer hangs", () => {
  let emulator: RunningEmulator;
  beforeEach(async () => {
    emulator = await startCloudTraxEmulator();
    // The server's clock is 20 minutes ahead: every request signed with the local clock gets 13002.
    emulator.skewClock(20 * MINUTE);
    // The first GET /time is held far longer than the test runs; later ones are answered.
    emulator.inject({ kind: "slow", ms: HANG_MS, path: "/time" });
  });
  afterEach(() => emulator.close());

  const client = () => createCloudTraxClient({ ...CLOUDTRAX_DEMO.account, baseUrl: emulator.url });

  it("aborting the call rejects at once with the signal's reason", async () => {
    await expectAbortWhileWaiting(emulator, "/time", (signal) => client().GET("/network/list", { signal }));
    expect(paths(emulator)).toEqual(["/network/list", "/time"]); // refused once, then no resend
  });

  it("a call's timeoutMs rejects with a TimeoutError on time", async () => {
    await expectTotalTimeout(client().GET("/network/list", { timeoutMs: 300 }), { provider: "cloudtrax", operation: "GET /network/list" });
    expect(paths(emulator)).toEqual(["/network/list", "/time"]);
  });

  // The aborted call's GET /time is cancelled once no caller waits on it (shared-flight.ts): the next call looks up afresh.
  it("after an aborted call, the next call of the same client corrects its clock and succeeds", async () => {
    const ct = client();
    await expectAbortWhileWaiting(emulator, "/time", (signal) => ct.GET("/network/list", { signal }));

    // GET /time answers again; the abandoned look-up must not hold (or fail) the calls after it.
    const later = ct.GET("/network/list", { timeoutMs: 2000 });
    expect(await within(1000, later)).toBe("resolved");
    const { data, error } = await later;
    expect(error?.errors[0]?.code).not.toBe(CloudTraxError.TimestampOutOfRange);
    expect(error).toBeUndefined();
    expect(data?.networks.length).toBeGreaterThan(0);
    expect(paths(emulator)).toEqual(["/network/list", "/time", "/network/list", "/time", "/network/list"]);
  });
});
