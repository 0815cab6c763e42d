/**
 * 1. Client overhead: each generated client (with its signing) vs a bare `fetch` plus the same
 * signing written by hand, and vs openapi-fetch alone, against a loopback server in its own process.
 * Every side runs in a process of its own (client-side.ts); ratios are per round.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { TRIOS } from "./client-trios.js";
import { startServerProcess } from "./server.js";
import { fmt, reps, summarize, table } from "./stats.js";

const SIDES = ["ours", "floor", "bare"] as const;
type Side = (typeof SIDES)[number];
interface SideResult { median: number; perSec: number; concurrentPerSec: number }

/**
 * With two cores or more and taskset, the server gets the last core and the clients the others:
 * without it the scheduler moves both around, and the spread between runs doubles.
 */
function cores(): { server: string[]; client: string[]; described: string } {
  const count = os.availableParallelism();
  const taskset = count >= 2 && spawnSync("taskset", ["--version"]).status === 0;
  if (!taskset) return { server: [], client: [], described: "not pinned to cores" };
  const last = count - 1;
  return { server: ["taskset", "-c", String(last)], client: ["taskset", "-c", last === 1 ? "0" : `0-${last - 1}`], described: `server pinned to core ${last}, clients to ${last === 1 ? "core 0" : `cores 0–${last - 1}`} (taskset)` };
}

const ROOT = path.resolve(import.meta.dirname, "..");

/**
 * The side runner as plain JavaScript, so each side runs under bare `node` as an app does: with tsx's
 * loader in the process the figures moved more, and its start-up would limit the number of rounds.
 */
async function bundleSideRunner(dir: string): Promise<string> {
  const file = path.join(dir, "client-side.mjs");
  await build({ entryPoints: [path.join(ROOT, "bench/client-side.ts")], bundle: true, platform: "node", format: "esm", target: "node20", outfile: file, external: ["openapi-fetch"], logLevel: "silent" });
  return file;
}

function runSide(runner: string, pin: string[], provider: string, side: Side, url: string, warmUp: number, calls: number): SideResult {
  const [command, ...args] = [...pin, process.execPath, runner, provider, side, url, String(warmUp), String(calls)];
  const env = { ...process.env, SPECFIRST_BENCH_DIST: pathToFileURL(path.join(ROOT, "dist/generated/")).href };
  return JSON.parse(execFileSync(command!, args, { encoding: "utf8", env })) as SideResult;
}

export async function run(): Promise<string> {
  const pin = cores();
  // Inside the project, so the runner resolves openapi-fetch from its node_modules.
  const scratch = mkdtempSync(path.join(ROOT, ".specfirst-tmp-bench-"));
  const runner = await bundleSideRunner(scratch);
  const server = await startServerProcess(pin.server);
  // Many short rounds rather than a few long ones: what varies most is the process (how its code got
  // compiled, where its memory landed), so the median needs many processes per side.
  // Latency falls by about half over a process's first ~3000 calls, as the engine compiles undici's,
  // openapi-fetch's and our code; measured earlier, the figures were of code half compiled. An app's
  // long-lived client runs in the steady state, so that is what is timed.
  const WARM_UP = reps(4000, 200);
  const N = reps(1000, 200);
  const rounds = reps(31, 3);
  const rows: (string | number)[][] = [];
  const verdicts: string[] = [];
  try {
    for (const provider of Object.keys(TRIOS)) {
      const ratios = { oursBare: [] as number[], floorBare: [] as number[], oursFloor: [] as number[], seqTp: [] as number[], conTp: [] as number[] };
      const latency: Record<Side, number[]> = { ours: [], floor: [], bare: [] };
      const perSec: Record<Side, number[]> = { ours: [], floor: [], bare: [] };
      for (let r = 0; r < rounds; r++) {
        // rotate which side goes first so drift does not favour one
        const order = SIDES.map((_, i) => SIDES[(i + r) % SIDES.length]!);
        const result = {} as Record<Side, SideResult>;
        for (const side of order) result[side] = runSide(runner, pin.client, provider, side, server.url, WARM_UP, N);
        const seq = result;
        const con = Object.fromEntries(SIDES.map((side) => [side, result[side].concurrentPerSec])) as Record<Side, number>;
        ratios.oursBare.push(seq.ours.median / seq.bare.median);
        ratios.floorBare.push(seq.floor.median / seq.bare.median);
        ratios.oursFloor.push(seq.ours.median / seq.floor.median);
        ratios.seqTp.push(seq.ours.perSec / seq.bare.perSec);
        ratios.conTp.push(con.ours / con.bare);
        for (const side of SIDES) {
          latency[side].push(seq[side].median * 1000);
          perSec[side].push(con[side]);
        }
      }
      const median = (values: number[]) => summarize(values).median.toFixed(0);
      rows.push([
        provider,
        fmt(summarize(ratios.oursBare)),
        fmt(summarize(ratios.floorBare)),
        fmt(summarize(ratios.oursFloor)),
        SIDES.map((side) => median(latency[side])).join(" / "),
        fmt(summarize(ratios.seqTp)),
        fmt(summarize(ratios.conTp)),
        SIDES.map((side) => median(perSec[side])).join(" / "),
      ]);
      const oursBare = summarize(ratios.oursBare).median, oursFloor = summarize(ratios.oursFloor).median;
      verdicts.push(`${provider} ${oursBare.toFixed(2)} vs bare fetch (${oursBare <= 1.1 ? "met" : "not met"}), ${oursFloor.toFixed(2)} vs openapi-fetch alone (${oursFloor <= 1.1 ? "met" : "not met"})`);
    }
  } finally {
    await server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  return [
    "## 1. Client overhead vs bare fetch + hand-written signing",
    "",
    `Loopback node:http server in a process of its own (as an API server is; in the client's process its objects would share the client's heap and its garbage collection would be charged to the client), answering 200 JSON. Each operation is called three ways, each in a process of its own as in an app that uses one client (sides sharing a process slow each other: openapi-fetch's and undici's call sites get compiled for every request class and fetch function they see): **ours** (the compiled package from dist/: signing, the call loop with retry/timeout policy, error mapping), **openapi-fetch** alone with the same signing done by the caller before the call (no middleware, no policy: the least any openapi-fetch client can cost), and **bare** \`fetch\` with the signing written by hand with node:crypto. Per side and round, in a process of its own under plain \`node\` (the runner is bundled to JavaScript first): ${WARM_UP} sequential calls to warm up (latency falls by about half over a process's first ~3000 calls as the engine compiles undici's, openapi-fetch's and our code; a long-lived client runs in that steady state), ${N} timed sequential calls, then ${Math.min(N, 300)} concurrent; ${rounds} rounds, order rotated; ${pin.described}. Ratios are per round, median (p25–p75) over rounds. Latency ratio target ≤ 1.10; throughput ratio: higher is better (1.00 = parity).`,
    "",
    table(
      ["provider", "latency ours / bare", "latency openapi-fetch / bare", "latency ours / openapi-fetch", "median latency µs (ours / openapi-fetch / bare)", "sequential throughput ours / bare", "concurrent throughput ours / bare", "concurrent req/s (ours / openapi-fetch / bare)"],
      rows,
    ),
    "",
    `Target ≤ 1.10 (median latency): ${verdicts.join("; ")}.`,
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
