import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createMasheryClient,
  MasheryAccessError,
  MasheryAccountInactiveError,
  MasheryForbiddenError,
  MasheryNotAuthorizedError,
  MasheryOverQpsLimitError,
  MasheryOverRateLimitError,
  MasheryRateLimitExceededError,
  toMasheryError,
} from "../../generated/mashery/index.js";
import { MASHERY_DEMO, startMasheryEmulator, type MasheryEmulator } from "../emulators/index.js";

const WRONG_SECRET = "not-the-real-secret-x9";

describe("the front door's 403s become typed errors", () => {
  let emulator: MasheryEmulator;
  let clock = Date.now();
  beforeAll(async () => void (emulator = await startMasheryEmulator({ now: () => clock })));
  afterAll(() => emulator.close());
  const client = (overrides: { secret?: string } = {}) => createMasheryClient({ ...MASHERY_DEMO, ...overrides, baseUrl: emulator.url, retry: { maxAttempts: 3, baseDelayMs: 0, maxDelayMs: 0 } });

  it("a wrong secret is Not Authorized, and the secret appears nowhere in the error", async () => {
    const error = await client({ secret: WRONG_SECRET }).rpc("test.hello").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MasheryNotAuthorizedError);
    expect(error).toMatchObject({ reason: "Not Authorized", status: 403, operation: "test.hello" });
    for (const text of [String(error), inspect(error), JSON.stringify(error), (error as Error).stack ?? ""]) {
      expect(text).not.toContain(WRONG_SECRET);
      expect(text).not.toContain(MASHERY_DEMO.secret);
    }
  });

  it("a clock more than five minutes off is Not Authorized; within five minutes it is accepted", async () => {
    clock = Date.now() + 5 * 60_000 + 30_000;
    await expect(client().rpc("test.hello")).rejects.toBeInstanceOf(MasheryNotAuthorizedError);
    clock = Date.now() - 5 * 60_000 - 30_000;
    const { error, response } = await client().GET("/rest/{site_id}/reports/calls/qps/area");
    expect(response.status).toBe(403);
    // docs/adr/0009: the message at the top and as an error object, for both kinds of published client.
    expect(error).toEqual({ message: "Not Authorized", error: { code: 403, message: "Not Authorized" } });
    expect(toMasheryError(response, error)).toBeInstanceOf(MasheryNotAuthorizedError);
    clock = Date.now() + 4 * 60_000;
    expect(await client().rpc("test.hello")).toBe("Hello!");
    clock = Date.now();
  });

  it("names each of the six messages with its own class, and retries only the per-second throttle", async () => {
    const cases = [
      [{ forbiddenMethods: ["member.fetch"] }, MasheryForbiddenError, "Forbidden"],
      [{ keyStatus: "disabled" as const }, MasheryAccountInactiveError, "Account Inactive"],
      [{ qpsLimit: 0 }, MasheryOverQpsLimitError, "Account Over Queries Per Second Limit"],
      [{ rateLimit: 0 }, MasheryOverRateLimitError, "Account Over Rate Limit"],
      [{ overCapacity: true }, MasheryRateLimitExceededError, "Rate Limit Exceeded"],
    ] as const;
    for (const [settings, type, reason] of cases) {
      const saved = { ...emulator.settings };
      Object.assign(emulator.settings, settings);
      const before = emulator.requests.length;
      const error = await client().rpc("member.fetch", ["jdoe_dev"]).catch((e: unknown) => e);
      Object.assign(emulator.settings, saved);
      expect(error).toBeInstanceOf(type);
      expect(error).toBeInstanceOf(MasheryAccessError);
      expect((error as MasheryAccessError).reason).toBe(reason);
      // The throttle is tried 1 + 2 retries times; every other refusal is final.
      expect(emulator.requests.length - before).toBe(reason === "Account Over Queries Per Second Limit" ? 3 : 1);
    }
  });
});

describe("a burst over the queries-per-second limit", () => {
  afterAll(() => void vi.useRealTimers());

  it("is retried with backoff, each attempt freshly signed, and creates every member exactly once", async () => {
    // One fake clock for both sides: each throttled answer moves it a second on, so each retry is signed for another second.
    vi.useFakeTimers({ toFake: ["Date"] });
    const emulator = await startMasheryEmulator({ now: () => Date.now(), qpsLimit: 2 });
    try {
      const debug = (line: string) => void (line.includes("→ 403") && vi.setSystemTime(Date.now() + 1000));
      const mashery = createMasheryClient({ ...MASHERY_DEMO, baseUrl: emulator.url, retry: { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 5 }, debug });
      const names = Array.from({ length: 6 }, (_, i) => `burst_${i}`);
      const created = await Promise.all(names.map((username) => mashery.rpc("member.create", [{ username, email: `${username}@example.org` }])));

      expect(created.map((m) => (typeof m === "object" ? m.username : m))).toEqual(names);
      const stored = emulator.store.all("member").map((m) => m.username).filter((u) => String(u).startsWith("burst_"));
      expect(stored.sort()).toEqual(names);
      expect(emulator.throttled()).toBeGreaterThan(0);
      expect(emulator.requests).toHaveLength(names.length + emulator.throttled());
      // Every attempt of the same call carries a different signature.
      const attempts = new Map<string, string[]>();
      for (const request of emulator.requests) attempts.set(request.text, [...(attempts.get(request.text) ?? []), request.url.searchParams.get("sig")!]);
      for (const sigs of attempts.values()) expect(new Set(sigs).size).toBe(sigs.length);
    } finally {
      await emulator.close();
      vi.useRealTimers();
    }
  });
});
