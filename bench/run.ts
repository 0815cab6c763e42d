/** `npm run bench`: runs every benchmark one after another (never in parallel) and writes bench/RESULTS.md. */
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run as client } from "./client.js";
import { run as pipeline } from "./pipeline.js";
import { run as scale } from "./scale.js";
import { run as signing } from "./signing.js";
import { run as size } from "./size.js";
import { quick } from "./stats.js";

const sections: string[] = [];
for (const [name, bench] of [["client", client], ["signing", signing], ["pipeline", pipeline], ["scale", scale], ["size", size]] as const) {
  const start = performance.now();
  process.stderr.write(`bench: ${name}…`);
  sections.push(await bench());
  process.stderr.write(` ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
}
const header = [
  "# Benchmarks",
  "",
  `Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${os.platform()} ${os.arch()}${quick ? ", BENCH_QUICK=1 (smoke run, too few repeats to quote)" : ""}.`,
  "Every figure is a ratio against a baseline measured in the same run, with median and spread (p25–p75 or min–max as labelled) over repeated runs. Absolute numbers depend on the machine; the ratios are the point.",
  "",
].join("\n");
const file = path.join(import.meta.dirname, "RESULTS.md");
writeFileSync(file, `${header}\n${sections.join("\n\n")}\n`);
console.log(`wrote ${path.relative(process.cwd(), file)}`);
