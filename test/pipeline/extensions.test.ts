// The extension vocabulary (scripts/lint-rules/): each rule on a small spec, run with the project's
// own Redocly config, so what is tested is what the build's lint stage and `npm run lint` run.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getLineColLocation, lintFromString } from "@redocly/openapi-core";
import { describe, expect, expectTypeOf, it } from "vitest";
import { EXTENSIONS, PLUGIN_ID } from "../../scripts/lint-rules/index.js";
import { EFFECTS } from "../../scripts/lint-rules/x-effect.js";
import { loadProject } from "../../scripts/pipeline/providers.js";
import type { Effect } from "../../src/core/effects.js";
import { ROOT } from "./project-copy.js";

const project = await loadProject(ROOT);

/** A valid spec with `extra` lines spliced in at the marked places; every line is a YAML line of the spec. */
function spec({ root = [], info = [], pathItem = [], operation = [], schema = [] }: Record<string, string[]>): string {
  return [
    "openapi: 3.1.0",
    "info:",
    "  title: t",
    "  version: '1'",
    ...info.map((l) => `  ${l}`),
    "paths:",
    "  /things/{thing_id}:",
    ...pathItem.map((l) => `    ${l}`),
    "    post:",
    "      operationId: makeThing",
    ...operation.map((l) => `      ${l}`),
    "      requestBody:",
    "        content:",
    "          application/json:",
    "            schema:",
    "              $ref: '#/components/schemas/Thing'",
    "            example: { x-efect: 1, nested: { x-client-nme: 2 } }",
    "      responses:",
    "        '200':",
    "          description: ok",
    "          headers:",
    "            x-efect: { schema: { type: string } }",
    "components:",
    "  schemas:",
    "    Thing:",
    "      type: object",
    "      default: { x-efect: 1 }",
    "      properties:",
    "        x-efect: { type: string }",
    ...schema.map((l) => `      ${l}`),
    ...root,
    "",
  ].join("\n");
}

/** The vocabulary's problems for a spec, as "line: message" (Redocly's other rules are not asked about here). */
async function vocabulary(source: string): Promise<string[]> {
  const problems = await lintFromString({ source, absoluteRef: path.join(ROOT, "specs/t/openapi.yaml"), config: project.config.forAlias(project.providers[0]!.name) });
  return problems
    .filter((p) => p.ruleId.startsWith(`${PLUGIN_ID}/`))
    .map((p) => `${getLineColLocation(p.location[0]!).start.line}: ${p.message}`);
}

const lineOf = (source: string, text: string) => source.split("\n").findIndex((l) => l.includes(text)) + 1;

describe("the extension vocabulary", () => {
  it("leaves data alone: x- keys in examples, defaults, property and header names", async () => {
    expect(await vocabulary(spec({}))).toEqual([]);
  });

  it("accepts every extension where its rule allows it, and Redoc's own (x-logo)", async () => {
    const source = spec({
      info: ["x-client-name: Things", "x-auth-summary: a key in a header", "x-limits-summary: 10 calls a second", "x-client-bound-parameters: { thing_id: thingId }", "x-logo: { url: 'https://example.org/logo.png' }"],
      pathItem: ["x-stability: beta"],
      operation: ["x-effect: idempotent", "x-inferred: true", "x-credits: { api: 1, check: 0.5 }", "x-check-credits-by-type: { browser: 5, other: 1 }", "x-rpc-methods: Methods", "deprecated: true", "x-sunset: '2027-01-31'", "x-paging: { style: cursor, in: query, parameter: uuid, nextCursor: uuid, limit: num, items: [result, result.probes] }"],
      schema: ["x-createonly: true"],
      root: ["    Methods: { type: object, properties: { thing.get: { type: object, properties: { params: { type: array }, result: { type: object } } } } }", "x-error-codes:", "  - { code: 1, name: Broken, message: broken, context: misc }", "  - { code: ERR_X, name: Other, message: other, kind: http400, retry: never }"],
    });
    expect(await vocabulary(source)).toEqual([]);
  });

  it("names a misspelt or unknown extension with its line and the name it most likely meant", async () => {
    const source = spec({ info: ["x-client-nme: Things", "x-Auth_Summary: key"], operation: ["x-efect: read", "x-idempotent: true", "x-whatever: 1"] });
    expect(await vocabulary(source)).toEqual([
      `${lineOf(source, "x-client-nme")}: x-client-nme is not one of the project's extensions: did you mean x-client-name? (docs/extensions.md lists them)`,
      `${lineOf(source, "x-Auth_Summary")}: x-Auth_Summary is not one of the project's extensions: did you mean x-auth-summary? (docs/extensions.md lists them)`,
      `${lineOf(source, "x-efect: read")}: x-efect is not one of the project's extensions: did you mean x-effect? (docs/extensions.md lists them)`,
      `${lineOf(source, "x-idempotent")}: x-idempotent is not one of the project's extensions: did you mean x-effect, which replaced it? (docs/extensions.md lists them)`,
      `${lineOf(source, "x-whatever")}: x-whatever is not one of the project's extensions (docs/extensions.md lists them)`,
    ]);
  });

  it("checks the keys written next to a $ref as the node's own", async () => {
    const source = spec({ schema: ["  other:", "    $ref: '#/components/schemas/Thing'", "    x-inferred: yes", "    x-infered: true"] });
    expect(await vocabulary(source)).toEqual([
      `${lineOf(source, "x-infered")}: x-infered is not one of the project's extensions: did you mean x-inferred? (docs/extensions.md lists them)`,
      `${lineOf(source, "x-inferred: yes")}: x-inferred must be true, not "yes"`,
    ]);
  });

  it("refuses an extension where its rule does not allow it", async () => {
    const source = spec({ pathItem: ["x-effect: read"], schema: ["x-credits: { api: 1 }"] });
    expect(await vocabulary(source)).toEqual([`${lineOf(source, "x-effect: read")}: x-effect belongs on Operation, not on PathItem`, `${lineOf(source, "x-credits")}: x-credits belongs on Operation, not on Schema`]);
  });

  it.each([
    ["x-effect", { operation: ["x-effect: safe"] }, 'x-effect must be one of "read", "idempotent", "write", not "safe"'],
    ["x-inferred", { operation: ["x-inferred: 'true'"] }, 'x-inferred must be true, not "true"'],
    ["x-createonly", { schema: ["x-createonly: false"] }, "x-createonly must be true, not false"],
    ["x-stability", { pathItem: ["x-stability: ga"] }, 'x-stability must be one of "draft", "alpha", "beta", "stable", not "ga"'],
    ["x-credits (a string)", { operation: ['x-credits: "1"'] }, 'x-credits must map each credit type to a number of credits, like { api: 1 }, not "1"'],
    ["x-credits (a negative price)", { operation: ["x-credits: { api: -1 }"] }, "x-credits.api must be a number of credits (0 or more), not -1"],
    ["x-credits (a credit type)", { operation: ["x-credits: { API: 1 }"] }, 'x-credits: credit type "API" must be lowercase letters, digits and _'],
    ["x-check-credits-by-type (no other)", { operation: ["x-credits: { check: 1 }", "x-check-credits-by-type: { browser: 5 }"] }, "x-check-credits-by-type needs an `other` entry: the price of any type it does not list"],
    ["x-check-credits-by-type (no check price)", { operation: ["x-credits: { api: 1 }", "x-check-credits-by-type: { other: 1 }"] }, "x-check-credits-by-type refines a `check` price: the operation's x-credits must give one"],
    ["x-auth-summary", { info: ['x-auth-summary: "two\\nlines"'] }, 'x-auth-summary must be one line of text, not "two\\nlines"'],
    ["x-limits-summary", { info: ["x-limits-summary: ''"] }, 'x-limits-summary must be one line of text, not ""'],
    ["x-client-name", { info: ["x-client-name: Thing-Client"] }, 'x-client-name "Thing-Client" is not an identifier: it names createXClient and the client\'s types, so letters and digits only, starting with a letter'],
    ["x-client-bound-parameters (shape)", { info: ["x-client-bound-parameters: [thing_id]"] }, 'x-client-bound-parameters must map path parameter names to client option names, like { site_id: siteId }, not ["thing_id"]'],
    ["x-client-bound-parameters (no such parameter)", { info: ["x-client-bound-parameters: { thingid: thingId }"] }, 'x-client-bound-parameters binds "thingid", but no path has a {thingid} parameter: did you mean thing_id?'],
    ["x-client-bound-parameters (option)", { info: ["x-client-bound-parameters: { thing_id: thing-id }"] }, 'x-client-bound-parameters option "thing-id" is not an identifier: it becomes a client option\'s name, so letters, digits and _, not starting with a digit'],
    ["x-sunset (no such date)", { operation: ["deprecated: true", "x-sunset: '2027-02-30'"] }, 'x-sunset must be a date written YYYY-MM-DD, not "2027-02-30"'],
    ["x-sunset (not deprecated)", { operation: ["x-sunset: '2027-01-31'"] }, "x-sunset dates the removal of a deprecated operation: add `deprecated: true`"],
    ["x-rpc-methods (no such schema)", { operation: ["x-rpc-methods: Things"] }, 'x-rpc-methods must name a schema in components/schemas that lists the methods as its properties, not "Things"'],
    ["x-rpc-methods (not a catalogue)", { operation: ["x-rpc-methods: Thing"] }, 'x-rpc-methods names "Thing", whose method "x-efect" is not { params, result }: each property of the catalogue describes one method\'s params and result'],
    ["x-paging (style)", { operation: ["x-paging: { style: pages, parameter: page }"] }, 'x-paging.style must be one of page, offset, cursor, not "pages"'],
    ["x-paging (cursor without nextCursor)", { operation: ["x-paging: { style: cursor, parameter: after }"] }, "x-paging needs nextCursor for the cursor style"],
    ["x-paging (unknown field)", { operation: ["x-paging: { style: page, parameter: page, size: limit }"] }, 'x-paging has no field "size" (fields: style, in, parameter, limit, items, nextCursor, totalPages)'],
    ["x-error-codes (shape)", { root: ["x-error-codes: { 1: broken }"] }, 'x-error-codes must be a list of { code, name, message } entries, not {"1":"broken"}'],
  ])("%s: a misshapen value fails on its line", async (_, parts, message) => {
    const source = spec(parts);
    const written = Object.values(parts).flat().at(-1)!;
    expect(await vocabulary(source)).toEqual([`${lineOf(source, written)}: ${message}`]);
  });

  it("checks every x-error-codes entry: fields, identifiers, unique names", async () => {
    const source = spec({ root: ["x-error-codes:", "  - { code: 1, name: Broken, message: broken }", "  - { code: 2, name: Broken, message: again }", "  - { code: 3, name: Not Found, message: gone }", "  - { code: 4, nmae: Four, message: four }", "  - { code: 1.5, name: Half, message: '' }"] });
    const at = (text: string) => lineOf(source, text);
    expect(await vocabulary(source)).toEqual([
      `${at("code: 2")}: x-error-codes name "Broken" is taken (by code 1): each name is one property of the generated error enum`,
      `${at("code: 3")}: x-error-codes name "Not Found" is not an identifier: it becomes a property of the generated error enum, so letters, digits and _, not starting with a digit`,
      `${at("code: 4")}: x-error-codes entry 4 has no name`,
      `${at("code: 4")}: x-error-codes entries have no field "nmae": did you mean name?`,
      `${at("code: 1.5")}: x-error-codes code 1.5 is not an integer or a string`,
      `${at("code: 1.5")}: x-error-codes message "" is not text`,
    ]);
  });

  it("follows a $ref inside an extension to the file and line where the value is written", async () => {
    const problems = await lintFromString({
      source: spec({ root: ["x-error-codes:", "  $ref: ./errors.yaml"] }),
      absoluteRef: path.join(ROOT, "test/fixtures/extensions/openapi.yaml"),
      config: project.config.forAlias(project.providers[0]!.name),
    });
    const found = problems.filter((p) => p.ruleId === `${PLUGIN_ID}/x-error-codes`).map((p) => `${path.relative(ROOT, p.location[0]!.source.absoluteRef)}:${getLineColLocation(p.location[0]!).start.line}: ${p.message}`);
    expect(found).toEqual([`test/fixtures/extensions/errors.yaml:3: x-error-codes name "not-an-identifier" is not an identifier: it becomes a property of the generated error enum, so letters, digits and _, not starting with a digit`]);
  });
});

describe("the vocabulary's wiring", () => {
  it("registers every rule file and turns every rule on as an error for every provider", () => {
    const files = readdirSync(path.join(ROOT, "scripts/lint-rules")).filter((f) => f.startsWith("x-")).map((f) => f.replace(/\.js$/, ""));
    expect(EXTENSIONS.map((e) => e.name)).toEqual(files.sort());
    for (const provider of project.providers) {
      const config = project.config.forAlias(provider.name);
      for (const rule of ["known-extensions", ...files]) expect(config.getRuleSettings(`${PLUGIN_ID}/${rule}`, "oas3_1").severity, `${provider.name}: ${rule}`).toBe("error");
    }
  });

  it("docs/extensions.md lists each extension on one line", () => {
    const rows = readFileSync(path.join(ROOT, "docs/extensions.md"), "utf8").split("\n").filter((l) => /^\| `x-/.test(l));
    expect(rows.map((r) => /^\| `(x-[^`]+)`/.exec(r)![1])).toEqual(EXTENSIONS.map((e) => e.name));
  });

  it("allows exactly the effects the runtime knows", () => {
    expectTypeOf<(typeof EFFECTS)[number]>().toEqualTypeOf<Effect>();
  });
});
