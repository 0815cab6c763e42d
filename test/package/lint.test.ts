import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { describe, expect, it } from "vitest";
import { ROOT } from "../pipeline/project-copy.js";

const run = promisify(execFile);
const ATTW = path.join(ROOT, "node_modules/@arethetypeswrong/cli/dist/index.js");

/** Resolution kinds that the esm-only profile leaves out (the package is ESM only, with no CommonJS or node10 entry). */
const IGNORED_BY_ESM_ONLY = new Set(["node10", "node16-cjs"]);

describe("the package as published", () => {
  it("publint (strict) reports nothing", async () => {
    if (!existsSync(path.join(ROOT, "dist/generated/index.js"))) throw new Error("dist/ is missing: run `npm run build` before `npm test`");
    const { messages, pkg } = await publint({ pkgDir: ROOT, strict: true, pack: "npm" });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`)).toEqual([]);
  });

  it("@arethetypeswrong/cli (--profile esm-only) reports nothing", async () => {
    const args = [ATTW, "--pack", ".", "--profile", "esm-only", "--format", "json"];
    // attw exits non-zero when it finds a problem; its JSON lists every problem, ignored ones included.
    const { stdout } = await run(process.execPath, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }).catch((error) => {
      throw new Error(`attw failed:\n${error.stdout}\n${error.stderr}`);
    });
    const { analysis } = JSON.parse(stdout) as { analysis: { entrypoints: Record<string, unknown>; problems: { kind: string; entrypoint?: string; resolutionKind?: string }[] } };
    expect(Object.keys(analysis.entrypoints).sort()).toEqual([".", "./cloudtrax", "./mashery", "./package.json", "./sandbox", "./shadowserver", "./watchmouse"]);
    const problems = analysis.problems.filter((p) => p.resolutionKind === undefined || !IGNORED_BY_ESM_ONLY.has(p.resolutionKind));
    expect(problems).toEqual([]);
  });
});
