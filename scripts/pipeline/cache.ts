// Content hashes that let `npm run build` skip work whose inputs did not change. Kept out of the
// heavy pipeline modules so that a no-op build never even loads them.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** Everything a build reads: if none of it changed and the outputs are as we left them, skip. */
const INPUTS = ["README.md", "redocly.yaml", "package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json", "specs", "templates", "src", "scripts/pipeline", "scripts/lint-rules", "scripts/build.ts"];
const OUTPUTS = ["generated", "site", "dist", "package.json", "docs/extensions.md"];
/** Past this size an input is hashed by size and time, not read: lint refuses a spec this large anyway (bounded-yaml.ts). */
const INPUT_READ_LIMIT = 5 * 1024 * 1024;

export interface BuildState {
  inputs: string;
  outputs: string;
  /** Per provider: the hash its docs page was built from. */
  docs: Record<string, string>;
}

const stateFile = (root: string) => path.join(root, ".specfirst-tmp", "state.json");

export function hashTree(root: string, entries: string[], readLimit = Infinity): string {
  const hash = createHash("sha256");
  for (const entry of entries) {
    const absolute = path.join(root, entry);
    if (!existsSync(absolute)) {
      hash.update(`missing ${entry}\0`);
      continue;
    }
    const files = statSync(absolute).isFile()
      ? [absolute]
      : readdirSync(absolute, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
    for (const file of files) {
      const stat = statSync(file);
      hash.update(`${path.relative(root, file)}\0`).update(stat.size > readLimit ? `${stat.size}:${stat.mtimeMs}` : readFileSync(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

export function readState(root: string): BuildState | undefined {
  try {
    return JSON.parse(readFileSync(stateFile(root), "utf8")) as BuildState;
  } catch {
    return undefined;
  }
}

export async function writeState(root: string, docs: Record<string, string>): Promise<void> {
  const state: BuildState = { inputs: hashTree(root, INPUTS, INPUT_READ_LIMIT), outputs: hashTree(root, OUTPUTS), docs };
  await mkdir(path.dirname(stateFile(root)), { recursive: true });
  const temp = `${stateFile(root)}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(state, null, 2));
  await rename(temp, stateFile(root));
}

/** True when the last build's inputs and outputs are exactly what is on disk now. */
export function isUpToDate(root: string): boolean {
  const state = readState(root);
  return state !== undefined && state.outputs === hashTree(root, OUTPUTS) && state.inputs === hashTree(root, INPUTS, INPUT_READ_LIMIT);
}

export function hashText(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}
