import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, rename, rm, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Outputs } from "./render.js";

export interface Drift {
  stale: string[];
  missing: string[];
  /** Files in generated/ that no stage produces any more. */
  orphaned: string[];
}

/** Compares what the stages produced in memory with the committed files. Reads only. */
export function findDrift(root: string, outputs: Outputs): Drift {
  const drift: Drift = { stale: [], missing: [], orphaned: [] };
  for (const [file, content] of outputs) {
    const absolute = path.join(root, file);
    if (!existsSync(absolute)) drift.missing.push(file);
    else if (readFileSync(absolute, "utf8") !== content) drift.stale.push(file);
  }
  drift.orphaned = listGenerated(root).filter((file) => !outputs.has(file));
  return drift;
}

/** Writes changed files atomically (temp file + rename) and removes orphans; untouched files keep their mtime. */
export async function commitOutputs(root: string, outputs: Outputs): Promise<string[]> {
  const drift = findDrift(root, outputs);
  const changed = [...drift.missing, ...drift.stale];
  for (const file of changed) {
    const absolute = path.join(root, file);
    await mkdir(path.dirname(absolute), { recursive: true });
    const temp = `${absolute}.${process.pid}.tmp`;
    await writeFile(temp, outputs.get(file)!);
    await rename(temp, absolute);
  }
  for (const file of drift.orphaned) await unlink(path.join(root, file));
  return [...changed, ...drift.orphaned].sort();
}

/** Replaces a directory by a fully built one in two renames, so readers never see half of it. */
export async function swapDirectory(target: string, built: string, scratch: string): Promise<void> {
  const old = path.join(scratch, `old-${path.basename(target)}`);
  if (existsSync(target)) await rename(target, old);
  await rename(built, target);
  await rm(old, { recursive: true, force: true });
}

function listGenerated(root: string): string[] {
  const dir = path.join(root, "generated");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}
