import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCloudTraxClient } from "../../generated/cloudtrax/index.js";
import { createMasheryClient } from "../../generated/mashery/index.js";
import { createShadowserverClient } from "../../generated/shadowserver/index.js";
import { createWatchMouseClient } from "../../generated/watchmouse/index.js";
import { providers } from "../../generated/providers.js";
import { sandboxOptions, sandboxPortVariable } from "../../src/cli/sandbox.js";
import { runCli } from "../cli/run-cli.js";
import { CLOUDTRAX_DEMO } from "../emulators/index.js";
import { MASHERY_DEMO } from "../emulators/index.js";
import { SHADOWSERVER_DEMO } from "../emulators/index.js";
import { WATCHMOUSE_DEMO } from "../emulators/index.js";

const SANDBOX_PROVIDERS = providers.map((p) => p.name);
type SandboxProvider = string;
const byName = (name: string) => providers.find((p) => p.name === name)!;
const SANDBOX_CREDENTIALS = Object.fromEntries(providers.map((p) => [p.name, p.sandbox.credentials]));

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

interface Sandbox {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `specfirst sandbox` from source (what `npm run sandbox` runs) and waits for "sandbox ready" or its exit. */
function startSandbox(args: string[]): Promise<Sandbox> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "generated/cli.ts"), "sandbox", ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const sandbox: Sandbox = {
    child,
    stdout: "",
    stderr: "",
    exited: new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal }))),
  };
  return new Promise((resolve) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      sandbox.stdout += chunk.toString();
      if (sandbox.stdout.includes("sandbox ready\n")) resolve(sandbox);
    });
    child.stderr!.on("data", (chunk: Buffer) => (sandbox.stderr += chunk.toString()));
    void sandbox.exited.then(() => resolve(sandbox));
  });
}

async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  const ports: number[] = [];
  for (let i = 0; i < count; i++) {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
    ports.push((server.address() as { port: number }).port);
  }
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

let sandbox: Sandbox;
let ports: Record<string, number>;
let env: Record<string, string>;
let home: string;

beforeAll(async () => {
  const free = await freePorts(SANDBOX_PROVIDERS.length);
  ports = Object.fromEntries(SANDBOX_PROVIDERS.map((p, i) => [p, free[i]!])) as Record<SandboxProvider, number>;
  sandbox = await startSandbox(SANDBOX_PROVIDERS.flatMap((p) => [`--port-${p}`, String(ports[p])]));
  expect(sandbox.stderr).toBe("");
  expect(sandbox.stdout).toContain("sandbox ready");
  // The CLI finds the sandbox through the same variables; an empty HOME proves no credential file is read.
  home = mkdtempSync(path.join(tmpdir(), "specfirst-sandbox-"));
  env = { HOME: home, ...Object.fromEntries(SANDBOX_PROVIDERS.map((p) => [sandboxPortVariable(byName(p)), String(ports[p])])) };
});

afterAll(() => {
  if (sandbox.child.exitCode === null && sandbox.child.signalCode === null) sandbox.child.kill("SIGKILL");
});

describe("npm run sandbox", () => {
  it("prints each provider's base URL and demo credentials", () => {
    for (const provider of SANDBOX_PROVIDERS) {
      expect(sandbox.stdout).toContain(`http://127.0.0.1:${ports[provider]}`);
      for (const value of Object.values(SANDBOX_CREDENTIALS[provider] as Record<string, string>)) expect(sandbox.stdout).toContain(value);
    }
    // The other sets an emulator accepts are printed too, each under what it is.
    const watchmouse = providers.find((p) => p.name === "watchmouse")!.sandbox;
    expect(sandbox.stdout).toMatch(new RegExp(`    or, as a token:\n    nkey +${watchmouse.otherCredentials!.token!.nkey}\n`));
  });

  it("hands out the credentials the emulators accept", () => {
    expect(CLOUDTRAX_DEMO.account).toMatchObject(SANDBOX_CREDENTIALS.cloudtrax!);
  });

  describe("through the CLI with --sandbox", () => {
    it("cloudtrax network/list", async () => {
      const result = await runCli(["cloudtrax", "network/list", "--sandbox"], env);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).networks.map((n: { id: number }) => n.id)).toEqual([12478, 12479]);
    });

    it("mashery rpc member.fetch", async () => {
      const result = await runCli(["mashery", "rpc", "member.fetch", '["jdoe_dev"]', "--sandbox"], env);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ object_type: "member", username: "jdoe_dev" });
    });

    it("shadowserver test/ping, with SPECFIRST_SANDBOX=1 instead of the flag", async () => {
      const result = await runCli(["shadowserver", "test/ping"], { ...env, SPECFIRST_SANDBOX: "1" });
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toHaveProperty("pong");
    });

    it("watchmouse rule_get", async () => {
      const result = await runCli(["watchmouse", "rule_get", "--sandbox"], env);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ code: 0, result: { rules: [{ name: "Shop homepage" }, { name: "Checkout API" }] } });
    });
  });

  describe("through the clients", () => {
    const options = (provider: SandboxProvider) => sandboxOptions(byName(provider), env) as never;

    it("cloudtrax", async () => {
      const { data, error } = await createCloudTraxClient(options("cloudtrax")).GET("/network/list");
      expect(error).toBeUndefined();
      expect(data!.networks.length).toBeGreaterThan(0);
    });

    it("mashery", async () => {
      expect(await createMasheryClient(options("mashery")).rpc("test.hello")).toBe("Hello!");
    });

    it("shadowserver", async () => {
      const { data, error } = await createShadowserverClient(options("shadowserver")).POST("/test/ping", { body: {} });
      expect(error).toBeUndefined();
      expect(data).toHaveProperty("pong");
    });

    it("watchmouse", async () => {
      const client = createWatchMouseClient(options("watchmouse"));
      try {
        const { data } = await client.GET("/rule_get", { params: { query: { folder: "Production" } } });
        expect(data).toMatchObject({ code: 0 });
      } finally {
        await client.logout();
      }
    });
  });

  it("refuses a second start on a busy port with one clear line and exit code 1", async () => {
    const second = await startSandbox(["--port-cloudtrax", String(ports.cloudtrax), ...SANDBOX_PROVIDERS.slice(1).flatMap((p) => [`--port-${p}`, "0"])]);
    const { code } = await second.exited;
    expect(code).toBe(1);
    expect(second.stderr).toBe(
      `specfirst sandbox: port ${ports.cloudtrax} on 127.0.0.1 (cloudtrax) is already in use; choose another with --port-cloudtrax or SPECFIRST_SANDBOX_CLOUDTRAX_PORT\n`,
    );
  });

  it("stops cleanly on SIGINT", async () => {
    sandbox.child.kill("SIGINT");
    expect(await sandbox.exited).toEqual({ code: 0, signal: null });
    expect(sandbox.stdout).toContain("SIGINT, stopping");
    // The ports are free again.
    const again = await startSandbox(SANDBOX_PROVIDERS.flatMap((p) => [`--port-${p}`, String(ports[p])]));
    expect(again.stdout).toContain("sandbox ready");
    again.child.kill("SIGTERM");
    expect(await again.exited).toEqual({ code: 0, signal: null });
  });
});
