// The type-level check proven on real code: test/fixtures/changes/consumer.ts.txt, written against
// version 1 of a small orders API, compiles against the types generated from orders-v1.yaml and not
// against those from orders-v2.yaml; the check reports each break with its operation and type path.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { diffSpecs } from "../../scripts/pipeline/changes/diff.js";
import { checkTypes, explain } from "../../scripts/pipeline/changes/type-check.js";
import type { Project } from "../../scripts/pipeline/providers.js";
import { generateTypes } from "../../scripts/pipeline/types.js";
import { ROOT } from "./project-copy.js";

const FIXTURES = path.join(ROOT, "test/fixtures/changes");
const spec = (name: string) => parse(readFileSync(path.join(FIXTURES, name), "utf8")) as Record<string, any>;
const v1 = spec("orders-v1.yaml");
const v2 = spec("orders-v2.yaml");

/** The types stage's own generator, for one spec. */
async function typesOf(document: Record<string, any>): Promise<string> {
  const project = { providers: [{ name: "orders", specFile: path.join(FIXTURES, "orders.yaml") }] } as Project;
  return (await generateTypes(project, new Map([["orders", document]]))).get("orders")!;
}

let types: { v1: string; v2: string };
// Inside the project, so `openapi-fetch` resolves from its node_modules as it would for a user.
let scratch: string;
beforeAll(async () => {
  types = { v1: await typesOf(v1), v2: await typesOf(v2) };
  mkdirSync(path.join(ROOT, ".specfirst-tmp"), { recursive: true });
  scratch = mkdtempSync(path.join(ROOT, ".specfirst-tmp", "consumer-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Compiles the consumer beside one version's schema.ts; "line: message" per error. */
function compileConsumer(schema: string): string[] {
  const dir = mkdtempSync(path.join(scratch, "v-"));
  writeFileSync(path.join(dir, "schema.ts"), schema);
  copyFileSync(path.join(FIXTURES, "consumer.ts.txt"), path.join(dir, "consumer.ts"));
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, types: [], lib: ["lib.es2022.d.ts", "lib.dom.d.ts"] };
  const program = ts.createProgram([path.join(dir, "consumer.ts")], options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    return `${path.basename(d.file?.fileName ?? "")}:${line}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
  });
}

describe("type-level breaks, proven with a consumer", () => {
  it("the consumer compiles against version 1", () => {
    expect(compileConsumer(types.v1)).toEqual([]);
  });

  it("and fails against version 2 where the check says it would: parameters, request body, response", () => {
    const errors = compileConsumer(types.v2);
    expect(errors.map((e) => e.replace(/: .*/s, ""))).toEqual(["consumer.ts:12", "consumer.ts:13", "consumer.ts:16"]);
    expect(errors[0]).toContain("warehouse");
    expect(errors[1]).toContain("'number' is not assignable to type 'string'");
    expect(errors[2]).toContain("cancelled");

    const result = checkTypes([{ provider: "orders", previous: v1, next: v2, previousTypes: types.v1, nextTypes: types.v2 }]);
    expect(result.problems).toEqual([]);
    expect(result.findings.get("orders")!.map((f) => `${f.rule} ${f.operation} ${f.location} ${f.detail}`)).toEqual([
      "types-parameters-not-assignable POST /orders/{orderId}/items types: parameters `query`: Type 'undefined' is not assignable to type '{ notify?: boolean | undefined; warehouse: string; }'.",
      "types-request-body-not-assignable POST /orders/{orderId}/items types: request body `quantity`: Type 'number' is not assignable to type 'string'.",
      "types-response-body-not-assignable POST /orders/{orderId}/items types: response 200 body `status`: Type '\"cancelled\"' is not assignable to type '\"open\" | \"shipped\"'.",
    ]);
  });

  it("the spec-level report names the same breaks, by rule (the compiler stops at the first incompatible field of a body)", () => {
    expect(diffSpecs(v1, v2).map((f) => `${f.rule} ${f.level} ${f.location}`)).toEqual([
      "request-required-parameter-added breaking query parameter `warehouse`",
      "request-property-type-changed breaking request body field `quantity`",
      "response-property-type-changed breaking response 200 field `items[].quantity`",
      "response-property-enum-value-added breaking response 200 field `status`",
    ]);
  });

  it("nothing to report between a version and itself, and one program judges every operation", () => {
    const result = checkTypes([{ provider: "orders", previous: v1, next: v1, previousTypes: types.v1, nextTypes: types.v1 }]);
    expect(result).toEqual({ findings: new Map(), problems: [], assignments: 3 });
  });

  it("reads the type path from the compiler's message chain", () => {
    const chain: ts.DiagnosticMessageChain = {
      messageText: "Type 'A' is not assignable to type 'B'.",
      category: ts.DiagnosticCategory.Error,
      code: 2322,
      next: [{ messageText: "Types of property 'items' are incompatible.", category: 1, code: 2326, next: [{ messageText: "The types of 'price.amount' are incompatible between these types.", category: 1, code: 2200, next: [{ messageText: "Type 'string' is not assignable to type 'number'.", category: 1, code: 2322 }] }] }],
    };
    expect(explain(chain)).toEqual({ path: "items.price.amount", message: "Type 'string' is not assignable to type 'number'." });
  });
});
