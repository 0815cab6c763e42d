import { readFileSync } from "node:fs";
import path from "node:path";
import type { Project } from "./providers.js";

/**
 * package.json's `exports` follow redocly.yaml: one subpath per provider (Hono-style), so the
 * provider list is written by hand in one place only, plus `specfirst/sandbox` (the emulators,
 * Node only). `npm run check` flags a stale manifest.
 */
export function renderManifest(project: Project): string {
  const file = path.join(project.root, "package.json");
  const manifest = JSON.parse(readFileSync(file, "utf8"));
  const entry = (base: string) => ({ types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` });
  manifest.exports = {
    ".": entry("generated/index"),
    ...Object.fromEntries(project.providers.map((p) => [`./${p.name}`, entry(`generated/${p.name}/index`)])),
    "./sandbox": entry("generated/sandbox"),
    "./package.json": "./package.json",
  };
  manifest.bin = { specfirst: "./dist/generated/cli.js" };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
