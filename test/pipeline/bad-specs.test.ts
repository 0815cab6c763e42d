import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, fingerprint, ROOT, runPipeline } from "./project-copy.js";

const CORPUS = path.join(ROOT, "test/fixtures/bad-specs");
const KINDS = readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const OUTPUTS = ["generated", "site", "dist", "package.json"];

let dir: string;
let pristine: Record<string, string>;
beforeAll(async () => {
  dir = copyProject();
  const first = await runPipeline(dir);
  expect(first.code, first.stderr).toBe(0);
  pristine = fingerprint(dir, OUTPUTS);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Where a fixture file goes in the project: openapi.yaml is the Shadowserver spec's root. */
function target(relative: string): string {
  return relative === "openapi.yaml" ? "specs/shadowserver/openapi.yaml" : relative;
}

function fixtureFiles(kind: string): string[] {
  const base = path.join(CORPUS, kind);
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== "expect.yaml")
    .map((e) => path.relative(base, path.join(e.parentPath, e.name)));
}

describe("the bad-spec corpus", () => {
  it("has at least ten kinds of broken input", () => expect(KINDS.length).toBeGreaterThanOrEqual(10));

  it.each(KINDS)("%s: the build fails naming file:line and changes no output", async (kind) => {
    const expectation = parse(readFileSync(path.join(CORPUS, kind, "expect.yaml"), "utf8")) as { file: string; message: string };
    const files = fixtureFiles(kind);
    const saved = new Map(files.map((f) => [f, existsSync(path.join(dir, target(f))) ? readFileSync(path.join(dir, target(f))) : undefined]));
    for (const f of files) {
      mkdirSync(path.dirname(path.join(dir, target(f))), { recursive: true });
      cpSync(path.join(CORPUS, kind, f), path.join(dir, target(f)));
    }
    try {
      const marked = files.find((f) => f === expectation.file || target(f) === target(expectation.file))!;
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
      for (const [f, content] of saved) {
        if (content) writeFileSync(path.join(dir, target(f)), content);
        else rmSync(path.join(dir, target(f)), { force: true });
      }
    }
  });
});
