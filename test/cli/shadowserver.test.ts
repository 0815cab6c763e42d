import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHADOWSERVER_DEMO, startShadowserverEmulator } from "../emulators/index.js";
import type { RunningEmulator } from "../emulators/index.js";
import { runCli } from "./run-cli.js";

let emulator: RunningEmulator;
let home: string;
beforeAll(async () => {
  emulator = await startShadowserverEmulator();
  home = mkdtempSync(path.join(tmpdir(), "specfirst-cli-"));
  // The official credential file format: [api] key, secret, uri.
  writeFileSync(path.join(home, ".shadowserver.api"), `[api]\nkey = ${SHADOWSERVER_DEMO.apiKey}\nsecret = ${SHADOWSERVER_DEMO.secret}\nuri = ${emulator.url}/\n`);
});
afterAll(() => emulator.close());

describe("specfirst shadowserver", () => {
  it("runs the README's reports/query example with credentials from ~/.shadowserver.api", async () => {
    const query = '{"report":"united-states","date":"2020-10-27","query":{"city":"ashburn"},"limit":3}';
    const result = await runCli(["shadowserver", "reports/query", query, "--pretty"], { HOME: home });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout);
    expect(Array.isArray(rows)).toBe(true);
    expect(result.stdout).toContain('\n  {'); // --pretty indents
    expect(JSON.parse(emulator.requests.at(-1)!.text)).toEqual({ ...JSON.parse(query), apikey: SHADOWSERVER_DEMO.apiKey });
  });

  it("prints compact JSON without --pretty, and takes credentials from the environment", async () => {
    const result = await runCli(["shadowserver", "test/ping"], {
      HOME: home,
      SHADOWSERVER_API_KEY: SHADOWSERVER_DEMO.apiKey,
      SHADOWSERVER_API_SECRET: SHADOWSERVER_DEMO.secret,
      SHADOWSERVER_API_URI: emulator.url,
    });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\{"pong":"[^"]+"\}$/);
  });

  it("routes query parameters of the free lookups", async () => {
    const result = await runCli(["shadowserver", "program/trusted", '{"sample":"7fe2248de77813ce850053ed0ce8a474"}'], { HOME: home });
    expect(result.code).toBe(0);
    expect(emulator.requests.at(-1)!.url.search).toBe("?sample=7fe2248de77813ce850053ed0ce8a474");
  });

  it("lists the methods from the spec with --help", async () => {
    const result = await runCli(["shadowserver", "--help"], { HOME: home });
    expect(result.code).toBe(0);
    for (const method of ["test/ping", "key/info", "reports/query", "net/asn", "downloadReportFile"]) expect(result.stdout).toContain(method);
  });

  it("explains an unknown method in one line, without a stack trace", async () => {
    const result = await runCli(["shadowserver", "reports/qurey", "{}"], { HOME: home });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^specfirst: unknown method "reports\/qurey"; did you mean reports\/query/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("explains invalid JSON in one line", async () => {
    const result = await runCli(["shadowserver", "reports/query", "{report:"], { HOME: home });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^specfirst: the request is not valid JSON/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("reports an API error on stderr with a non-zero exit and never prints the secret", async () => {
    const result = await runCli(["shadowserver", "key/info"], {
      HOME: home,
      SHADOWSERVER_API_SECRET: "wrong-secret-value",
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("HTTP 401");
    expect(result.stderr).not.toContain("wrong-secret-value");
  });

  it("names an unknown provider", async () => {
    const result = await runCli(["nosuch", "x"], { HOME: home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown provider "nosuch"');
  });
});

describe("specfirst shadowserver --all", () => {
  it("prints the items of every page of a paged operation as one array", async () => {
    const from = emulator.requests.length;
    const query = '{"report":"united-states","date":"2020-10-27","query":{"city":"ashburn"},"limit":1}';
    const one = await runCli(["shadowserver", "reports/query", query], { HOME: home });
    const all = await runCli(["shadowserver", "reports/query", query, "--all"], { HOME: home });
    expect(all.stderr).toBe("");
    expect(all.code).toBe(0);
    const events = JSON.parse(all.stdout) as { ip: string }[];
    expect(JSON.parse(one.stdout)).toHaveLength(1);
    expect(events.length).toBeGreaterThan(1);
    const pages = emulator.requests.slice(from + 1).map((r) => JSON.parse(r.text).page);
    expect(pages).toEqual([...Array(events.length + 1).keys()].map((i) => i + 1));
  });

  it("refuses --all for an operation that does not page, naming those that do", async () => {
    const result = await runCli(["shadowserver", "test/ping", "--all"], { HOME: home });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^specfirst: test\/ping is not paged: --all works for reports\/query, scan\/ssl\n$/);
    const help = await runCli(["shadowserver", "reports/query", "--help"], { HOME: home });
    expect(help.stdout).toContain("paged: by page (page size limit); --all prints the items of every page");
  });
});
