/**
 * Peer generators for the Stripe comparison in bench/scale.ts: @hey-api/openapi-ts and orval, both
 * bench-only devDependencies. They are only ever run as CLIs in child processes (never imported), so
 * their timings include Node start-up like the openapi-typescript CLI baseline.
 *
 * Each peer writes into <dir>/<slug>/out, and two consumers sit next to it:
 * - "types": the baseline's consumer, transcribed — the customer list response type → first id, the
 *   Customer type → email — so its tsc time compares like with like;
 * - "sdk": calls the generated list function instead, which is how these clients are meant to be used;
 *   tsc then also checks the SDK and client code.
 * A consumer must compile cleanly (wrong names fail the row); errors tsc reports inside the generated
 * code are counted and shown instead, because both peers emit some for the Stripe spec.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { now } from "./stats.js";
import { tsc, totalErrors } from "./tsc.js";

const ROOT = path.resolve(import.meta.dirname, "..");
/** A generator that hangs (e.g. waiting on the network) fails its row instead of stalling the bench. */
const TIMEOUT_MS = 10 * 60_000;

export const version = (pkg: string): string => JSON.parse(readFileSync(path.join(ROOT, "node_modules", pkg, "package.json"), "utf8")).version;

export type ConsumerKind = "types" | "sdk";

export interface Peer {
  slug: string;
  label: string;
  /** Markdown for RESULTS.md: the exact command line. */
  config: string;
  bin: string;
  args(spec: string): string[];
  consumers: Record<ConsumerKind, string>;
}

const heyApi: Peer = {
  slug: "hey-api",
  label: `@hey-api/openapi-ts ${version("@hey-api/openapi-ts")}`,
  config: "`openapi-ts -i spec.yaml -o out -p @hey-api/client-fetch @hey-api/typescript @hey-api/sdk --no-log-file` (the bundled fetch client + types + SDK functions)",
  bin: "openapi-ts",
  args: (spec) => ["-i", spec, "-o", "out", "-p", "@hey-api/client-fetch", "@hey-api/typescript", "@hey-api/sdk", "--no-log-file"],
  consumers: {
    // types.gen.ts holds the types; importing the index would pull in sdk.gen.ts too
    types: `import type { GetCustomersResponses, Customer } from "./out/types.gen.js";
type List = GetCustomersResponses[200];
export const first = (l: List): string | undefined => l.data[0]?.id;
export const email = (c: Customer) => c.email ?? "";
`,
    sdk: `import { getCustomers, type Customer } from "./out/index.js";
export async function first(): Promise<string | undefined> {
  const { data } = await getCustomers();
  return data?.data[0]?.id;
}
export const email = (c: Customer) => c.email ?? "";
`,
  },
};

const orval: Peer = {
  slug: "orval",
  label: `orval ${version("orval")}`,
  config: "`orval -i spec.yaml -o out/stripe.ts --client fetch --mode single` (no config file; types and fetch functions in one file)",
  bin: "orval",
  args: (spec) => ["-i", spec, "-o", "out/stripe.ts", "--client", "fetch", "--mode", "single"],
  consumers: {
    // mode single: types and functions share one file, so a types-only import still loads all of it
    types: `import type { GetCustomers200, Customer } from "./out/stripe.js";
export const first = (l: GetCustomers200): string | undefined => l.data[0]?.id;
export const email = (c: Customer) => c.email ?? "";
`,
    sdk: `import { getCustomers, type Customer } from "./out/stripe.js";
export async function first(): Promise<string | undefined> {
  const res = await getCustomers();
  return res.status === 200 ? res.data.data[0]?.id : undefined;
}
export const email = (c: Customer) => c.email ?? "";
`,
  },
};

export const PEERS: readonly Peer[] = [heyApi, orval];

interface TscSeries {
  seconds: number[];
  ratio: number[];
  /** tsc errors inside the generated code (the consumer itself must have none). */
  generatedErrors: number;
  failure?: string;
}

export interface PeerRun {
  peer: Peer;
  dir: string;
  gen: number[];
  genRatio: number[];
  bytes: number;
  failure?: string;
  tsc: Record<ConsumerKind, TscSeries>;
}

export function startPeers(dir: string, peers: readonly Peer[] = PEERS): PeerRun[] {
  return peers.map((peer) => {
    const peerDir = path.join(dir, peer.slug);
    mkdirSync(peerDir, { recursive: true });
    const series = (): TscSeries => ({ seconds: [], ratio: [], generatedErrors: 0 });
    return { peer, dir: peerDir, gen: [], genRatio: [], bytes: 0, tsc: { types: series(), sdk: series() } };
  });
}

/** One generation round; `baseline` = the openapi-typescript CLI's seconds in the same round. */
export function timeGeneration(run: PeerRun, spec: string, baseline: number): void {
  if (run.failure) return;
  const out = path.join(run.dir, "out");
  rmSync(out, { recursive: true, force: true }); // every round writes from scratch
  const start = now();
  try {
    execFileSync(path.join(ROOT, "node_modules/.bin", run.peer.bin), run.peer.args(spec), { cwd: run.dir, stdio: "pipe", timeout: TIMEOUT_MS, maxBuffer: 64 << 20 });
  } catch (e) {
    run.failure = reason(e);
    return;
  }
  const seconds = (now() - start) / 1000;
  run.gen.push(seconds);
  run.genRatio.push(seconds / baseline);
  run.bytes = dirBytes(out);
}

/** One tsc round of both consumers; `baseline` = tsc seconds of the baseline consumer in the same round. */
export function timeConsumers(run: PeerRun, baseline: number): void {
  if (run.failure) return;
  for (const kind of ["types", "sdk"] as const) {
    const series = run.tsc[kind];
    if (series.failure) continue;
    const file = `consumer-${kind}.ts`;
    writeFileSync(path.join(run.dir, file), run.peer.consumers[kind]);
    const result = tsc(run.dir, file);
    const own = (result.errors.get(file) ?? 0) + (result.errors.get("") ?? 0);
    if (own > 0) {
      series.failure = `consumer does not compile: ${oneLine(result.output.split("\n").find((l) => l.startsWith(file) || /^error/.test(l)) ?? result.output)}`;
      continue;
    }
    series.seconds.push(result.seconds);
    series.ratio.push(result.seconds / baseline);
    series.generatedErrors = totalErrors(result);
  }
}

function dirBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((n, d) => n + statSync(path.join(d.parentPath, d.name)).size, 0);
}

/** The gist of a failed child process, fit for one table cell. */
function reason(e: any): string {
  if (e?.code === "ETIMEDOUT" || e?.signal === "SIGTERM") return `timed out after ${TIMEOUT_MS / 60_000} min`;
  const text = `${e?.stderr ?? ""}\n${e?.stdout ?? ""}`.replace(/\x1b\[[0-9;]*m/g, "");
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  return oneLine(lines.find((l) => /error/i.test(l)) ?? lines.at(-1) ?? String(e?.message ?? e));
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim().slice(0, 240);
