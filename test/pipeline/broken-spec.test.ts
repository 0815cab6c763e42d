import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, fingerprint, runPipeline } from "./project-copy.js";

let dir: string;
let pristine: Record<string, string>;
beforeAll(async () => {
  dir = copyProject();
  // A complete build first, so site/ and dist/ exist and must survive the failures below.
  expect((await runPipeline(dir)).code).toBe(0);
  pristine = fingerprint(dir, ["generated", "site", "dist"]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SPEC = "specs/shadowserver/paths/core.yaml";

/** Applies `edit` to a spec file, runs the build, restores the file, and returns what the build said. */
async function buildWith(file: string, edit: (text: string) => string) {
  const absolute = path.join(dir, file);
  const original = readFileSync(absolute, "utf8");
  writeFileSync(absolute, edit(original));
  try {
    return await runPipeline(dir);
  } finally {
    writeFileSync(absolute, original);
  }
}

function lineOf(file: string, needle: string): number {
  return readFileSync(path.join(dir, file), "utf8").split("\n").findIndex((l) => l.includes(needle)) + 1;
}

describe("a broken spec fails the build with file:line and leaves generated/, site/ and dist/ untouched", () => {
  it("a dangling $ref", async () => {
    const line = lineOf(SPEC, "$ref");
    expect(line).toBeGreaterThan(0);
    const result = await buildWith(SPEC, (text) => text.replace(/\$ref: '?([^'\n#]*)#\/([A-Za-z]+)/, "$ref: '$1#/NoSuchThing"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${SPEC.replace(/[/.]/g, "\\$&")}:${line}:\\d+: error: Can't resolve \\$ref`));
    expect(fingerprint(dir, ["generated", "site", "dist"])).toEqual(pristine);
  });

  it("invalid YAML", async () => {
    const result = await buildWith(SPEC, (text) => text.replace("summary: Check connectivity and credentials", "summary: [unclosed\n  oops: {"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${SPEC.replace(/[/.]/g, "\\$&")}:\\d+`));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fingerprint(dir, ["generated", "site", "dist"])).toEqual(pristine);
  });
});
