// A fifth provider needs exactly three things: a spec, a provider folder and one redocly.yaml entry.
// This builds a scratch copy of the project with test/fixtures/provider/ added, and shows the build,
// the generated client, the CLI, the sandbox (its emulator/) and the docs page work for it without
// any change to shared code.
import { execFile } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, fingerprint, ROOT, runPipeline, type PipelineResult } from "./project-copy.js";

const FIXTURE = path.join(ROOT, "test/fixtures/provider");
const SHARED = ["src/core", "src/cli", "src/internal", "scripts", "templates"];

let dir: string;
let build: PipelineResult;
beforeAll(async () => {
  dir = copyProject();
  cpSync(path.join(FIXTURE, "specs"), path.join(dir, "specs"), { recursive: true });
  cpSync(path.join(FIXTURE, "src"), path.join(dir, "src"), { recursive: true });
  const config = readFileSync(path.join(dir, "redocly.yaml"), "utf8");
  writeFileSync(path.join(dir, "redocly.yaml"), config.replace(/^apis:\n/m, `apis:\n${readFileSync(path.join(FIXTURE, "redocly-entry.yaml"), "utf8")}`));
  build = await runPipeline(dir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a TypeScript snippet inside the scratch project. */
function runInProject(args: string[], env: Record<string, string> = {}): Promise<PipelineResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", ...args], { cwd: dir, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("a fixture provider added with a spec, a folder and one redocly.yaml entry", () => {
  it("builds, with no shared file touched", () => {
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    expect(build.stdout).toMatch(/fixture: 1 operations?/);
    for (const file of ["client.ts", "operations.ts", "catalog.ts", "index.ts", "schema.ts", "openapi.json"]) expect(existsSync(path.join(dir, "generated/fixture", file)), file).toBe(true);
    expect(readFileSync(path.join(dir, "generated/providers.ts"), "utf8")).toContain('name: "fixture"');
    expect(readFileSync(path.join(dir, "generated/sandbox.ts"), "utf8")).toContain('fixture: { ...fixture, name: "fixture"');
    expect(fingerprint(dir, SHARED)).toEqual(fingerprint(ROOT, SHARED));
  });

  it("gets a typed, signed client that the sandbox's emulator accepts, and a wrong secret refused", async () => {
    writeFileSync(
      path.join(dir, "call.ts"),
      [
        'import { createFixtureClient } from "./generated/fixture/index.js";',
        'import { startSandbox } from "./generated/sandbox.js";',
        'const sb = await startSandbox({ providers: ["fixture"] });',
        'const good = await createFixtureClient(sb.fixture.clientOptions).GET("/hello/{name}", { params: { path: { name: "ada" } } });',
        'const bad = await createFixtureClient({ ...sb.fixture.clientOptions, secret: "wrong" }).GET("/hello/{name}", { params: { path: { name: "ada" } } });',
        "console.log(JSON.stringify({ good: good.data?.message, bad: bad.response.status, seen: sb.requests.map((r) => r.provider) }));",
        "await sb.close();",
      ].join("\n"),
    );
    const typecheck = await runInProject([path.join(ROOT, "node_modules/typescript/bin/tsc"), "--noEmit", "--strict", "--module", "nodenext", "--target", "es2022", "--skipLibCheck", "--types", "node", "call.ts"]);
    expect(typecheck.stdout + typecheck.stderr).toBe("");
    const result = await runInProject(["call.ts"]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ good: "Hello, ada", bad: 401, seen: ["fixture", "fixture"] });
  });

  it("is a CLI command, with its operations listed and called, and served by `specfirst sandbox`", async () => {
    const help = await runInProject(["generated/cli.ts", "fixture", "--help"]);
    expect(help.stdout).toContain("sayHello");
    const providers = (await runInProject(["generated/cli.ts", "sandbox", "--help"])).stdout;
    expect(providers).toContain("--port-fixture");
    const ports = [...providers.matchAll(/--port-(\w+)/g)].flatMap(([, name]) => [`--port-${name}`, "0"]);
    const server = execFile(process.execPath, ["--import", "tsx", "generated/cli.ts", "sandbox", ...ports], { cwd: dir });
    try {
      const port = await new Promise<string>((resolve) => {
        let out = "";
        server.stdout!.on("data", (chunk: Buffer) => {
          out += chunk;
          const found = /fixture\s+http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
          if (found && out.includes("sandbox ready")) resolve(found[1]!);
        });
      });
      // --sandbox: the sandbox's demo credentials and port, no FIXTURE_KEY needed.
      const call = await runInProject(["generated/cli.ts", "fixture", "sayHello", '{"name":"ada"}', "--sandbox"], { SPECFIRST_SANDBOX_FIXTURE_PORT: port });
      expect(call.stderr).toBe("");
      expect(JSON.parse(call.stdout)).toEqual({ message: "Hello, ada" });
    } finally {
      server.kill("SIGINT");
    }
  });

  it("has a docs page listing its operation", () => {
    const page = readFileSync(path.join(dir, "site/fixture.html"), "utf8");
    expect(page).toContain("Greet someone");
    expect(readFileSync(path.join(dir, "site/index.html"), "utf8")).toContain("fixture.html");
  });
});
