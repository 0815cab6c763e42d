/**
 * 4. Scale: the Stripe spec through our types stage (scripts/pipeline/types.ts, programmatic
 * openapi-typescript) vs the openapi-typescript CLI and two peer generators (bench/peers.ts:
 * @hey-api/openapi-ts, orval), plus synthetic specs of 100/1,000/5,000 operations: generation time,
 * output size and tsc time of a small consumer file.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { generateTypes } from "../scripts/pipeline/types.js";
import { type PeerRun, startPeers, timeConsumers, timeGeneration, version } from "./peers.js";
import { fmtRange, now, reps, summarize, table } from "./stats.js";
import { tsc, totalErrors } from "./tsc.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const STRIPE = path.resolve(ROOT, "../../shared/bench-specs/stripe-spec3-2023-08-16.yaml");
const STRIPE_FALLBACK = "/work/shared/bench-specs/stripe-spec3-2023-08-16.yaml";
const CLI = path.join(ROOT, "node_modules/.bin/openapi-typescript");

async function ours(name: string, doc: unknown): Promise<string> {
  const project = { providers: [{ name, specFile: `${name}.yaml` }] } as any;
  return (await generateTypes(project, new Map([[name, doc as any]]))).get(name)!;
}

function tscSeconds(dir: string, schema: string, consumer: string): number {
  writeFileSync(path.join(dir, "schema.ts"), schema);
  writeFileSync(path.join(dir, "consumer.ts"), consumer);
  const result = tsc(dir, "consumer.ts");
  if (totalErrors(result) > 0) throw new Error(`tsc failed: ${result.output.slice(0, 2000)}`);
  return result.seconds;
}

const stripeConsumer = `import type { paths, components } from "./schema.js";
type List = paths["/v1/customers"]["get"]["responses"][200]["content"]["application/json"];
export const first = (l: List): string | undefined => l.data[0]?.id;
export type Customer = components["schemas"]["customer"];
export const email = (c: Customer) => c.email ?? "";
`;

function syntheticSpec(operations: number): unknown {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < operations; i++) {
    schemas[`Item${i}`] = {
      type: "object",
      required: ["id", "name"],
      properties: { id: { type: "string" }, name: { type: "string", description: `Item ${i}` }, count: { type: "integer", default: 0 }, tags: { type: "array", items: { type: "string" } }, meta: { type: "object", properties: { created: { type: "string", format: "date-time" } } } },
    };
    paths[`/items${i}/{id}`] = {
      get: {
        operationId: `getItem${i}`,
        summary: `Get item ${i}`,
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, { name: "expand", in: "query", schema: { type: "boolean" } }],
        responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: `#/components/schemas/Item${i}` } } } } },
      },
    };
  }
  return { openapi: "3.1.0", info: { title: `synthetic ${operations}`, version: "1" }, paths, components: { schemas } };
}

const syntheticConsumer = `import type { paths } from "./schema.js";
type A = paths["/items0/{id}"]["get"]["responses"][200]["content"]["application/json"];
type B = paths["/items99/{id}"]["get"]["parameters"]["path"];
export const name = (a: A): string => a.name;
export const id: B = { id: "x" };
`;

const secs = (v: number[]) => fmtRange(summarize(v), 2, " s");
const ratioOf = (v: number[]) => fmtRange(summarize(v));
const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

function countOperations(doc: any): number {
  const methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
  return Object.values(doc.paths).reduce((n: number, item: any) => n + Object.keys(item).filter((k) => methods.includes(k)).length, 0);
}

/** Row of the main table for a peer; ratios against the CLI baseline of the same round. */
function peerRow(run: PeerRun, cliBytes: number): string[] {
  if (run.failure) return [run.peer.label, `failed: ${run.failure}`, "", "", "", "", "", ""];
  const t = run.tsc.types;
  const tscCells = t.failure ? [`failed: ${t.failure}`, "", ""] : [secs(t.seconds), ratioOf(t.ratio), String(t.generatedErrors)];
  return [run.peer.label, secs(run.gen), ratioOf(run.genRatio), kB(run.bytes), (run.bytes / cliBytes).toFixed(2), ...tscCells];
}

function peerSdkRow(run: PeerRun): string[] {
  const s = run.tsc.sdk;
  if (run.failure) return [run.peer.label, "failed: generation failed", "", ""];
  if (s.failure) return [run.peer.label, `failed: ${s.failure}`, "", ""];
  return [run.peer.label, secs(s.seconds), ratioOf(s.ratio), String(s.generatedErrors)];
}

async function stripe(dir: string): Promise<string[]> {
  let specFile = STRIPE;
  try { readFileSync(specFile); } catch { specFile = STRIPE_FALLBACK; }
  const yamlText = readFileSync(specFile, "utf8");
  const rounds = reps(3, 1);
  const peers = startPeers(dir);
  const parseT: number[] = [], oursT: number[] = [], cliT: number[] = [], ratio: number[] = [];
  let oursOut = "", cliOut = "";
  // one round = every generator once, so machine drift hits all of them alike
  for (let r = 0; r < rounds; r++) {
    const t0 = now();
    const doc = parse(yamlText);
    const t1 = now();
    oursOut = await ours("stripe", doc);
    const t2 = now();
    const outFile = path.join(dir, "cli-schema.ts");
    // cwd outside the repo, so the CLI does not pick up redocly.yaml
    execFileSync(CLI, [specFile, "-o", outFile], { cwd: dir, stdio: "pipe" });
    const t3 = now();
    cliOut = readFileSync(outFile, "utf8");
    parseT.push((t1 - t0) / 1000); oursT.push((t2 - t0) / 1000); cliT.push((t3 - t2) / 1000); ratio.push((t2 - t0) / (t3 - t2));
    for (const peer of peers) timeGeneration(peer, specFile, cliT[r]!);
  }
  const oursTsc: number[] = [], cliTsc: number[] = [], tscRatio: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const a = tscSeconds(dir, oursOut, stripeConsumer);
    const b = tscSeconds(dir, cliOut, stripeConsumer);
    oursTsc.push(a); cliTsc.push(b); tscRatio.push(a / b);
    for (const peer of peers) timeConsumers(peer, b);
  }
  const cliBytes = Buffer.byteLength(cliOut), oursBytes = Buffer.byteLength(oursOut);
  const same = ["same", "", "same", "", "same"];
  return [
    `### Stripe spec (${path.basename(specFile)}, ${countOperations(parse(yamlText))} operations)`,
    "",
    `Median (min–max) over ${rounds} rounds; each round runs every generator once, and ratios = row / openapi-typescript CLI (the baseline) in the same round.`,
    "",
    `- **openapi-typescript CLI**: \`openapi-typescript spec.yaml -o out.ts\`, default options.`,
    `- **ours**: YAML parse (included, ${secs(parseT)}) + generateTypes() from scripts/pipeline/types.ts in-process (programmatic openapi-typescript with emptyObjectsUnknown and defaultNonNullable: false), so no Node start-up.`,
    ...peers.map((p) => `- **${p.peer.label}**: ${p.peer.config}.`),
    "",
    "Every CLI runs as a child process from a temp dir (Node start-up included; no config file in reach), offline. Output = total bytes of every file the tool writes. Consumer tsc = `tsc --noEmit --strict --skipLibCheck` of a consumer of at most 5 lines that reads the customer list response type → first id and the Customer type → email from the generated output (tsc checks the generated .ts files it imports too). A consumer that does not compile fails its row; errors tsc reports inside the generated code are counted in the last column.",
    "",
    table(["", "generation", "ratio", "output", "ratio", "consumer tsc", "ratio", "tsc errors in generated code"], [
      [`openapi-typescript ${version("openapi-typescript")} CLI (baseline)`, secs(cliT), "1.00", kB(cliBytes), "1.00", secs(cliTsc), "1.00", "0"],
      ["ours (generateTypes, incl. YAML parse)", secs(oursT), ratioOf(ratio), kB(oursBytes), (oursBytes / cliBytes).toFixed(2), secs(oursTsc), ratioOf(tscRatio), "0"],
      ["ours, excl. YAML parse", secs(oursT.map((t, i) => t - parseT[i]!)), ratioOf(oursT.map((t, i) => (t - parseT[i]!) / cliT[i]!)), ...same],
      ...peers.map((p) => peerRow(p, cliBytes)),
    ]),
    "",
    "The peers' consumers above only import types. Calling the generated list function instead (`getCustomers()`, how these clients are used) makes tsc check the SDK and client code as well; ratio against the same baseline consumer:",
    "",
    table(["consumer calling the SDK", "consumer tsc", "ratio", "tsc errors in generated code"], peers.map(peerSdkRow)),
    "",
  ];
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "specfirst-bench-scale-"));
  const out: string[] = ["## 4. Scale", ""];
  try {
    out.push(...(await stripe(dir)));

    const sizes = [100, 1000, 5000];
    const rows: string[][] = [];
    let baseGen = 0, baseTsc = 0;
    for (const n of sizes) {
      const spec = syntheticSpec(n);
      const gen: number[] = [], tscT: number[] = [];
      let schema = "";
      const r = reps(n >= 5000 ? 2 : 3, 1);
      for (let i = 0; i < r; i++) {
        const t = now();
        schema = await ours(`synthetic${n}`, spec);
        gen.push((now() - t) / 1000);
      }
      for (let i = 0; i < r; i++) tscT.push(tscSeconds(dir, schema, syntheticConsumer));
      const g = summarize(gen), c = summarize(tscT);
      if (n === sizes[0]) { baseGen = g.median; baseTsc = c.median; }
      rows.push([n.toLocaleString("en"), fmtRange(g, 2, " s"), `${(g.median / baseGen).toFixed(1)}×`, fmtRange(c, 2, " s"), `${(c.median / baseTsc).toFixed(1)}×`, `${(Buffer.byteLength(schema) / 1024).toFixed(0)} kB`]);
    }
    out.push(
      "### Synthetic specs",
      "",
      "One GET per path with a path and a query parameter and its own response schema. Generation = generateTypes() in-process; tsc = `tsc --noEmit --strict` of a 5-line consumer importing the generated schema.ts (which tsc then checks too). Growth = median / the 100-operation median (the baseline). Median (min–max) over 3 rounds (2 for 5,000).",
      "",
      table(["operations", "generation", "growth", "consumer tsc", "growth", "output"], rows),
    );
    return out.join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
