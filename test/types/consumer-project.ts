// A scratch TypeScript project that imports `specfirst` as an installed package would: node_modules/specfirst
// links to this checkout, so "specfirst/<provider>" resolves through package.json `exports` to dist/.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { ROOT } from "../pipeline/project-copy.js";

const run = promisify(execFile);
const TSC = path.join(ROOT, "node_modules/typescript/bin/tsc");

/** What `tsc --init` and a strict user turn on, minus what each check varies. */
export const STRICT_OPTIONS = {
  target: "ES2022",
  lib: ["ES2022", "DOM", "esnext.disposable"],
  module: "NodeNext",
  moduleResolution: "NodeNext",
  strict: true,
  noEmit: true,
  // The package's own .d.ts files are checked too: they are what users compile against.
  skipLibCheck: false,
  types: ["node"],
  typeRoots: [path.join(ROOT, "node_modules/@types")],
} as const;

/** A folder with package.json (ESM) and node_modules/specfirst → this checkout. Throws if dist/ is missing. */
export function consumerProject(prefix: string): string {
  if (!existsSync(path.join(ROOT, "dist/generated/index.d.ts"))) throw new Error("dist/ is missing: run `npm run build` before `npm test`");
  const dir = mkdtempSync(path.join(tmpdir(), `specfirst-${prefix}-`));
  mkdirSync(path.join(dir, "node_modules"));
  symlinkSync(ROOT, path.join(dir, "node_modules/specfirst"), "dir");
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: `${prefix}-consumer`, private: true, type: "module" }));
  return dir;
}

/** Runs tsc on `files` of `dir` with these options; resolves to its diagnostics ("" when clean). */
export async function typeCheck(dir: string, name: string, files: string[], compilerOptions: Record<string, unknown>): Promise<string> {
  const config = path.join(dir, `tsconfig.${name}.json`);
  writeFileSync(config, JSON.stringify({ compilerOptions, files }));
  return run(process.execPath, [TSC, "-p", config], { cwd: dir, maxBuffer: 16 * 1024 * 1024 }).then(
    () => "",
    (error: { stdout?: string; message: string }) => error.stdout || error.message,
  );
}
