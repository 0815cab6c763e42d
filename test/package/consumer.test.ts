import { execFile, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLOUDTRAX_DEMO, startCloudTraxEmulator } from "../emulators/index.js";
import type { RunningEmulator } from "../emulators/index.js";
import { MASHERY_DEMO, startMasheryEmulator } from "../emulators/index.js";
import { SHADOWSERVER_DEMO, startShadowserverEmulator } from "../emulators/index.js";
import { startWatchMouseEmulator, WATCHMOUSE_DEMO } from "../emulators/index.js";
import { ROOT } from "../pipeline/project-copy.js";

const run = promisify(execFile);
const TSC = path.join(ROOT, "node_modules/typescript/bin/tsc");

let emulator: RunningEmulator;
let project: string;
beforeAll(async () => {
  if (!existsSync(path.join(ROOT, "dist/generated/shadowserver/index.js"))) throw new Error("dist/ is missing: run `npm run build` before `npm test`");
  emulator = await startShadowserverEmulator();
  project = mkdtempSync(path.join(tmpdir(), "specfirst-consumer-"));
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", project], { cwd: ROOT });
  const tarball = path.join(project, JSON.parse(stdout)[0].filename);
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  // Only the tarball and the type definitions of Node: everything else comes from the package's own dependencies.
  await run("npm", ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline", tarball, `@types/node@${pkg.devDependencies["@types/node"]}`], { cwd: project });
}, 240_000);
afterAll(async () => {
  await emulator?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("the packed tarball in a fresh consumer project", () => {
  it("type-checks a consumer importing specfirst/shadowserver and runs it against the emulator", async () => {
    mkdirSync(path.join(project, "src"));
    writeFileSync(
      path.join(project, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, outDir: "out", types: ["node"] }, include: ["src"] }),
    );
    writeFileSync(
      path.join(project, "src/main.ts"),
      `import { createShadowserverClient, type ShadowserverClient } from "specfirst/shadowserver";
const [apiKey, secret, baseUrl] = process.argv.slice(2) as [string, string, string];
const client: ShadowserverClient = createShadowserverClient({ apiKey, secret, baseUrl });
const { data, error } = await client.POST("/reports/query", {
  body: { report: "united-states", date: "2020-10-27", query: { city: "ashburn" }, limit: 3 },
});
if (error !== undefined) throw new Error("unexpected error");
// @ts-expect-error the spec says limit is an integer: the types must catch this
void client.POST("/reports/query", { body: { query: { city: "x" }, limit: "three" } });
console.log(JSON.stringify({ rows: data.length }));
`,
    );
    await run(process.execPath, [TSC, "-p", project], { cwd: project }).catch((error) => {
      throw new Error(`the consumer does not type-check:\n${error.stdout}`);
    });
    const { stdout } = await run(process.execPath, ["out/main.js", SHADOWSERVER_DEMO.apiKey, SHADOWSERVER_DEMO.secret, emulator.url], { cwd: project });
    expect(JSON.parse(stdout)).toEqual({ rows: expect.any(Number) });
    expect(JSON.parse(stdout).rows).toBeGreaterThan(0);
  });

  it("type-checks specfirst/watchmouse with browser libraries only (await using included) and runs it", async () => {
    const watchmouse = await startWatchMouseEmulator();
    try {
      const dir = path.join(project, "browser");
      mkdirSync(path.join(dir, "src"), { recursive: true });
      // No Node types and no skipLibCheck: the provider entry must stand on DOM + ES libraries alone.
      writeFileSync(
        path.join(dir, "tsconfig.json"),
        JSON.stringify({ compilerOptions: { target: "ES2022", lib: ["ES2022", "DOM"], module: "NodeNext", moduleResolution: "NodeNext", strict: true, outDir: "out", types: [] }, include: ["src"] }),
      );
      writeFileSync(
        path.join(dir, "src/main.ts"),
        `import { createWatchMouseClient, WatchMouseError } from "specfirst/watchmouse";
export async function run(user: string, password: string, baseUrl: string): Promise<string> {
  await using client = createWatchMouseClient({ user, password, baseUrl });
  const { data, error } = await client.GET("/rule_get", { params: { query: { tags_req: "any" } } });
  if (error !== undefined) return error.code === WatchMouseError.SessionExpired ? "expired" : error.info ?? error.error;
  const credits: { api: number } = await client.credits();
  return JSON.stringify({ rules: data.result?.rules.length, api: credits.api });
}
`,
      );
      await run(process.execPath, [TSC, "-p", dir], { cwd: dir }).catch((error) => {
        throw new Error(`the WatchMouse consumer does not type-check:\n${error.stdout}`);
      });
      writeFileSync(path.join(dir, "run.mjs"), `import { run } from "./out/main.js";\nconsole.log(await run(...process.argv.slice(2)));\n`);
      writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
      const { stdout } = await run(process.execPath, ["run.mjs", WATCHMOUSE_DEMO.user, WATCHMOUSE_DEMO.password, watchmouse.url], { cwd: dir });
      expect(JSON.parse(stdout)).toEqual({ rules: 2, api: 18419 });
      expect(watchmouse.openSessions(WATCHMOUSE_DEMO.user)).toBe(0);
    } finally {
      await watchmouse.close();
    }
  });

  it("type-checks a consumer of all four provider entries and makes one real call per provider against the emulators", async () => {
    const [cloudtrax, mashery, watchmouse] = await Promise.all([startCloudTraxEmulator(), startMasheryEmulator(), startWatchMouseEmulator()]);
    try {
      const dir = path.join(project, "every-provider");
      mkdirSync(path.join(dir, "src"), { recursive: true });
      writeFileSync(
        path.join(dir, "tsconfig.json"),
        JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, outDir: "out", types: ["node"] }, include: ["src"] }),
      );
      writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
      writeFileSync(
        path.join(dir, "src/main.ts"),
        `import { createCloudTraxClient } from "specfirst/cloudtrax";
import { createMasheryClient } from "specfirst/mashery";
import { createShadowserverClient } from "specfirst/shadowserver";
import { createWatchMouseClient } from "specfirst/watchmouse";

const config = JSON.parse(process.argv[2]!) as {
  cloudtrax: { key: string; secret: string; baseUrl: string };
  mashery: { apiKey: string; secret: string; siteId: string; baseUrl: string };
  shadowserver: { apiKey: string; secret: string; baseUrl: string };
  watchmouse: { user: string; password: string; baseUrl: string };
};

const cloudtrax = createCloudTraxClient(config.cloudtrax);
const networks = await cloudtrax.GET("/network/list");
if (networks.error !== undefined) throw new Error("cloudtrax: " + JSON.stringify(networks.error));

const mashery = createMasheryClient(config.mashery);
const hello: string = await mashery.rpc("test.hello");

const shadowserver = createShadowserverClient(config.shadowserver);
const rows = await shadowserver.POST("/reports/query", { body: { report: "united-states", date: "2020-10-27", query: { city: "ashburn" }, limit: 3 } });
if (rows.error !== undefined) throw new Error("shadowserver: " + JSON.stringify(rows.error));

const watchmouseClient = createWatchMouseClient(config.watchmouse);
const rules = await watchmouseClient.GET("/rule_get", { params: { query: { tags_req: "any" } } });
await watchmouseClient.logout();
if (rules.error !== undefined) throw new Error("watchmouse: " + JSON.stringify(rules.error));

console.log(JSON.stringify({
  cloudtrax: networks.data.networks.length,
  mashery: hello,
  shadowserver: rows.data.length,
  watchmouse: rules.data.result?.rules.length,
}));
`,
      );
      await run(process.execPath, [TSC, "-p", dir], { cwd: dir }).catch((error) => {
        throw new Error(`the four-provider consumer does not type-check:\n${error.stdout}`);
      });
      const config = {
        cloudtrax: { key: CLOUDTRAX_DEMO.account.key, secret: CLOUDTRAX_DEMO.account.secret, baseUrl: cloudtrax.url },
        mashery: { ...MASHERY_DEMO, baseUrl: mashery.url },
        shadowserver: { ...SHADOWSERVER_DEMO, baseUrl: emulator.url },
        watchmouse: { ...WATCHMOUSE_DEMO, baseUrl: watchmouse.url },
      };
      const { stdout } = await run(process.execPath, ["out/main.js", JSON.stringify(config)], { cwd: dir });
      const result = JSON.parse(stdout);
      expect(result).toEqual({ cloudtrax: expect.any(Number), mashery: "Hello!", shadowserver: expect.any(Number), watchmouse: 2 });
      expect(result.cloudtrax).toBeGreaterThan(0);
      expect(result.shadowserver).toBeGreaterThan(0);
      // Each emulator saw the signed call it answered.
      expect(cloudtrax.requests.some((r) => r.url.pathname === "/network/list")).toBe(true);
      expect(watchmouse.openSessions(WATCHMOUSE_DEMO.user)).toBe(0);
    } finally {
      await Promise.all([cloudtrax.close(), mashery.close(), watchmouse.close()]);
    }
  });

  it("installs the specfirst command, which calls the emulator", async () => {
    const { stdout } = await run(path.join(project, "node_modules/.bin/specfirst"), ["shadowserver", "test/ping"], {
      cwd: project,
      env: { PATH: process.env.PATH, HOME: project, SHADOWSERVER_API_KEY: SHADOWSERVER_DEMO.apiKey, SHADOWSERVER_API_SECRET: SHADOWSERVER_DEMO.secret, SHADOWSERVER_API_URI: emulator.url },
    });
    expect(JSON.parse(stdout)).toHaveProperty("pong");
  });

  it("ships specfirst/sandbox: a node:test file starts it, calls all four clients and sees a wrong secret refused", async () => {
    const dir = path.join(project, "sandbox-test");
    mkdirSync(path.join(dir, "src"), { recursive: true });
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { target: "ES2022", lib: ["ES2022", "DOM"], module: "NodeNext", moduleResolution: "NodeNext", strict: true, outDir: "out", types: ["node"] }, include: ["src"] }),
    );
    writeFileSync(
      path.join(dir, "src/app.test.ts"),
      `import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createCloudTraxClient } from "specfirst/cloudtrax";
import { createMasheryClient, MasheryNotAuthorizedError } from "specfirst/mashery";
import { createShadowserverClient } from "specfirst/shadowserver";
import { createWatchMouseClient } from "specfirst/watchmouse";
import { startSandbox } from "specfirst/sandbox";

let sb: Awaited<ReturnType<typeof startSandbox>>;
before(async () => { sb = await startSandbox(); });
after(() => sb.close());

test("all four clients against the sandbox", async () => {
  const networks = await createCloudTraxClient(sb.cloudtrax.clientOptions).GET("/network/list");
  assert.equal(networks.error, undefined);
  assert.equal(await createMasheryClient(sb.mashery.clientOptions).rpc("test.hello"), "Hello!");
  const ping = await createShadowserverClient(sb.shadowserver.clientOptions).POST("/test/ping", { body: {} });
  assert.ok(ping.data && "pong" in ping.data);
  const watchmouse = createWatchMouseClient(sb.watchmouse.clientOptions);
  const rules = await watchmouse.GET("/rule_get", {});
  await watchmouse.logout();
  assert.equal(rules.data?.code, 0);
  assert.deepEqual(sb.requests.map((r) => r.provider).filter((p, i, all) => all.indexOf(p) === i), ["cloudtrax", "mashery", "shadowserver", "watchmouse"]);
});

test("a wrong secret is refused", async () => {
  await assert.rejects(createMasheryClient({ ...sb.mashery.clientOptions, secret: "wrong" }).rpc("test.hello"), MasheryNotAuthorizedError);
  const { response } = await createShadowserverClient({ ...sb.shadowserver.clientOptions, secret: "wrong" }).POST("/test/ping", { body: {} });
  assert.equal(response.status, 401);
});

test("a burst of 503s is retried through", async () => {
  sb.shadowserver.inject({ kind: "status", status: 503, times: 2 });
  const client = createShadowserverClient({ ...sb.shadowserver.clientOptions, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  const { response } = await client.POST("/test/ping", { body: {} });
  assert.equal(response.status, 200);
});
`,
    );
    await run(process.execPath, [TSC, "-p", dir], { cwd: dir }).catch((error) => {
      throw new Error(`the sandbox test does not type-check:\n${error.stdout}`);
    });
    const { stdout } = await run(process.execPath, ["--test", "--test-reporter=tap", "out/app.test.js"], { cwd: dir }).catch((error) => {
      throw new Error(`the sandbox test failed:\n${error.stdout}\n${error.stderr}`);
    });
    expect(stdout).toMatch(/# pass 3/);
    expect(stdout).toMatch(/# fail 0/);
  });

  it("runs the installed `specfirst sandbox` (what npx runs), which the CLI reaches with --sandbox, and stops on SIGINT", async () => {
    const ports = { CLOUDTRAX: 0, MASHERY: 0, SHADOWSERVER: 0, WATCHMOUSE: 0 };
    const env: Record<string, string> = { PATH: process.env.PATH ?? "", HOME: project };
    const child = spawn(path.join(project, "node_modules/.bin/specfirst"), ["sandbox", "--port-cloudtrax", "0", "--port-mashery", "0", "--port-watchmouse", "0"], {
      cwd: project,
      env: { ...env, SPECFIRST_SANDBOX_SHADOWSERVER_PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          stdout += chunk;
          if (stdout.includes("sandbox ready\n")) resolve();
        });
        void exited.then(() => reject(new Error(`the sandbox exited: ${stderr}`)));
      });
      for (const name of Object.keys(ports) as (keyof typeof ports)[]) ports[name] = Number(new RegExp(`${name.toLowerCase()}\\s+http://127\\.0\\.0\\.1:(\\d+)`).exec(stdout)?.[1]);
      const sandboxEnv = { ...env, ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [`SPECFIRST_SANDBOX_${name}_PORT`, String(port)])) };
      const ping = await run(path.join(project, "node_modules/.bin/specfirst"), ["shadowserver", "test/ping", "--sandbox"], { cwd: project, env: sandboxEnv });
      expect(JSON.parse(ping.stdout)).toHaveProperty("pong");
      child.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(stderr).toBe("");
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
    }
  });
});
