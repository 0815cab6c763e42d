// The bad-spec corpus (test/fixtures/bad-specs/): one folder per kind of broken or hostile input.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { ROOT } from "./project-copy.js";

export const CORPUS = path.join(ROOT, "test/fixtures/bad-specs");

/**
 * What a case expects: by default the build fails naming `file` (at its `<- broken` line) and
 * `message`; `outcome: builds-harmless` means it builds, and its text runs nowhere (test/site/hostile-specs.test.ts).
 */
export interface Expectation {
  outcome?: "fails" | "builds-harmless";
  file: string;
  message: string;
  /** builds-harmless: a pattern the provider's docs page must show (the text was rendered, not dropped). */
  shows?: string;
}

export function readExpectation(kind: string): Expectation {
  return parse(readFileSync(path.join(CORPUS, kind, "expect.yaml"), "utf8")) as Expectation;
}

/** The corpus' kinds with the given outcome, sorted. */
export function kinds(outcome: NonNullable<Expectation["outcome"]>): string[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((e) => e.isDirectory() && (readExpectation(e.name).outcome ?? "fails") === outcome)
    .map((e) => e.name)
    .sort();
}

/** Where a fixture file goes in the project: openapi.yaml is the Shadowserver spec's root. */
export function target(relative: string): string {
  return relative === "openapi.yaml" ? "specs/shadowserver/openapi.yaml" : relative;
}

export function fixtureFiles(kind: string): string[] {
  const base = path.join(CORPUS, kind);
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== "expect.yaml")
    .map((e) => path.relative(base, path.join(e.parentPath, e.name)));
}

/** Copies a case's files over the project in `dir`; returns a function that puts the originals back. */
export function applyCase(dir: string, kind: string): () => void {
  const files = fixtureFiles(kind);
  const saved = new Map(files.map((f) => [f, existsSync(path.join(dir, target(f))) ? readFileSync(path.join(dir, target(f))) : undefined]));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, target(f))), { recursive: true });
    cpSync(path.join(CORPUS, kind, f), path.join(dir, target(f)));
  }
  return () => {
    for (const [f, content] of saved) {
      if (content) writeFileSync(path.join(dir, target(f)), content);
      else rmSync(path.join(dir, target(f)), { force: true });
    }
  };
}
