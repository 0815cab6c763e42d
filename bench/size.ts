/** 5. Size: minified + gzipped bytes of each provider entry (esbuild, platform browser) vs openapi-fetch alone. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { table } from "./stats.js";

const ROOT = path.resolve(import.meta.dirname, "..");

async function measure(entry: string): Promise<{ min: number; gz: number }> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent", absWorkingDir: ROOT });
  const code = result.outputFiles[0]!.contents;
  return { min: code.byteLength, gz: gzipSync(code, { level: 9 }).byteLength };
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(path.join(ROOT, ".specfirst-tmp-bench-"));
  try {
    const baselineEntry = path.join(dir, "openapi-fetch-only.ts");
    writeFileSync(baselineEntry, `export { default as createClient } from "openapi-fetch";\n`);
    const base = await measure(baselineEntry);
    const rows: (string | number)[][] = [["openapi-fetch alone (baseline)", base.min, base.gz, "1.00"]];
    for (const p of ["cloudtrax", "mashery", "shadowserver", "watchmouse"]) {
      const s = await measure(path.join(ROOT, "generated", p, "index.ts"));
      rows.push([`specfirst/${p}`, s.min, s.gz, (s.gz / base.gz).toFixed(2)]);
    }
    return [
      "## 5. Bundle size",
      "",
      "esbuild, `platform: browser`, ESM, minified, from `generated/<p>/index.ts`; gzip level 9. Deterministic, so one measurement (no spread). Ratio = gzipped / openapi-fetch alone.",
      "",
      table(["entry", "minified B", "min+gzip B", "gzip ratio vs openapi-fetch"], rows),
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
