// A spec may name only files inside its provider's folder, and the build needs no network at all.
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_EXPANDED_BYTES, MAX_SPEC_BYTES } from "../../scripts/pipeline/bounded-yaml.js";
import { bundleSpecs } from "../../scripts/pipeline/bundle.js";
import { loadConfinedSources } from "../../scripts/pipeline/confine-refs.js";
import { loadProject } from "../../scripts/pipeline/providers.js";
import { copyProject, fingerprint, runLint, runPipeline } from "./project-copy.js";

const SPEC = "specs/shadowserver/openapi.yaml";

describe("the source check (in process)", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), "specfirst-confine-"));
    mkdirSync(path.join(root, "specs/p/parts"), { recursive: true });
    writeFileSync(path.join(root, "specs/outside.yaml"), "secret: outside\n");
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Writes the files of a spec folder and checks it; returns the problems as "file:line: message". */
  function check(files: Record<string, string>): string[] {
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(root, "specs/p", file), text);
    const { problems } = loadConfinedSources(root, { name: "p", specFile: path.join(root, "specs/p/openapi.yaml") });
    return problems.map((p) => `${path.relative(root, p.location!.file)}:${p.location!.line ?? "-"}: ${p.message}`);
  }

  it("follows references from file to file and refuses one that leaves the folder where it is written", () => {
    const problems = check({
      "openapi.yaml": "paths:\n  /a:\n    $ref: parts/a.yaml\n",
      "parts/a.yaml": "get:\n  responses:\n    '200':\n      $ref: ./b.yaml\n",
      "parts/b.yaml": "description: ok\nx-more:\n  $ref: ../../outside.yaml\n",
    });
    expect(problems).toEqual([expect.stringMatching(/^specs\/p\/parts\/b\.yaml:3: \$ref "\.\.\/\.\.\/outside\.yaml" leaves specs\/p\//)]);
  });

  it("refuses discriminator mappings, externalValue and a `#` that Redocly reads as part of the path", () => {
    const problems = check({
      "openapi.yaml": [
        "components:",
        "  schemas:",
        "    Pet:",
        "      discriminator:",
        "        propertyName: kind",
        "        mapping: { cat: ../outside.yaml, dog: '#/components/schemas/Dog' }",
        "        defaultMapping: https://example.invalid/pet.yaml",
        "  examples:",
        "    one: { externalValue: file:///etc/passwd }",
        "x-trick: { $ref: 'x#y/../../../outside.yaml' }",
        "",
      ].join("\n"),
    });
    expect(problems).toEqual([
      expect.stringMatching(/^specs\/p\/openapi\.yaml:6: mapping "\.\.\/outside\.yaml" leaves/),
      expect.stringMatching(/^specs\/p\/openapi\.yaml:7: defaultMapping "https:\/\/example\.invalid\/pet\.yaml" is a URL/),
      expect.stringMatching(/^specs\/p\/openapi\.yaml:9: externalValue "file:\/\/\/etc\/passwd" is a URL/),
      expect.stringMatching(/^specs\/p\/openapi\.yaml:10: \$ref "x#y\/\.\.\/\.\.\/\.\.\/outside\.yaml" leaves/),
    ]);
  });

  it("reads a YAML alias as the text its anchor holds: as a reference's value, as the $ref key itself, in a mapping", () => {
    const problems = check({
      "openapi.yaml": [
        "x-anchors: { file: &file /etc/passwd, url: &url 'http://127.0.0.1:9/x.yaml', key: &key $ref, up: &up ../outside.yaml }",
        "paths:",
        "  /a:",
        "    get:",
        "      description: { $ref: *file }",
        "      responses:",
        "        '200': { *key : *url }",
        "components:",
        "  schemas:",
        "    Pet: { discriminator: { propertyName: kind, mapping: { cat: *up } } }",
        "",
      ].join("\n"),
    });
    expect(problems).toEqual([
      expect.stringMatching(/^specs\/p\/openapi\.yaml:5: \$ref "\/etc\/passwd" is an absolute path/),
      expect.stringMatching(/^specs\/p\/openapi\.yaml:7: \$ref "http:\/\/127\.0\.0\.1:9\/x\.yaml" is a URL/),
      expect.stringMatching(/^specs\/p\/openapi\.yaml:10: mapping "\.\.\/outside\.yaml" leaves/),
    ]);
  });

  it("refuses a link inside the folder that leads outside it", () => {
    symlinkSync("/etc/passwd", path.join(root, "specs/p/parts/passwd.yaml"));
    const problems = check({ "openapi.yaml": "x-notes:\n  $ref: parts/passwd.yaml\n" });
    expect(problems).toEqual([expect.stringMatching(/^specs\/p\/openapi\.yaml:2: \$ref "parts\/passwd\.yaml" is a link to a file outside specs\/p\//)]);
  });

  it(`refuses a file over ${MAX_SPEC_BYTES / 1024 / 1024} MiB without reading it`, () => {
    const started = performance.now();
    const problems = check({ "openapi.yaml": "x-big:\n  $ref: parts/big.yaml\n", "parts/big.yaml": `x: "${"a".repeat(MAX_SPEC_BYTES)}"\n` });
    expect(problems).toEqual([expect.stringMatching(/^specs\/p\/parts\/big\.yaml:-: this spec file is 5\.0 MiB: a spec file may be at most 5 MiB/)]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses an alias bomb in well under a second", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const started = performance.now();
    const problems = check({ "openapi.yaml": `${levels.join("\n")}\n` });
    expect(problems).toEqual([expect.stringMatching(/^specs\/p\/openapi\.yaml:3: YAML aliases nest too deeply/)]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it(`refuses a large scalar aliased under the alias limit that expands past ${MAX_EXPANDED_BYTES / 1024 / 1024} MiB, and takes reuse that stays under it`, () => {
    const big = "b".repeat(4_500_000);
    const uses = Array.from({ length: 99 }, (_, i) => `    d${i}: *big`).join("\n");
    const problems = check({ "openapi.yaml": `x-text: &big ${big}\nx-uses:\n${uses}\n` });
    expect(problems).toEqual([expect.stringMatching(/^specs\/p\/openapi\.yaml:3: YAML aliases expand this file to 429 MiB of text, more than the 20 MiB/)]);
    expect(check({ "openapi.yaml": `x-text: &small ${"s".repeat(100_000)}\nx-uses:\n${uses.replaceAll("*big", "*small")}\n` })).toEqual([]);
  });
});

describe("redocly.yaml", () => {
  it("refuses a provider whose root is outside specs/ (by path or by link) and an alias JavaScript reserves, naming the line", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "specfirst-config-"));
    try {
      mkdirSync(path.join(root, "specs/class"), { recursive: true });
      mkdirSync(path.join(root, "specs/linked"), { recursive: true });
      writeFileSync(path.join(root, "specs/class/openapi.yaml"), "openapi: 3.1.0\n");
      symlinkSync("/etc/passwd", path.join(root, "specs/linked/openapi.yaml"));
      writeFileSync(
        path.join(root, "redocly.yaml"),
        ["apis:", "  class:", "    root: specs/class/openapi.yaml", "  outside:", "    root: /etc/passwd", "  linked:", "    root: specs/linked/openapi.yaml", ""].join("\n"),
      );
      const error = await loadProject(root).catch((e: unknown) => e);
      const problems = (error as { problems: { message: string; location: { line?: number } }[] }).problems;
      expect(problems.map((p) => `${p.location.line}: ${p.message}`)).toEqual([
        '2: provider alias "class" is a word JavaScript reserves (the alias becomes an identifier in generated code)',
        `7: the spec of "linked" must be a file under specs/, not ${path.join(root, "specs/linked/openapi.yaml")} (a spec may refer only to files inside its folder)`,
        '5: the spec of "outside" must be a file under specs/, not /etc/passwd (a spec may refer only to files inside its folder)',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("the pipeline, on a copy of the project", () => {
  let dir: string;
  let original: string;
  beforeAll(() => {
    dir = copyProject();
    original = readFileSync(path.join(dir, SPEC), "utf8");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The Shadowserver spec with `lines` added under info: (at line 3 of the file). */
  function withInfo(...lines: string[]): string {
    return original.replace(/^info:\n/m, `info:\n${lines.map((l) => `  ${l}\n`).join("")}`);
  }

  it("opens no connection for a reference to a listening local server, in build, check, lint or a bare bundle", async () => {
    let connections = 0;
    const server: Server = createServer((_, res) => res.end("openapi: 3.1.0\n"));
    server.on("connection", () => connections++);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      writeFileSync(path.join(dir, SPEC), withInfo("x-notes:", `  $ref: ${url}/notes.yaml`));
      const line = readFileSync(path.join(dir, SPEC), "utf8").split("\n").findIndex((l) => l.includes("/notes.yaml")) + 1;
      for (const args of [[], ["--check"]]) {
        const result = await runPipeline(dir, ...args);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain(`${SPEC}:${line}:11: $ref "${url}/notes.yaml" is a URL`);
      }
      // npm run lint runs the same checks, printed the way redocly lint prints them.
      const lint = await runLint(dir, "--format", "stylish");
      expect(lint.code).toBe(1);
      expect(lint.stdout).toMatch(new RegExp(`^${SPEC}:\\n  ${line}:11 +error +source-checks +\\$ref "${url}/notes\\.yaml" is a URL`, "m"));
      // A caller that bundles without linting first (npm run changes) is refused the same way.
      await expect(bundleSpecs(await loadProject(dir))).rejects.toMatchObject({ stage: "bundle", problems: [expect.objectContaining({ message: expect.stringContaining("is a URL") })] });
      expect(connections).toBe(0);
    } finally {
      server.close();
      writeFileSync(path.join(dir, SPEC), original);
    }
  });

  it("never publishes a file from outside the folder: /etc/passwd, named or linked", async () => {
    const secret = readFileSync("/etc/passwd", "utf8").split("\n")[0]!;
    const before = fingerprint(dir, ["generated", "site", "dist"]);
    symlinkSync("/etc/passwd", path.join(dir, "specs/shadowserver/components/passwd.yaml"));
    try {
      for (const ref of ["/etc/passwd", "components/passwd.yaml", "../../../../../../../../etc/passwd"]) {
        writeFileSync(path.join(dir, SPEC), withInfo("x-notes:", `  $ref: ${ref}`));
        const result = await runPipeline(dir);
        expect(result.code).toBe(1);
        expect(`${result.stdout}${result.stderr}`).not.toContain(secret);
      }
      expect(fingerprint(dir, ["generated", "site", "dist"])).toEqual(before);
    } finally {
      rmSync(path.join(dir, "specs/shadowserver/components/passwd.yaml"));
      writeFileSync(path.join(dir, SPEC), original);
    }
  });

  const unshare = canUnshareNetwork();
  it.skipIf(unshare !== true)(`builds, checks and lints with no network at all (unshare -n)${unshare === true ? "" : `: skipped, ${unshare}`}`, async () => {
    for (const script of ["build", "check", "lint"]) {
      const result = await new Promise<{ code: number; output: string }>((resolve) =>
        execFile("unshare", ["-n", "npm", "run", script, "--", ...(script === "build" ? ["--force"] : [])], { cwd: dir }, (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
        ),
      );
      expect(result.code, result.output).toBe(0);
    }
  });
});

/** true when this process may run a command in a new network namespace (root, util-linux's unshare), else why not. */
function canUnshareNetwork(): true | string {
  try {
    execFileSync("unshare", ["-n", "true"], { stdio: "ignore" });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? "unshare is not installed" : "unshare -n is not permitted here (it needs root)";
  }
}
