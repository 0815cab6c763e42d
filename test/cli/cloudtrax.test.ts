import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLOUDTRAX_DEMO, startCloudTraxEmulator } from "../emulators/index.js";
import type { RunningEmulator } from "../emulators/index.js";
import { runCli } from "./run-cli.js";

let emulator: RunningEmulator;
let home: string;
let emptyHome: string;
beforeAll(async () => {
  emulator = await startCloudTraxEmulator();
  home = mkdtempSync(path.join(tmpdir(), "specfirst-cli-"));
  emptyHome = mkdtempSync(path.join(tmpdir(), "specfirst-cli-"));
  writeFileSync(path.join(home, ".cloudtrax.ini"), `[api]\nkey = ${CLOUDTRAX_DEMO.account.key}\nsecret = ${CLOUDTRAX_DEMO.account.secret}\nurl = ${emulator.url}/\n`);
});
afterAll(() => emulator.close());

const fromEnvironment = () => ({
  HOME: emptyHome,
  CLOUDTRAX_KEY: CLOUDTRAX_DEMO.network.key,
  CLOUDTRAX_SECRET: CLOUDTRAX_DEMO.network.secret,
  CLOUDTRAX_BASE_URL: emulator.url,
});

describe("specfirst cloudtrax", () => {
  it("lists networks with credentials from ~/.cloudtrax.ini", async () => {
    const result = await runCli(["cloudtrax", "network/list", "--pretty"], { HOME: home });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).networks.map((n: { id: number }) => n.id)).toEqual([12478, 12479]);
    expect(emulator.requests.at(-1)!.headers.authorization).toContain(`key=${CLOUDTRAX_DEMO.account.key},`);
  });

  it("takes credentials from the environment, which win over the file", async () => {
    const result = await runCli(["cloudtrax", "listNodes", '{"networkId":12478}'], { ...fromEnvironment(), HOME: home });
    expect(result.code).toBe(0);
    expect(Object.keys(JSON.parse(result.stdout).nodes)).toEqual(["548430", "548431"]);
    expect(emulator.requests.at(-1)!.headers.authorization).toContain(`key=${CLOUDTRAX_DEMO.network.key},`);
  });

  it("reads another credential file with --config", async () => {
    const file = path.join(emptyHome, "other.ini");
    writeFileSync(file, `[api]\nkey = ${CLOUDTRAX_DEMO.application.key}\nsecret = ${CLOUDTRAX_DEMO.application.secret}\nurl = ${emulator.url}\n`);
    const result = await runCli(["cloudtrax", "account/login", '{"username":"ana.front-desk","password":"correct-horse-battery"}', "--config", file], { HOME: home });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ type: "master" });
  });

  it("sends path and query parameters and the body as the spec sorts them, signed", async () => {
    const result = await runCli(["cloudtrax", "updateNode", '{"nodeId":"548431","description":"Behind the pool bar"}'], fromEnvironment());
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ code: 1009, context: "update_node" });
    const sent = emulator.requests.at(-1)!;
    expect(sent.url.pathname).toBe("/node/548431");
    expect(JSON.parse(sent.text)).toEqual({ description: "Behind the pool bar" });

    const history = await runCli(["cloudtrax", "getNetworkHistory", '{"networkId":12478,"period":"week"}'], fromEnvironment());
    expect(history.code).toBe(0);
    expect(emulator.requests.at(-1)!.url.search).toBe("?period=week");
  });

  it("reports an API error with its CloudTrax code and never prints the secret", async () => {
    const result = await runCli(["cloudtrax", "listVouchers", '{"networkId":12479}'], fromEnvironment());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("HTTP 403");
    expect(result.stderr).toContain('"code":13009');

    const wrong = await runCli(["cloudtrax", "time"], { ...fromEnvironment(), CLOUDTRAX_SECRET: "wrong-secret-value" });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('"code":13000');
    expect(wrong.stderr).not.toContain("wrong-secret-value");
  });

  it("says where credentials go when there are none, in one line", async () => {
    const before = emulator.requests.length;
    const result = await runCli(["cloudtrax", "time"], { HOME: emptyHome, CLOUDTRAX_BASE_URL: emulator.url });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      `specfirst: no CloudTrax key or secret (set CLOUDTRAX_KEY and CLOUDTRAX_SECRET, or write key and secret to ${path.join(emptyHome, ".cloudtrax.ini")} under [api])`,
    );
    expect(emulator.requests).toHaveLength(before);
  });

  it("lists the 105 methods with --help", async () => {
    const result = await runCli(["cloudtrax", "--help"], { HOME: emptyHome });
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n")).toHaveLength(106);
    for (const method of ["network/list", "time", "createNetworkInGroup", "applyVoucherAction"]) expect(result.stdout).toContain(method);
  });
});
