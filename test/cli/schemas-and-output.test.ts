// Input schemas from a spec (for --help, input checks and MCP tools) and what the CLI prints, in process.
import { describe, expect, it } from "vitest";
import { providers } from "../../generated/providers.js";
import type { CatalogOperation } from "../../src/core/catalog.js";
import { inlineSchema, operationInputSchema } from "../../src/cli/input-schema.js";
import { providerTools } from "../../src/cli/mcp/tools.js";
import { readSpec } from "../../src/cli/spec.js";
import { inputProblem } from "../../src/cli/validate.js";

const spec = {
  paths: {
    "/sites/{site_id}/items/{itemId}": {
      parameters: [{ $ref: "#/components/parameters/SiteId" }],
      put: {
        parameters: [{ name: "itemId", in: "path", required: true, schema: { type: "integer" } }, { name: "dry", in: "query", schema: { type: "boolean" }, "x-note": 1 }],
        requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Item" } } } },
      },
    },
    "/call": { post: { requestBody: { content: { "application/json": { schema: { type: "object", required: ["kind"], properties: { kind: { type: "string" } }, oneOf: [{ properties: { kind: { const: "a" }, a: { type: "string" } } }, { properties: { kind: { const: "b" }, b: { type: "number" } } }] } } } } } },
  },
  components: {
    parameters: { SiteId: { name: "site_id", in: "path", required: true, schema: { type: "string" } } },
    schemas: {
      Item: { type: "object", required: ["id", "name"], example: { name: "x" }, properties: { id: { type: "integer", readOnly: true }, name: { type: "string", "x-internal": true }, tags: { type: "array", items: { $ref: "#/components/schemas/Tag" } }, parent: { $ref: "#/components/schemas/Item" } } },
      Tag: { type: "object", properties: { label: { type: "string" } } },
    },
  },
};
const op = (path: string, method: "put" | "post", parameters: CatalogOperation["parameters"] = []): CatalogOperation => ({ operationId: "x", method, path, summary: "", effect: "write", security: [], inferred: false, parameters, hasBody: true, responseType: "json" });
const catalog = { title: "T", operations: [], bound: ["site_id"] };

describe("input schemas", () => {
  it("one object of parameters and body fields: bound parameters, read-only fields, examples and x- extensions left out, cycles cut", () => {
    const schema = operationInputSchema(spec, catalog, op("/sites/{site_id}/items/{itemId}", "put"));
    expect(schema).toEqual({
      type: "object",
      // A schema that contains itself is cut where it repeats.
      properties: { itemId: { type: "integer" }, dry: { type: "boolean" }, name: { type: "string" }, tags: { type: "array", items: { type: "object", properties: { label: { type: "string" } } } }, parent: {} },
      required: ["itemId", "name"],
      additionalProperties: false,
    });
    expect(inlineSchema(spec, { $ref: "#/components/schemas/Item" }, { examples: true }).example).toEqual({ name: "x" });
  });

  it("a body with variants: fields the variants list are known, others refused", () => {
    const schema = operationInputSchema(spec, catalog, op("/call", "post"));
    expect(schema.unevaluatedProperties).toBe(false);
    expect(inputProblem(schema, { kind: "b", b: 2 })).toBeUndefined();
    expect(inputProblem(schema, { kind: "a", aa: "x" })).toContain('unknown field "aa"');
  });

  it("problems in one line: unknown keys with the closest name, wrong types, missing fields", () => {
    const schema = operationInputSchema(spec, catalog, op("/sites/{site_id}/items/{itemId}", "put"));
    expect(inputProblem(schema, { itemId: 1, nmae: "x" })).toBe('unknown field "nmae"; did you mean "name"?; missing name');
    expect(inputProblem(schema, { itemId: "one", name: "x" })).toBe("itemId must be integer");
    expect(inputProblem(schema, { itemId: 1, name: "x", tags: [{ label: "a" }, { label: 3 }] })).toBe("tags[1].label must be string");
  });

  it("every provider's tools: valid names, unique, self-contained schemas under the size budget that compile", () => {
    for (const provider of providers) {
      const tools = providerTools(provider, readSpec(provider.spec));
      expect(new Set(tools.map((t) => t.name)).size).toBe(tools.length);
      for (const tool of tools) {
        expect(tool.name).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
        const json = JSON.stringify(tool.inputSchema);
        expect(json, tool.name).not.toContain('"$ref"');
        expect(json.length, tool.name).toBeLessThanOrEqual(8000);
        expect(tool.inputSchema.type).toBe("object");
        expect(() => inputProblem(tool.inputSchema, {}), tool.name).not.toThrow();
      }
    }
  });
});

describe("output", () => {
  it("messages lose the credentials in use, sensitive pairs and terminal escapes; answers keep issued keys but not signatures", async () => {
    const { createOutput } = await import("../../src/cli/output.js");
    const chunks = { stdout: "", stderr: "" };
    const sink = (name: keyof typeof chunks) => ({ write: (text: string) => ((chunks[name] += text), true) }) as unknown as NodeJS.WritableStream;
    const out = createOutput({ format: "json", pretty: false, stdout: sink("stdout"), stderr: sink("stderr") });
    out.hide(["s3cret-value", "789"]);
    out.error(`failed: ${out.body({ echo: "apikey=abc&x=s3cret-value", password: "hunter2" })} \u001b[2J`);
    expect(chunks.stderr).toBe('specfirst: failed: {"echo":"apikey=[redacted]&x=[redacted]","password":"[redacted]"} ?[2J\n');
    out.result({ key: "new-key", secret: "issued", sig: "abc", url: "/x?sig=abc&apikey=s3cret-value", count: 17890, site: "site 789" });
    expect(JSON.parse(chunks.stdout)).toEqual({ key: "new-key", secret: "issued", sig: "[redacted]", url: "/x?sig=[redacted]&apikey=[redacted]", count: 17890, site: "site [redacted]" });
  });
});
