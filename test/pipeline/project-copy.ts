import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const COPIED = ["README.md", "CHANGELOG.md", "redocly.yaml", "package.json", "tsconfig.json", "tsconfig.build.json", "specs", "templates", "scripts", "src", "generated", "docs"];

/** A scratch copy of the project (node_modules linked) to run the pipeline on without touching the real one. */
export function copyProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "specfirst-pipeline-"));
  for (const entry of COPIED) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

export interface PipelineResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/build.ts` in `dir` as a child process, as `npm run build|check` would. */
export function runPipeline(dir: string, ...args: string[]): Promise<PipelineResult> {
  return runScript(dir, "scripts/build.ts", args);
}

/** Runs `scripts/lint.ts` in `dir`, as `npm run lint` would. */
export function runLint(dir: string, ...args: string[]): Promise<PipelineResult> {
  return runScript(dir, "scripts/lint.ts", args);
}

function runScript(dir: string, script: string, args: string[]): Promise<PipelineResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", script, ...args], { cwd: dir, env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** A fingerprint of the given files and every file under the given folders: equal fingerprints mean byte-identical trees. */
export function fingerprint(dir: string, folders: string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const folder of folders) {
    const base = path.join(dir, folder);
    if (!existsSync(base)) continue;
    if (statSync(base).isFile()) {
      result[folder] = createHash("sha256").update(readFileSync(base)).digest("hex");
      continue;
    }
    for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      result[path.relative(dir, file)] = createHash("sha256").update(readFileSync(file)).digest("hex");
    }
  }
  return result;
}
