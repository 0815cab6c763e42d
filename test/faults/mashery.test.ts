// Mashery's JSON-RPC creates go through POST /json-rpc/{site_id}, which is not safe to repeat.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMasheryClient } from "../../generated/mashery/index.js";
import { MASHERY_DEMO, startMasheryEmulator, type MasheryEmulator } from "../emulators/index.js";

let emulator: MasheryEmulator;
beforeAll(async () => void (emulator = await startMasheryEmulator()));
afterAll(() => emulator.close());
afterEach(() => emulator.clearFaults());

const client = () => createMasheryClient({ ...MASHERY_DEMO, baseUrl: emulator.url, timeoutMs: 5000 } as any) as any;
const members = (prefix: string) => emulator.store.all("member").filter((m) => String(m.username).startsWith(prefix));

describe("Mashery: a create is never sent twice on a fault", () => {
  it("a 5xx answer to member.create is not retried and nothing is stored", async () => {
    emulator.inject({ kind: "status", status: 503, times: 3, method: "POST" });
    const from = emulator.requests.length;
    await client().rpc("member.create", [{ username: "fault_5xx", email: "fault_5xx@example.org" }]).catch(() => undefined);
    expect(emulator.requests.slice(from)).toHaveLength(1);
    expect(members("fault_5xx")).toHaveLength(0);
  });

  it("a reset after member.create is handled is not retried: the member is stored exactly once", async () => {
    emulator.inject({ kind: "reset", times: 3, method: "POST" });
    const from = emulator.requests.length;
    const error = await client().rpc("member.create", [{ username: "fault_reset", email: "fault_reset@example.org" }]).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "NetworkError", attempts: 1 });
    expect(emulator.requests.slice(from)).toHaveLength(1);
    expect(members("fault_reset")).toHaveLength(1);
  });

  it("after the faults, creates land once each", async () => {
    for (const username of ["after_1", "after_2"]) await client().rpc("member.create", [{ username, email: `${username}@example.org` }]);
    expect(members("after_")).toHaveLength(2);
  });
});
