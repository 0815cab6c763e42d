import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyCase, CORPUS, fixtureFiles, kinds, readExpectation, target } from "./corpus.js";
import { copyProject, fingerprint, runPipeline } from "./project-copy.js";

const KINDS = kinds("fails");
const OUTPUTS = ["generated", "site", "dist", "package.json", "CHANGELOG.md"];

let dir: string;
let pristine: Record<string, string>;
beforeAll(async () => {
  dir = copyProject();
  const first = await runPipeline(dir);
  expect(first.code, first.stderr).toBe(0);
  pristine = fingerprint(dir, OUTPUTS);
  expect(Object.keys(pristine)).toContain("CHANGELOG.md");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the bad-spec corpus", () => {
  it("has at least ten kinds of broken input", () => expect(KINDS.length).toBeGreaterThanOrEqual(10));

  it.each(KINDS)("%s: the build fails naming file:line and changes no output", async (kind) => {
    const expectation = readExpectation(kind);
    const restore = applyCase(dir, kind);
    try {
      const marked = fixtureFiles(kind).find((f) => f === expectation.file || target(f) === target(expectation.file))!;
      const line = readFileSync(path.join(CORPUS, kind, marked), "utf8").split("\n").findIndex((l) => l.includes("<- broken")) + 1;
      expect(line, "the fixture marks its broken line").toBeGreaterThan(0);

      const result = await runPipeline(dir);
      expect(result.code).not.toBe(0);
      const location = `${target(expectation.file)}:${line}`;
      const problem = result.stderr.split("\n").find((l) => l.trim().startsWith(`${location}:`));
      expect(problem, `stderr names ${location}:\n${result.stderr}`).toBeDefined();
      expect(result.stderr).toMatch(new RegExp(expectation.message));
      expect(result.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
      expect(fingerprint(dir, OUTPUTS)).toEqual(pristine);
    } finally {
      restore();
    }
  });
});
