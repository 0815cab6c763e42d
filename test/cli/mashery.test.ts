import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MASHERY_DEMO, startMasheryEmulator, type MasheryEmulator } from "../emulators/index.js";
import { runCli } from "./run-cli.js";

const SERVICE = "p7a3kq9wmz2xv5ctn8hdr4uf";
let emulator: MasheryEmulator;
let home: string;
beforeAll(async () => {
  emulator = await startMasheryEmulator();
  home = mkdtempSync(path.join(tmpdir(), "specfirst-cli-"));
  writeFileSync(path.join(home, ".mashery.ini"), `[api]\nkey = ${MASHERY_DEMO.apiKey}\nsecret = ${MASHERY_DEMO.secret}\nsite_id = ${MASHERY_DEMO.siteId}\nurl = ${emulator.url}/\n`);
});
afterAll(() => emulator.close());

describe("specfirst mashery", () => {
  it("runs a report with credentials and site id from ~/.mashery.ini; site_id is never asked for", async () => {
    const request = { service_key: SERVICE, start_date: "2015-11-24T00:00:00Z", end_date: "2015-12-01T00:00:00Z", limit: 1 };
    const result = await runCli(["mashery", "getCallsDeveloperActivityForService", JSON.stringify(request), "--pretty"], { HOME: home });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ serviceKey: SERVICE, callStatusSuccessful: 184213 })]);
    const sent = emulator.requests.at(-1)!.url;
    expect(sent.pathname).toBe(`/rest/789/reports/calls/developer_activity/service/${SERVICE}`);
    expect(sent.searchParams.get("format")).toBe("json");
    expect(sent.searchParams.get("limit")).toBe("1");
  });

  it("prints CSV as it comes when the report is asked for CSV", async () => {
    const result = await runCli(["mashery", "getAreaCacheHitRate", '{"start_date":"2015-11-24T00:00:00Z","end_date":"2015-12-01T00:00:00Z","format":"csv"}'], { HOME: home });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^startDate,endDate,rate,auditInfo\n2015-11-24T00:00:00Z,/);
  });

  it("calls a JSON-RPC method with `rpc <method> [params]`", async () => {
    const result = await runCli(["mashery", "rpc", "member.fetch", '["jdoe_dev"]'], { HOME: home });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ object_type: "member", username: "jdoe_dev" });
    expect(JSON.parse(emulator.requests.at(-1)!.text)).toMatchObject({ method: "member.fetch", params: ["jdoe_dev"] });
  });

  it("sends a JSON-RPC request object as the body of callJsonRpc", async () => {
    const result = await runCli(["mashery", "callJsonRpc", '{"jsonrpc":"2.0","method":"test.hello","params":[],"id":7}'], { HOME: home });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ jsonrpc: "2.0", result: "Hello!", id: 7 });
  });

  it("takes credentials from MASHERY_* variables, which win over the file", async () => {
    const result = await runCli(["mashery", "rpc", "test.hello"], {
      HOME: path.join(home, "nowhere"),
      MASHERY_API_KEY: MASHERY_DEMO.apiKey,
      MASHERY_SECRET: MASHERY_DEMO.secret,
      MASHERY_SITE_ID: MASHERY_DEMO.siteId,
      MASHERY_BASE_URL: emulator.url,
    });
    expect(result.stdout.trim()).toBe('"Hello!"');
    const wrong = await runCli(["mashery", "rpc", "test.hello"], { HOME: home, MASHERY_SECRET: "wrong-secret-value" });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toBe("");
    expect(wrong.stderr).toContain("Not Authorized");
    expect(wrong.stderr).not.toContain("wrong-secret-value");
  });

  it("reads another credential file with --config", async () => {
    const file = path.join(home, "other.ini");
    writeFileSync(file, `[api]\nkey = ${MASHERY_DEMO.apiKey}\nsecret = ${MASHERY_DEMO.secret}\nsite_id = ${MASHERY_DEMO.siteId}\n`);
    const result = await runCli(["mashery", "rpc", "test.hello", "--config", file, "--base-url", emulator.url], { HOME: path.join(home, "nowhere") });
    expect(result.stdout.trim()).toBe('"Hello!"');
  });

  it("reports JSON-RPC and API errors on stderr with exit code 1", async () => {
    const rpc = await runCli(["mashery", "rpc", "member.create", '[{"username":"cli_user","email":"not-an-email"}]'], { HOME: home });
    expect(rpc.code).toBe(1);
    expect(rpc.stderr).toContain("member.create failed: 1000 Invalid Object (email: Not a valid email address.)");
    const report = await runCli(["mashery", "getCallsStatusForService", '{"service_key":"nosuchservice"}'], { HOME: home });
    expect(report.code).toBe(1);
    expect(report.stderr).toContain("HTTP 400");
    expect(report.stderr).toContain("ERR_INVALID_SERVICE_KEY");
  });

  it("explains usage mistakes in one line with exit code 2", async () => {
    const notArray = await runCli(["mashery", "rpc", "member.fetch", '{"username":"jdoe_dev"}'], { HOME: home });
    expect(notArray.code).toBe(2);
    expect(notArray.stderr).toBe("specfirst: the params must be a JSON array (JSON-RPC params are positional)\n");
    const missing = await runCli(["mashery", "getCallsStatusForService", "{}"], { HOME: home });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("specfirst: getCallsStatusForService: missing service_key (--no-validate sends it anyway)\n");
  });

  it("lists the reports, callJsonRpc and the rpc command with --help", async () => {
    const result = await runCli(["mashery", "--help"], { HOME: home });
    expect(result.code).toBe(0);
    for (const name of ["getAreaCacheHitRate", "getCallsStatusForServiceForDeveloper", "callJsonRpc", "rpc <method> [params]"]) expect(result.stdout).toContain(name);
  });
});
