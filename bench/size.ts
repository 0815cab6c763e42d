/**
 * 5. Size: minified + gzipped bytes of an app importing one provider's factory, and of the whole
 * entry (esbuild, platform browser), vs openapi-fetch alone and vs the least a signed openapi-fetch
 * client can weigh (bench/size-floors/: a hand-written signing middleware and nothing else).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { providers } from "../generated/providers.js";
import { table } from "./stats.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const TARGET = 5 * 1024;

/** Hand-written signed clients with no policy at all: what any signed openapi-fetch client weighs at least. */
const FLOORS: [signer: string, file: string][] = [
  ["an HMAC-SHA256 signing middleware", "bench/size-floors/hmac-middleware.ts"],
  ["an @noble MD5 signing middleware", "bench/size-floors/md5-middleware.ts"],
];

interface Measured {
  min: number;
  gz: number;
  /** Minified bytes per input file. */
  inputs: Record<string, number>;
}

async function measure(entry: string): Promise<Measured> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "browser", write: false, metafile: true, logLevel: "silent", absWorkingDir: ROOT });
  const code = result.outputFiles[0]!.contents;
  const output = Object.values(result.metafile!.outputs)[0]!;
  const inputs = Object.fromEntries(Object.entries(output.inputs).map(([file, { bytesInOutput }]) => [file, bytesInOutput]));
  return { min: code.byteLength, gz: gzipSync(code, { level: 9 }).byteLength, inputs };
}

/** Where a factory's minified bytes come from, by part of the code base. */
const PARTS: [string, (file: string) => boolean][] = [
  ["openapi-fetch", (file) => file.includes("node_modules/openapi-fetch/")],
  ["@noble/hashes (MD5 outside Node)", (file) => file.includes("node_modules/@noble/")],
  ["call loop, transport, retries, deadlines", (file) => /src\/(core\/(call-loop|transport|retry|client|effects|operations|options|user-agent|bound-params)|internal\/(deadline|sleep|draft-request|request|shared-flight))\.ts$/.test(file)],
  ["errors and redaction", (file) => /src\/core\/(errors\/|redact)/.test(file)],
  ["paging", (file) => /src\/core\/(paginate|paging)/.test(file)],
  ["signing primitives", (file) => /src\/internal\/(hmac|md5|hex|node-crypto|server-clock)\.ts$/.test(file)],
  ["the provider folder", (file) => file.startsWith("src/providers/")],
  ["generated table", (file) => file.startsWith("generated/")],
];

function breakdown(measured: Measured): string[] {
  const totals = new Map<string, number>(PARTS.map(([name]) => [name, 0]));
  let other = 0;
  for (const [file, bytes] of Object.entries(measured.inputs)) {
    const part = PARTS.find(([, matches]) => matches(file));
    if (part) totals.set(part[0], totals.get(part[0])! + bytes);
    else other += bytes;
  }
  return [...[...totals].map(([, bytes]) => String(bytes)), String(other)];
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(path.join(ROOT, ".specfirst-tmp-bench-"));
  try {
    const baselineEntry = path.join(dir, "openapi-fetch-only.ts");
    writeFileSync(baselineEntry, `export { default as createClient } from "openapi-fetch";\n`);
    const base = await measure(baselineEntry);
    const rows: (string | number)[][] = [["openapi-fetch alone (baseline)", base.min, base.gz, "1.00", ""]];
    const floors: string[] = [];
    for (const [signer, file] of FLOORS) {
      const floor = await measure(path.join(ROOT, file));
      rows.push([`openapi-fetch + ${signer}, nothing else (floor)`, floor.min, floor.gz, (floor.gz / base.gz).toFixed(2), ""]);
      floors.push(`${TARGET - floor.gz} B over openapi-fetch + ${signer}`);
    }
    const parts: (string | number)[][] = [];
    for (const { name } of providers) {
      const factory = await measure(path.join(ROOT, "generated", name, "client.ts"));
      parts.push([name, ...breakdown(factory), factory.min]);
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
      "",
      `What the target leaves for everything a factory does beyond signing (the call loop, retries, deadlines, redirect refusal, typed errors, redaction, path checks, paging, the provider's own logic and its operation table): ${floors.join("; ")}.`,
      "",
      "Where each factory's minified bytes come from (esbuild's metafile; gzip works on the whole file, so it is not split this way):",
      "",
      table(["factory", ...PARTS.map(([name]) => name), "other", "total minified B"], parts),
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
