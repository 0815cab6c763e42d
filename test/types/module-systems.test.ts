// What README.md's "Runtime and TypeScript support" says about CommonJS projects and `await using`.
import { execFile } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { consumerProject, STRICT_OPTIONS, typeCheck } from "./consumer-project.js";

const run = promisify(execFile);
const dir = consumerProject("modules");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STATIC = `import { createShadowserverClient } from "specfirst/shadowserver";
console.log(typeof createShadowserverClient({ apiKey: "k", secret: "s" }).POST);
`;
const DYNAMIC = `async function main(): Promise<void> {
  const { createShadowserverClient } = await import("specfirst/shadowserver");
  console.log(typeof createShadowserverClient({ apiKey: "k", secret: "s" }).POST);
}
void main();
`;

/** A CommonJS package (no "type": "module") inside the consumer project. */
function commonJsPackage(name: string, files: Record<string, string>): string {
  const pkg = path.join(dir, name);
  mkdirSync(pkg);
  writeFileSync(path.join(pkg, "package.json"), JSON.stringify({ name, private: true }));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(pkg, file), text);
  return pkg;
}

describe("module systems", () => {
  it("CommonJS with module nodenext: the import compiles to require(), which Node ≥ 20.19 loads", async () => {
    const pkg = commonJsPackage("cjs-nodenext", { "static.cts": STATIC });
    const errors = await typeCheck(pkg, "emit", ["static.cts"], { ...STRICT_OPTIONS, module: "nodenext", moduleResolution: "nodenext", noEmit: false, outDir: "out" });
    expect(errors).toBe("");
    const { stdout } = await run(process.execPath, [path.join(pkg, "out/static.cjs")], { cwd: pkg });
    expect(stdout.trim()).toBe("function");
  });

  it("CommonJS with module node16: the import is TS1479, a dynamic import() compiles and runs", async () => {
    const pkg = commonJsPackage("cjs-node16", { "static.cts": STATIC, "dynamic.cts": DYNAMIC });
    const refused = await typeCheck(pkg, "static", ["static.cts"], { ...STRICT_OPTIONS, module: "node16", moduleResolution: "node16" });
    expect(refused).toContain("error TS1479");
    const errors = await typeCheck(pkg, "dynamic", ["dynamic.cts"], { ...STRICT_OPTIONS, module: "node16", moduleResolution: "node16", noEmit: false, outDir: "out" });
    expect(errors).toBe("");
    const { stdout } = await run(process.execPath, [path.join(pkg, "out/dynamic.cjs")], { cwd: pkg });
    expect(stdout.trim()).toBe("function");
  });

  it("`await using` compiled with target ES2022 runs on this Node, without lib esnext.disposable in the project", async () => {
    writeFileSync(
      path.join(dir, "using.ts"),
      `import { createWatchMouseClient } from "specfirst/watchmouse";
export async function main(): Promise<string> {
  await using client = createWatchMouseClient({ user: "ops@example.org", password: "unused" });
  return typeof client.logout;
}
console.log(await main());
`,
    );
    const errors = await typeCheck(dir, "using", ["using.ts"], { ...STRICT_OPTIONS, lib: ["ES2022", "DOM"], types: [], noEmit: false, outDir: "out" });
    expect(errors).toBe("");
    const { stdout } = await run(process.execPath, [path.join(dir, "out/using.js")], { cwd: dir });
    expect(stdout.trim()).toBe("function");
  });
});
