/**
 * One `tsc --noEmit --strict` run of a consumer file, timed, as the scale benchmark (bench/scale.ts)
 * does it for every generator, so all rows share the exact same compiler flags.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { now } from "./stats.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSC = path.join(ROOT, "node_modules/typescript/bin/tsc");
/** --skipLibCheck only skips .d.ts files: generated .ts files the consumer imports are still checked. */
const FLAGS = ["--noEmit", "--strict", "--skipLibCheck", "--pretty", "false", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext"];

export interface TscRun {
  seconds: number;
  /** Error count per file (relative to the run's cwd); "" for errors tied to no file (bad flags etc.). */
  errors: Map<string, number>;
  output: string;
}

export function tsc(dir: string, file: string): TscRun {
  const start = now();
  let output = "";
  try {
    execFileSync(process.execPath, [TSC, ...FLAGS, file], { cwd: dir, stdio: "pipe", maxBuffer: 64 << 20 });
  } catch (e: any) {
    if (e.stdout === undefined) throw e; // tsc never ran
    output = String(e.stdout) + String(e.stderr ?? "");
  }
  const seconds = (now() - start) / 1000;
  return { seconds, errors: countErrors(output), output };
}

function countErrors(output: string): Map<string, number> {
  const errors = new Map<string, number>();
  for (const line of output.split("\n")) {
    const m = /^(?:(.+?)\(\d+,\d+\): )?error TS\d+/.exec(line);
    if (m) errors.set(m[1] ?? "", (errors.get(m[1] ?? "") ?? 0) + 1);
  }
  // a failing run whose output we cannot parse must not pass as clean
  if (output.trim() && errors.size === 0) errors.set("", 1);
  return errors;
}

export const totalErrors = (run: TscRun) => [...run.errors.values()].reduce((a, b) => a + b, 0);
