/**
 * 4. Scale: the Stripe spec through our types stage (scripts/pipeline/types.ts, programmatic
 * openapi-typescript) vs the openapi-typescript CLI, plus synthetic specs of 100/1,000/5,000
 * operations: generation time and tsc time of a small consumer file.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { generateTypes } from "../scripts/pipeline/types.js";
import { fmtRange, now, reps, summarize, table } from "./stats.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const STRIPE = path.resolve(ROOT, "../../shared/bench-specs/stripe-spec3-2023-08-16.yaml");
const STRIPE_FALLBACK = "/work/shared/bench-specs/stripe-spec3-2023-08-16.yaml";
const TSC = path.join(ROOT, "node_modules/typescript/bin/tsc");
const CLI = path.join(ROOT, "node_modules/.bin/openapi-typescript");

async function ours(name: string, doc: unknown): Promise<string> {
  const project = { providers: [{ name, specFile: `${name}.yaml` }] } as any;
  return (await generateTypes(project, new Map([[name, doc as any]]))).get(name)!;
}

function tscSeconds(dir: string, schema: string, consumer: string): number {
  writeFileSync(path.join(dir, "schema.ts"), schema);
  writeFileSync(path.join(dir, "consumer.ts"), consumer);
  const start = now();
  try {
    execFileSync(process.execPath, [TSC, "--noEmit", "--strict", "--skipLibCheck", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext", "consumer.ts"], { cwd: dir, stdio: "pipe" });
  } catch (e: any) {
    throw new Error(`tsc failed: ${String(e.stdout).slice(0, 2000)}`);
  }
  return (now() - start) / 1000;
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

export async function run(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "specfirst-bench-scale-"));
  const out: string[] = ["## 4. Scale", ""];
  try {
    let specFile = STRIPE;
    try { readFileSync(specFile); } catch { specFile = STRIPE_FALLBACK; }
    const yamlText = readFileSync(specFile, "utf8");
    const rounds = reps(3, 1);
    const parseT: number[] = [], oursT: number[] = [], cliT: number[] = [], ratio: number[] = [];
    let oursOut = "", cliOut = "";
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
    }
    const oursTsc: number[] = [], cliTsc: number[] = [], tscRatio: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const a = tscSeconds(dir, oursOut, stripeConsumer);
      const b = tscSeconds(dir, cliOut, stripeConsumer);
      oursTsc.push(a); cliTsc.push(b); tscRatio.push(a / b);
    }
    const ops = Object.values((parse(yamlText) as any).paths).reduce((n: number, item: any) => n + Object.keys(item).filter((k) => ["get", "put", "post", "delete", "patch", "head", "options", "trace"].includes(k)).length, 0);
    out.push(
      `### Stripe spec (${path.basename(specFile)}, ${ops} operations)`,
      "",
      `Median (min–max) over ${rounds} rounds. Ours = YAML parse (included, ${fmtRange(summarize(parseT), 2, " s")}) + generateTypes() from scripts/pipeline/types.ts in-process; CLI = \`openapi-typescript spec.yaml -o out.ts\` as a child process (includes Node startup), run from a temp dir. Ratios = ours / CLI (the baseline). Note the options differ: ours sets emptyObjectsUnknown and defaultNonNullable: false.`,
      "",
      table(["", "ours", "openapi-typescript CLI (baseline)", "ratio"], [
        ["generation time", fmtRange(summarize(oursT), 2, " s"), fmtRange(summarize(cliT), 2, " s"), fmtRange(summarize(ratio))],
        ["generation excl. YAML parse", fmtRange(summarize(oursT.map((t, i) => t - parseT[i]!)), 2, " s"), fmtRange(summarize(cliT), 2, " s"), fmtRange(summarize(oursT.map((t, i) => (t - parseT[i]!) / cliT[i]!)))],
        ["output size", `${(Buffer.byteLength(oursOut) / 1024).toFixed(0)} kB`, `${(Buffer.byteLength(cliOut) / 1024).toFixed(0)} kB`, (Buffer.byteLength(oursOut) / Buffer.byteLength(cliOut)).toFixed(2)],
        ["tsc of a small consumer", fmtRange(summarize(oursTsc), 2, " s"), fmtRange(summarize(cliTsc), 2, " s"), fmtRange(summarize(tscRatio))],
      ]),
      "",
    );

    const sizes = [100, 1000, 5000];
    const rows: string[][] = [];
    let baseGen = 0, baseTsc = 0;
    for (const n of sizes) {
      const spec = syntheticSpec(n);
      const gen: number[] = [], tsc: number[] = [];
      let schema = "";
      const r = reps(n >= 5000 ? 2 : 3, 1);
      for (let i = 0; i < r; i++) {
        const t = now();
        schema = await ours(`synthetic${n}`, spec);
        gen.push((now() - t) / 1000);
      }
      for (let i = 0; i < r; i++) tsc.push(tscSeconds(dir, schema, syntheticConsumer));
      const g = summarize(gen), c = summarize(tsc);
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
