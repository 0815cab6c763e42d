/** 5. Size: minified + gzipped bytes of an app importing one provider's factory, and of the whole entry (esbuild, platform browser), vs openapi-fetch alone. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { providers } from "../generated/providers.js";
import { table } from "./stats.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const TARGET = 5 * 1024;

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
    const rows: (string | number)[][] = [["openapi-fetch alone (baseline)", base.min, base.gz, "1.00", ""]];
    for (const { name } of providers) {
      const factory = await measure(path.join(ROOT, "generated", name, "client.ts"));
      rows.push([`specfirst/${name}: the factory alone`, factory.min, factory.gz, (factory.gz / base.gz).toFixed(2), factory.gz <= TARGET ? "met" : "not met"]);
      const whole = await measure(path.join(ROOT, "generated", name, "index.ts"));
      rows.push([`specfirst/${name}: every export`, whole.min, whole.gz, (whole.gz / base.gz).toFixed(2), ""]);
    }
    return [
      "## 5. Bundle size",
      "",
      `esbuild, \`platform: browser\`, ESM, minified; gzip level 9. "The factory alone" is what an app importing only \`createXClient\` bundles (\`generated/<p>/client.ts\`); "every export" adds the error catalogues, operation catalogue and helpers of \`generated/<p>/index.ts\`. Deterministic, so one measurement (no spread). Ratio = gzipped / openapi-fetch alone. Target for the factory: ≤ ${TARGET} B.`,
      "",
      table(["entry", "minified B", "min+gzip B", "gzip ratio vs openapi-fetch", "≤ 5 kB"], rows),
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
