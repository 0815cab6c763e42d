import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, fingerprint, runPipeline } from "./project-copy.js";

let dir: string;
beforeAll(() => void (dir = copyProject()));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SPEC = "specs/shadowserver/paths/core.yaml";

describe("npm run check / npm run build", () => {
  it("check passes on the committed tree and writes nothing", async () => {
    const before = fingerprint(dir, ["generated", "specs", "templates"]);
    const result = await runPipeline(dir, "--check");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("generated/ is up to date");
    expect(fingerprint(dir, ["generated", "specs", "templates"])).toEqual(before);
  });

  it("check fails, naming the stale files, after a spec edit without regeneration; build fixes it", async () => {
    const file = path.join(dir, SPEC);
    const original = readFileSync(file, "utf8");
    expect(original).toContain("summary: Check connectivity and credentials");
    writeFileSync(file, original.replace("summary: Check connectivity and credentials", "summary: Check that the service answers"));

    const stale = await runPipeline(dir, "--check");
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("stale:    generated/shadowserver/openapi.json");
    expect(stale.stderr).toContain("stale:    generated/shadowserver/catalog.ts");
    expect(stale.stderr).toContain("stale:    generated/shadowserver/schema.ts");

    const built = await runPipeline(dir);
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    for (const stage of ["lint", "bundle", "types", "render", "docs", "package"]) expect(built.stdout).toMatch(new RegExp(`✓ ${stage}\\s+\\d+\\.\\d+s`));
    expect(readFileSync(path.join(dir, "generated/shadowserver/catalog.ts"), "utf8")).toContain("Check that the service answers");
    expect((await runPipeline(dir, "--check")).code).toBe(0);
  });

  it("is deterministic: a second build changes no byte", async () => {
    const first = fingerprint(dir, ["generated", "dist"]);
    const again = await runPipeline(dir, "--force");
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("generated/ already up to date");
    const skipped = await runPipeline(dir);
    expect(skipped.stdout).toContain("nothing to do");
    expect(fingerprint(dir, ["generated", "dist"])).toEqual(first);
  });

  it("flags a generated file that no stage produces any more", async () => {
    writeFileSync(path.join(dir, "generated/leftover.ts"), "export {};\n");
    const result = await runPipeline(dir, "--check");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("orphaned: generated/leftover.ts");
    rmSync(path.join(dir, "generated/leftover.ts"));
  });
});
