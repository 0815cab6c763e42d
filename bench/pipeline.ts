/**
 * 3. The pipeline in a scratch copy of the repo (node_modules linked): cold full build (--force),
 * no-op rebuild, one-spec change (one summary edited). Baseline: bare `node --import tsx` startup.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { copyProject, runPipeline } from "../test/pipeline/project-copy.js";
import { fmtRange, now, quick, reps, summarize, table } from "./stats.js";

const SPEC = "specs/shadowserver/paths/lookups.yaml";
const SUMMARY = "summary: Look up routing and AS information";

async function build(dir: string, ...args: string[]): Promise<number> {
  const start = now();
  const result = await runPipeline(dir, ...args);
  const ms = now() - start;
  if (result.code !== 0) throw new Error(`build ${args.join(" ")} failed in ${dir}:\n${result.stdout}\n${result.stderr}`);
  return ms / 1000;
}

export async function run(): Promise<string> {
  const dir = copyProject();
  try {
    const startup: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = now();
      execFileSync(process.execPath, ["--import", "tsx", "-e", "0"], { cwd: dir });
      startup.push((now() - t) / 1000);
    }
    const cold: number[] = [], noop: number[] = [], change: number[] = [];
    for (let i = 0; i < reps(2, 1); i++) {
      rmSync(path.join(dir, ".specfirst-tmp"), { recursive: true, force: true });
      cold.push(await build(dir, "--force"));
    }
    for (let i = 0; i < reps(5, 2); i++) noop.push(await build(dir));
    const original = readFileSync(path.join(dir, SPEC), "utf8");
    if (!original.includes(SUMMARY)) throw new Error(`${SPEC} no longer has "${SUMMARY}"`);
    for (let i = 0; i < reps(2, 1); i++) {
      writeFileSync(path.join(dir, SPEC), original.replace(SUMMARY, `${SUMMARY} (bench edit ${i})`));
      change.push(await build(dir));
    }
    const base = summarize(startup).median;
    const row = (name: string, xs: number[]) => {
      const s = summarize(xs);
      return [name, fmtRange(s, 2, " s"), fmtRange(summarize(xs.map((x) => x / base)), 1), String(s.n)];
    };
    const noopS = summarize(noop);
    return [
      "## 3. Pipeline",
      "",
      `\`node --import tsx scripts/build.ts\` in a scratch copy (test/pipeline/project-copy.ts), node_modules linked. Median (min–max) wall time. Ratio = time / bare \`node --import tsx -e 0\` startup (${base.toFixed(2)} s median) in the same run. Cold = \`--force\` with .specfirst-tmp removed; one-spec change = one summary edited in ${SPEC}.${quick ? " (BENCH_QUICK run)" : ""}`,
      "",
      table(["run", "wall time", "ratio vs tsx startup", "runs"], [row("tsx startup (baseline)", startup), row("cold full build", cold), row("no-op rebuild", noop), row("one-spec change", change)]),
      "",
      `No-op target ≤ 1 s: ${noopS.median <= 1 ? "met" : "NOT met"} (median ${noopS.median.toFixed(2)} s).`,
    ].join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
