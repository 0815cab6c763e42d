import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWatchMouseEmulator, WATCHMOUSE_DEMO, WATCHMOUSE_DEMO_TOKEN, type WatchMouseEmulator } from "../emulators/index.js";
import { runCli } from "./run-cli.js";

let emulator: WatchMouseEmulator;
let home: string;
let empty: string;
beforeAll(async () => {
  emulator = await startWatchMouseEmulator();
  home = mkdtempSync(path.join(tmpdir(), "specfirst-cli-"));
  empty = mkdtempSync(path.join(tmpdir(), "specfirst-cli-"));
  writeFileSync(path.join(home, ".watchmouse.ini"), `[api]\nuser = ${WATCHMOUSE_DEMO.user}\npassword = ${WATCHMOUSE_DEMO.password}\nurl = ${emulator.url}/\n`);
});
afterAll(() => emulator.close());

const since = (start: number) => emulator.requests.slice(start).map((r) => r.url.pathname.slice(1));

describe("specfirst watchmouse", () => {
  it("runs a call with the session from ~/.watchmouse.ini and logs out afterwards", async () => {
    const start = emulator.requests.length;
    const result = await runCli(["watchmouse", "rule_get", "{}"], { HOME: home });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const envelope = JSON.parse(result.stdout);
    expect(envelope).toMatchObject({ code: 0, result: { rules: [{ name: "Shop homepage" }, { name: "Checkout API" }] } });
    expect(since(start)).toEqual(["acct_login", "rule_get", "acct_logout"]);
    expect(emulator.openSessions(WATCHMOUSE_DEMO.user)).toBe(0);
  });

  it("takes credentials from the environment, over the file", async () => {
    const start = emulator.requests.length;
    const stale = mkdtempSync(path.join(tmpdir(), "specfirst-cli-"));
    writeFileSync(path.join(stale, ".watchmouse.ini"), `[api]\nuser = ${WATCHMOUSE_DEMO.user}\npassword = an-old-password\n`);
    const result = await runCli(["watchmouse", "rule_get", '{"name":"Shop homepage"}', "--pretty"], {
      HOME: stale,
      WATCHMOUSE_USER: WATCHMOUSE_DEMO.user,
      WATCHMOUSE_PASSWORD: WATCHMOUSE_DEMO.password,
      WATCHMOUSE_BASE_URL: emulator.url,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).result.rules).toHaveLength(1);
    expect(result.stdout).toContain('\n  "code": 0');
    expect(emulator.requests[start + 1]!.url.searchParams.get("name")).toBe("Shop homepage");
  });

  it("uses a permanent token from WATCHMOUSE_NKEY without a session", async () => {
    const start = emulator.requests.length;
    const result = await runCli(["watchmouse", "cp_get_limit"], { HOME: empty, WATCHMOUSE_NKEY: WATCHMOUSE_DEMO_TOKEN, WATCHMOUSE_BASE_URL: emulator.url });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).result).toEqual({ max: "30", current: "12" });
    expect(since(start)).toEqual(["cp_get_limit"]);
  });

  it("calls anonymously without credentials, and reads another file with --config", async () => {
    const start = emulator.requests.length;
    const config = path.join(empty, "anonymous.ini");
    writeFileSync(config, `[api]\nurl = ${emulator.url}\n`);
    const result = await runCli(["watchmouse", "cp_check", '{"host":"www.example.com"}', "--config", config], { HOME: home });
    expect(result.code).toBe(0);
    expect(since(start)).toEqual(["cp_check"]);
    expect(emulator.requests.at(-1)!.url.searchParams.has("nkey")).toBe(false);
  });

  it("reports an API error on stderr with exit code 1, without the password", async () => {
    const password = "wrong-api-password-value";
    const result = await runCli(["watchmouse", "fldr_get"], { HOME: empty, WATCHMOUSE_USER: WATCHMOUSE_DEMO.user, WATCHMOUSE_PASSWORD: password, WATCHMOUSE_BASE_URL: emulator.url });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^specfirst: watchmouse fldr_get failed: HTTP 401 .*"code":1000.*"wrong credentials"/);
    expect(result.stderr).not.toContain(password);
  });

  it("explains half a session in one line", async () => {
    const result = await runCli(["watchmouse", "rule_get"], { HOME: empty, WATCHMOUSE_USER: WATCHMOUSE_DEMO.user });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("specfirst: a WatchMouse session needs both WATCHMOUSE_USER and WATCHMOUSE_PASSWORD\n");
  });

  it("names a missing required parameter from the spec", async () => {
    const result = await runCli(["watchmouse", "cp_check", "{}"], { HOME: home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cp_check: missing host");
  });

  it("lists the 22 calls with --help", async () => {
    const result = await runCli(["watchmouse", "--help"], { HOME: home });
    expect(result.code).toBe(0);
    const calls = result.stdout.split("\n").slice(1).filter(Boolean);
    expect(calls).toHaveLength(22);
    for (const call of ["acct_login", "acct_credits", "rule_get", "rule_mod", "fldr_get", "cp_check"]) expect(result.stdout).toContain(`  ${call} `);
  });
});
