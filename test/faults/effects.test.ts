// What an operation does decides whether it is repeated: the spec's x-effect (read | idempotent |
// write), not the HTTP method. WatchMouse changes state with GETs; Shadowserver reads with POSTs.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createShadowserverClient } from "../../generated/shadowserver/index.js";
import { createWatchMouseClient } from "../../generated/watchmouse/index.js";
import type { RunningEmulator } from "../emulators/index.js";
import { SHADOWSERVER_DEMO, startShadowserverEmulator } from "../emulators/index.js";
import { startWatchMouseEmulator, WATCHMOUSE_DEMO_TOKEN } from "../emulators/index.js";

const fast = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

describe("WatchMouse GETs that change state are sent once", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => void (emulator = await startWatchMouseEmulator()));
  afterAll(() => emulator.close());
  afterEach(() => emulator.clearFaults());
  const client = () => createWatchMouseClient({ nkey: WATCHMOUSE_DEMO_TOKEN, baseUrl: emulator.url, retry: fast });
  const sent = (from: number, path: string) => emulator.requests.slice(from).filter((r) => r.url.pathname.endsWith(path)).length;

  const writes = {
    acct_add: (c: ReturnType<typeof client>) => c.GET("/acct_add", { params: { query: { name: "Ops", email: "new-user@example.org" } } } as never),
    cp_check: (c: ReturnType<typeof client>) => c.GET("/cp_check", { params: { query: { host: "www.example.com" } } }),
  };

  for (const [name, call] of Object.entries(writes)) {
    it(`${name} answered 503 is not repeated`, async () => {
      emulator.inject({ kind: "status", status: 503, times: 3 });
      const from = emulator.requests.length;
      const { response } = await call(client());
      expect(response.status).toBe(503);
      expect(sent(from, `/${name}`)).toBe(1);
    });

    it(`${name} whose connection is reset mid-answer is not repeated`, async () => {
      emulator.inject({ kind: "reset", times: 3 });
      const from = emulator.requests.length;
      await expect(call(client())).rejects.toMatchObject({ name: "NetworkError", attempts: 1 });
      expect(sent(from, `/${name}`)).toBe(1);
    });
  }

  it("a read (rule_get) answered 503 is repeated", async () => {
    emulator.inject({ kind: "status", status: 503, times: 2 });
    const from = emulator.requests.length;
    const { error } = await client().GET("/rule_get", {});
    expect(error).toBeUndefined();
    expect(sent(from, "/rule_get")).toBe(3);
  });
});

describe("Shadowserver POSTs that only read are repeated", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => void (emulator = await startShadowserverEmulator()));
  afterAll(() => emulator.close());

  it("POST /key/info (x-effect: read) after a 502", async () => {
    emulator.inject({ kind: "status", status: 502, times: 1 });
    const from = emulator.requests.length;
    const client = createShadowserverClient({ ...SHADOWSERVER_DEMO, baseUrl: emulator.url, retry: fast });
    const { error } = await client.POST("/key/info", { body: {} });
    expect(error).toBeUndefined();
    expect(emulator.requests.length - from).toBe(2);
  });
});
