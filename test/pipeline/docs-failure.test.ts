// A failing docs page must report its own cause, after the other pages' redocly processes have
// finished, and leave no scratch folder behind.
import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, fingerprint, runPipeline } from "./project-copy.js";

let dir: string;
beforeAll(() => void (dir = copyProject()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a docs stage that fails", () => {
  it("prints its own error with the file, removes its scratch folder and writes nothing", async () => {
    // One page fails (its samples' template does not parse) while the others' redocly processes run.
    const template = "src/providers/mashery/sample-credentials.ts.hbs";
    writeFileSync(path.join(dir, template), "{\n  apiKey: process.env.MASHERY_API_KEY!,\n  {{#if siteId}}\n}\n");
    const before = fingerprint(dir, ["generated", "site", "dist", "package.json", "CHANGELOG.md"]);
    const result = await runPipeline(dir, "--force");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("docs failed:");
    expect(result.stderr).toMatch(new RegExp(`docs failed:\\n  ${template}:\\d+: Parse error`));
    expect(result.stderr).not.toMatch(/ENOTEMPTY|EBUSY|rmdir/);
    const scratch = path.join(dir, ".specfirst-tmp");
    expect(existsSync(scratch) ? readdirSync(scratch).filter((name) => name.startsWith("build-")) : []).toEqual([]);
    expect(fingerprint(dir, ["generated", "site", "dist", "package.json", "CHANGELOG.md"])).toEqual(before);
  });
});
