// Every rule of the change report, each with a pair of small specs that raises it at its level
// and a pair that does not (mostly the same edit reversed). Schema rules are checked in each
// place a schema sits. The last block asserts that the table below covers every rule.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderRulesDoc, RULES, RULES_BY_ID } from "../../scripts/pipeline/changes/catalog.js";
import { diffSpecs, providerRemoved } from "../../scripts/pipeline/changes/diff.js";
import type { Finding, Level } from "../../scripts/pipeline/changes/model.js";
import { CHECKS, checkApplies, schemaRuleId, SCOPES, type CheckId, type Scope } from "../../scripts/pipeline/changes/schema/checks.js";
import { checkTypes } from "../../scripts/pipeline/changes/type-check.js";
import type { Project } from "../../scripts/pipeline/providers.js";
import { generateTypes } from "../../scripts/pipeline/types.js";
import { ROOT } from "./project-copy.js";

type Doc = Record<string, any>;
type Schema = Record<string, any>;

const TODAY = "2026-12-01";
const diff = (before: Doc | undefined, after: Doc) => diffSpecs(before, after, { today: TODAY });

/** One operation, `POST /things/{id}`, around whatever the case needs. */
function api(operation: Doc, extra: Doc = {}): Doc {
  return {
    openapi: "3.1.0",
    info: { title: "Things", version: "1.0.0" },
    paths: { "/things/{id}": { post: { operationId: "makeThing", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "ok" } }, ...operation } } },
    ...extra,
  };
}

const json = (schema: unknown) => ({ "application/json": { schema } });

/** Where each scope's schema goes: a query parameter, a request body field, a response body field, a response header. */
const PLACE: Record<Scope, (schema: Schema) => Doc> = {
  "request-parameter": (schema) => api({ parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, { name: "p", in: "query", schema }] }),
  "request-property": (schema) => api({ requestBody: { required: true, content: json({ type: "object", properties: { f: schema } }) } }),
  "response-property": (schema) => api({ responses: { "200": { description: "ok", content: json({ type: "object", required: ["f"], properties: { f: schema } }) } } }),
  "response-header": (schema) => api({ responses: { "200": { description: "ok", headers: { "X-H": { required: true, schema } } } } }),
};

interface SchemaCase {
  before: Schema;
  after: Schema;
  /** Expected level on the request side, then the response side; null where the check does not exist. */
  levels: [Level | null, Level | null];
  /** A pair that must not raise the rule; default: the same edit reversed. */
  not?: [Schema, Schema];
}

const str = { type: "string" };
const obj = (properties: Schema, extra: Schema = {}) => ({ type: "object", properties, ...extra });
const pets = (extra: Schema = {}) => ({
  oneOf: [
    { title: "Cat", type: "object", properties: { kind: { const: "cat" } } },
    { title: "Dog", type: "object", properties: { kind: { const: "dog" } } },
  ],
  ...extra,
});

const B = "breaking";
const W = "warning";
const I = "info";

const SCHEMA_CASES: Record<CheckId, SchemaCase> = {
  "type-changed": { before: str, after: { type: "integer" }, levels: [B, B], not: [str, { type: ["string", "integer"] }] },
  "type-widened": { before: { type: "integer" }, after: { type: "number" }, levels: [I, B] },
  "type-narrowed": { before: { type: "number" }, after: { type: "integer" }, levels: [B, I] },
  "format-narrowed": { before: str, after: { type: "string", format: "uuid" }, levels: [B, I] },
  "format-widened": { before: { type: "integer", format: "int32" }, after: { type: "integer", format: "int64" }, levels: [I, B] },
  "format-changed": { before: { type: "string", format: "date" }, after: { type: "string", format: "date-time" }, levels: [B, B], not: [{ type: "integer", format: "int32" }, { type: "integer", format: "int64" }] },
  "became-nullable": { before: str, after: { type: ["string", "null"] }, levels: [I, B] },
  "became-not-nullable": { before: { type: "string", nullable: true }, after: str, levels: [B, I] },
  "enum-value-added": { before: { type: "string", enum: ["a", "b"] }, after: { type: "string", enum: ["a", "b", "c"] }, levels: [I, B] },
  "enum-value-removed": { before: { type: "string", enum: ["a", "b"] }, after: { type: "string", enum: ["a"] }, levels: [B, W] },
  "enum-added": { before: str, after: { type: "string", const: "a" }, levels: [B, I] },
  "enum-removed": { before: { type: "string", enum: ["a"] }, after: str, levels: [I, B] },
  "max-length-decreased": { before: { type: "string", maxLength: 10 }, after: { type: "string", maxLength: 5 }, levels: [B, I] },
  "max-length-increased": { before: { type: "string", maxLength: 10 }, after: str, levels: [I, B] },
  "min-length-increased": { before: str, after: { type: "string", minLength: 2 }, levels: [B, I] },
  "min-length-decreased": { before: { type: "string", minLength: 2 }, after: { type: "string", minLength: 1 }, levels: [I, B] },
  "maximum-decreased": { before: { type: "integer", maximum: 10 }, after: { type: "integer", exclusiveMaximum: 10 }, levels: [B, I] },
  "maximum-increased": { before: { type: "integer", maximum: 10 }, after: { type: "integer", maximum: 20 }, levels: [I, B] },
  "minimum-increased": { before: { type: "integer", minimum: 0 }, after: { type: "integer", minimum: 1 }, levels: [B, I] },
  "minimum-decreased": { before: { type: "integer", minimum: 0 }, after: { type: "integer" }, levels: [I, B] },
  "max-items-decreased": { before: { type: "array", items: str, maxItems: 5 }, after: { type: "array", items: str, maxItems: 3 }, levels: [B, I] },
  "max-items-increased": { before: { type: "array", items: str, maxItems: 3 }, after: { type: "array", items: str, maxItems: 5 }, levels: [I, B] },
  "min-items-increased": { before: { type: "array", items: str }, after: { type: "array", items: str, minItems: 1 }, levels: [B, I] },
  "min-items-decreased": { before: { type: "array", items: str, minItems: 2 }, after: { type: "array", items: str, minItems: 1 }, levels: [I, B] },
  "max-properties-decreased": { before: { type: "object", maxProperties: 5 }, after: { type: "object", maxProperties: 3 }, levels: [B, I] },
  "max-properties-increased": { before: { type: "object", maxProperties: 3 }, after: { type: "object" }, levels: [I, B] },
  "min-properties-increased": { before: { type: "object" }, after: { type: "object", minProperties: 1 }, levels: [B, I] },
  "min-properties-decreased": { before: { type: "object", minProperties: 2 }, after: { type: "object", minProperties: 1 }, levels: [I, B] },
  "multiple-of-narrowed": { before: { type: "number", multipleOf: 2 }, after: { type: "number", multipleOf: 4 }, levels: [B, I] },
  "multiple-of-widened": { before: { type: "number", multipleOf: 0.5 }, after: { type: "number", multipleOf: 0.25 }, levels: [I, B] },
  "multiple-of-changed": { before: { type: "number", multipleOf: 2 }, after: { type: "number", multipleOf: 3 }, levels: [B, B], not: [{ type: "number", multipleOf: 2 }, { type: "number", multipleOf: 4 }] },
  "unique-items-added": { before: { type: "array", items: str }, after: { type: "array", items: str, uniqueItems: true }, levels: [B, I] },
  "unique-items-removed": { before: { type: "array", items: str, uniqueItems: true }, after: { type: "array", items: str }, levels: [I, B] },
  "pattern-added": { before: str, after: { type: "string", pattern: "^[a-z]+$" }, levels: [B, I] },
  "pattern-removed": { before: { type: "string", pattern: "^[a-z]+$" }, after: str, levels: [I, B] },
  "pattern-changed": { before: { type: "string", pattern: "^[a-z]+$" }, after: { type: "string", pattern: "^[a-z0-9]+$" }, levels: [W, W], not: [str, { type: "string", pattern: "^[a-z]+$" }] },
  "default-changed": { before: { type: "string", default: "a" }, after: { type: "string", default: "b" }, levels: [W, I], not: [str, { type: "string", default: "a" }] },
  deprecated: { before: str, after: { type: "string", deprecated: true }, levels: [I, I] },
  "property-added": { before: obj({ a: str }), after: obj({ a: str, b: str }), levels: [I, I] },
  "required-property-added": { before: obj({ a: str }), after: obj({ a: str, b: str }, { required: ["b"] }), levels: [B, null] },
  "property-removed": { before: obj({ a: str, b: str }), after: obj({ a: str }), levels: [B, B] },
  "property-became-required": { before: obj({ a: str }), after: obj({ a: str }, { required: ["a"] }), levels: [B, I] },
  "property-became-optional": { before: obj({ a: str }, { required: ["a"] }), after: obj({ a: str }), levels: [I, B] },
  "property-became-read-only": { before: obj({ a: str }), after: obj({ a: { type: "string", readOnly: true } }), levels: [W, null] },
  "property-became-write-only": { before: obj({ a: str }), after: obj({ a: { type: "string", writeOnly: true } }), levels: [null, B] },
  "additional-properties-narrowed": { before: obj({ a: str }), after: obj({ a: str }, { additionalProperties: false }), levels: [B, I] },
  "additional-properties-widened": { before: obj({ a: str }, { additionalProperties: false }), after: obj({ a: str }, { additionalProperties: true }), levels: [I, B] },
  "variant-added": { before: { oneOf: [str, { type: "integer" }] }, after: { oneOf: [str, { type: "integer" }, { type: "boolean" }] }, levels: [I, B] },
  "variant-removed": { before: { anyOf: [str, { type: "integer" }] }, after: { anyOf: [str] }, levels: [B, I] },
  "union-kind-changed": { before: { oneOf: [str, { type: "integer" }] }, after: { anyOf: [str, { type: "integer" }] }, levels: [W, W], not: [{ oneOf: [str, { type: "integer" }] }, { oneOf: [{ type: "integer" }, str] }] },
  "discriminator-added": { before: pets(), after: pets({ discriminator: { propertyName: "kind" } }), levels: [W, I] },
  "discriminator-removed": { before: pets({ discriminator: { propertyName: "kind" } }), after: pets(), levels: [I, W] },
  "discriminator-property-changed": {
    before: pets({ discriminator: { propertyName: "kind" } }),
    after: pets({ discriminator: { propertyName: "type" } }),
    levels: [B, B],
    not: [pets({ discriminator: { propertyName: "kind" } }), pets({ discriminator: { propertyName: "kind", mapping: { cat: "#/x" } } })],
  },
  "discriminator-mapping-added": { before: pets({ discriminator: { propertyName: "kind", mapping: { cat: "#/c" } } }), after: pets({ discriminator: { propertyName: "kind", mapping: { cat: "#/c", dog: "#/d" } } }), levels: [I, B] },
  "discriminator-mapping-removed": { before: pets({ discriminator: { propertyName: "kind", mapping: { cat: "#/c", dog: "#/d" } } }), after: pets({ discriminator: { propertyName: "kind", mapping: { cat: "#/c" } } }), levels: [B, I] },
  "discriminator-mapping-changed": {
    before: pets({ discriminator: { propertyName: "kind", mapping: { cat: "#/c" } } }),
    after: pets({ discriminator: { propertyName: "kind", mapping: { cat: "#/C" } } }),
    levels: [B, B],
    not: [pets({ discriminator: { propertyName: "kind", mapping: { cat: "#/c" } } }), pets({ discriminator: { propertyName: "kind", mapping: { cat: "#/c", dog: "#/d" } } })],
  },
  "not-added": { before: str, after: { type: "string", not: { const: "admin" } }, levels: [B, I] },
  "not-removed": { before: { type: "string", not: { const: "admin" } }, after: str, levels: [I, B] },
  "not-changed": { before: { type: "string", not: { const: "admin" } }, after: { type: "string", not: { const: "root" } }, levels: [W, W], not: [{ type: "string", not: { const: "admin" } }, { type: "string", not: { const: "admin", description: "reserved" } }] },
  "conditional-added": { before: obj({ a: str }), after: obj({ a: str }, { if: { required: ["a"] }, then: { required: ["b"] } }), levels: [B, I] },
  "conditional-removed": { before: obj({ a: str }, { if: { required: ["a"] }, then: { required: ["b"] } }), after: obj({ a: str }), levels: [I, B] },
  "conditional-changed": {
    before: obj({ a: str }, { if: { required: ["a"] }, then: { required: ["b"] } }),
    after: obj({ a: str }, { if: { required: ["a"] }, else: { required: ["b"] } }),
    levels: [W, W],
    not: [obj({ a: str }, { if: { required: ["a"] }, then: { required: ["b"] } }), obj({ a: str }, { if: { required: ["a"] }, then: { required: ["b"], description: "b goes with a" } })],
  },
  "prefix-item-added": { before: { type: "array", prefixItems: [str] }, after: { type: "array", prefixItems: [str, { type: "integer" }] }, levels: [B, I] },
  "prefix-item-removed": { before: { type: "array", prefixItems: [str, { type: "integer" }] }, after: { type: "array", prefixItems: [str] }, levels: [I, B] },
  "content-encoding-changed": { before: { type: "string", contentEncoding: "base64" }, after: { type: "string", contentEncoding: "base64url" }, levels: [B, B], not: [{ type: "string", contentEncoding: "base64" }, { type: "string", contentEncoding: "base64", maxLength: 100 }] },
  "content-media-type-changed": { before: { type: "string", contentMediaType: "image/png" }, after: { type: "string", contentMediaType: "image/jpeg" }, levels: [B, B], not: [{ type: "string", contentMediaType: "image/png" }, { type: "string", contentMediaType: "image/png", description: "a picture" }] },
  "content-schema-added": { before: { type: "string", contentMediaType: "application/json" }, after: { type: "string", contentMediaType: "application/json", contentSchema: obj({ a: str }) }, levels: [B, I] },
  "content-schema-removed": { before: { type: "string", contentMediaType: "application/json", contentSchema: obj({ a: str }) }, after: { type: "string", contentMediaType: "application/json" }, levels: [I, B] },
};

/** Rule ids each case below raised at their level, and those it showed absent: the coverage check reads both. */
const raised = new Set<string>();
const absent = new Set<string>();

function expectRaised(findings: Finding[], rule: string, level: Level): void {
  expect(findings.filter((f) => f.rule === rule).map((f) => f.level), `${rule} in ${JSON.stringify(findings.map((f) => f.rule))}`).toContain(level);
  raised.add(rule);
}

function expectAbsent(findings: Finding[], rule: string): void {
  expect(findings.map((f) => f.rule)).not.toContain(rule);
  absent.add(rule);
}

describe("schema rules, in every place a schema sits", () => {
  const rows = (Object.entries(SCHEMA_CASES) as [CheckId, SchemaCase][]).flatMap(([check, c]) =>
    (Object.keys(SCOPES) as Scope[]).filter((scope) => checkApplies(check, SCOPES[scope].direction)).map((scope) => [schemaRuleId(scope, check), scope, check, c] as const),
  );

  it.each(rows)("%s", (rule, scope, _check, c) => {
    const level = c.levels[SCOPES[scope].direction === "request" ? 0 : 1]!;
    expectRaised(diff(PLACE[scope](c.before), PLACE[scope](c.after)), rule, level);
    const [before, after] = c.not ?? [c.after, c.before];
    expectAbsent(diff(PLACE[scope](before), PLACE[scope](after)), rule);
  });

  it("the table's levels are the rule table's, and every check has a case", () => {
    expect(Object.keys(SCHEMA_CASES).sort()).toEqual(Object.keys(CHECKS).sort());
    for (const [rule, scope, , c] of rows) expect(RULES_BY_ID.get(rule)?.level).toBe(c.levels[SCOPES[scope].direction === "request" ? 0 : 1]);
  });
});

/** The document most cases below edit: two operations, security, servers, headers, a shared schema. */
const BASE: Doc = {
  openapi: "3.1.0",
  info: { title: "Things", version: "1.0.0" },
  servers: [{ url: "https://api.example.test/v1" }],
  security: [{ key: [] }],
  paths: {
    "/things/{id}": {
      get: {
        operationId: "getThing",
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string" } },
          { name: "verbose", in: "query", schema: { type: "boolean" } },
          { name: "tags", in: "query", schema: { type: "array", items: { type: "string" } } },
        ],
        responses: {
          "200": {
            description: "The thing",
            headers: { "X-Rate": { schema: { type: "integer" } }, "X-Id": { required: true, schema: { type: "string" } } },
            content: json({ $ref: "#/components/schemas/Thing" }),
          },
          "404": { description: "No such thing" },
        },
      },
      put: {
        operationId: "putThing",
        security: [{ oauth: ["write"] }],
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        requestBody: { required: true, content: json({ $ref: "#/components/schemas/Thing" }) },
        responses: { "200": { description: "Stored" } },
      },
    },
    "/things": { get: { operationId: "listThings", security: [], responses: { "200": { description: "All", content: json({ type: "array", items: { $ref: "#/components/schemas/Thing" } }) } } } },
  },
  components: {
    securitySchemes: {
      key: { type: "apiKey", in: "header", name: "X-Key" },
      oauth: { type: "oauth2", flows: { clientCredentials: { tokenUrl: "https://auth.example.test/token", scopes: { read: "Read", write: "Write" } } } },
    },
    schemas: { Thing: { type: "object", required: ["name"], properties: { name: { type: "string" }, size: { type: "integer" } } } },
  },
};

const getThing = (doc: Doc) => doc.paths["/things/{id}"].get;
const putThing = (doc: Doc) => doc.paths["/things/{id}"].put;

function edited(edit: (doc: Doc) => void, from: Doc = BASE): Doc {
  const doc = structuredClone(from);
  edit(doc);
  return doc;
}

/** BASE → edited BASE; with `first`, BASE edited by `first` → edited further by `edit`. */
function change(edit: (doc: Doc) => void, first?: (doc: Doc) => void): Finding[] {
  const before = first ? edited(first) : BASE;
  return diff(before, edited(edit, before));
}

const deprecate = (sunset?: string) => (doc: Doc) => Object.assign(getThing(doc), { deprecated: true, ...(sunset ? { "x-sunset": sunset } : {}) });
const removeGet = (doc: Doc) => delete doc.paths["/things/{id}"].get;
const setGet = (fields: Doc) => (doc: Doc) => Object.assign(getThing(doc), fields);
const servers = (...urls: string[]) => (doc: Doc) => (doc.servers = urls.map((url) => ({ url })));
const info = (fields: Doc) => (doc: Doc) => (doc.info = { title: "Things", version: "1.0.0", ...fields });
const codes = (...names: string[]) => (doc: Doc) => (doc["x-error-codes"] = names.map((name, i) => ({ code: 1000 + i, name })));
const PAGED = { "x-paging": { style: "page", in: "query", parameter: "page", items: [""] } };

interface Case {
  level: Level;
  raises: () => Finding[] | Promise<Finding[]>;
  not: () => Finding[] | Promise<Finding[]>;
}

const CASES: Record<string, Case> = {
  "provider-added": { level: I, raises: () => diff(undefined, BASE), not: () => diff(BASE, BASE) },
  "provider-removed": { level: B, raises: () => [providerRemoved("things")], not: () => diff(BASE, BASE) },
  "details-changed": { level: I, raises: () => change(setGet({ summary: "Read a thing" })), not: () => change(removeGet) },

  "operation-added": { level: I, raises: () => diff(edited(removeGet), BASE), not: () => diff(BASE, BASE) },
  "operation-removed": { level: B, raises: () => change(removeGet), not: () => change(removeGet, deprecate()) },
  "operation-removed-before-sunset": { level: B, raises: () => change(removeGet, deprecate("2099-01-01")), not: () => change(removeGet, deprecate("2026-06-30")) },
  "deprecated-operation-removed": { level: W, raises: () => change(removeGet, deprecate("2026-06-30")), not: () => change(removeGet, deprecate("2099-01-01")) },
  "operation-id-changed": { level: B, raises: () => change(setGet({ operationId: "fetchThing" })), not: () => change(setGet({ summary: "Read" })) },
  "operation-deprecated": { level: I, raises: () => change(deprecate("2027-01-01")), not: () => change(setGet({ deprecated: false }), deprecate()) },
  "operation-reactivated": { level: I, raises: () => change(setGet({ deprecated: false }), deprecate()), not: () => change(deprecate()) },
  "operation-sunset-earlier": { level: W, raises: () => change(deprecate("2027-01-01"), deprecate("2027-06-01")), not: () => change(deprecate("2027-06-01"), deprecate("2027-01-01")) },
  "operation-sunset-later": { level: I, raises: () => change(deprecate("2027-06-01"), deprecate("2027-01-01")), not: () => change(deprecate("2027-01-01"), deprecate("2027-06-01")) },
  "operation-stability-decreased": { level: W, raises: () => change(setGet({ "x-stability": "beta" }), setGet({ "x-stability": "stable" })), not: () => change(setGet({ "x-stability": "stable" }), setGet({ "x-stability": "beta" })) },
  "operation-stability-increased": { level: I, raises: () => change(setGet({ "x-stability": "stable" }), setGet({ "x-stability": "beta" })), not: () => change(setGet({ "x-stability": "beta" }), setGet({ "x-stability": "stable" })) },
  "operation-effect-changed": { level: W, raises: () => change(setGet({ "x-effect": "write" }), setGet({ "x-effect": "read" })), not: () => change(setGet({ "x-effect": "read" })) },

  "request-parameter-added": { level: I, raises: () => change((d) => getThing(d).parameters.push({ name: "page", in: "query", schema: { type: "integer" } })), not: () => change((d) => getThing(d).parameters.push({ name: "page", in: "query", required: true, schema: { type: "integer" } })) },
  "request-required-parameter-added": { level: B, raises: () => change((d) => getThing(d).parameters.push({ name: "X-Tenant", in: "header", required: true, schema: { type: "string" } })), not: () => change((d) => getThing(d).parameters.push({ name: "X-Tenant", in: "header", schema: { type: "string" } })) },
  "request-parameter-removed": { level: B, raises: () => change((d) => getThing(d).parameters.splice(1, 1)), not: () => change((d) => (getThing(d).parameters[1].in = "header")) },
  "request-parameter-became-required": { level: B, raises: () => change((d) => (getThing(d).parameters[1].required = true)), not: () => change((d) => (getThing(d).parameters[1].required = false)) },
  "request-parameter-became-optional": { level: I, raises: () => change((d) => (getThing(d).parameters[1].required = false), (d) => (getThing(d).parameters[1].required = true)), not: () => change((d) => (getThing(d).parameters[1].required = true)) },
  "request-parameter-location-changed": { level: B, raises: () => change((d) => (getThing(d).parameters[1].in = "header")), not: () => change((d) => getThing(d).parameters.splice(1, 1)) },
  "request-parameter-style-changed": { level: B, raises: () => change((d) => (getThing(d).parameters[2].style = "pipeDelimited")), not: () => change((d) => (getThing(d).parameters[2].style = "form")) },
  "request-parameter-explode-changed": { level: B, raises: () => change((d) => (getThing(d).parameters[2].explode = false)), not: () => change((d) => (getThing(d).parameters[2].explode = true)) },
  "request-parameter-media-type-changed": {
    level: B,
    raises: () => change((d) => (getThing(d).parameters[2] = { name: "tags", in: "query", content: { "text/plain": { schema: { type: "string" } } } }), (d) => (getThing(d).parameters[2] = { name: "tags", in: "query", content: json({ type: "string" }) })),
    not: () => change((d) => (getThing(d).parameters[2].content["application/json"].schema.maxLength = 99), (d) => (getThing(d).parameters[2] = { name: "tags", in: "query", content: json({ type: "string" }) })),
  },
  "request-path-parameter-renamed": { level: W, raises: () => change(renamePathParameter), not: () => diff(BASE, BASE) },

  "request-body-added": { level: I, raises: () => change(setGet({ requestBody: { content: json(str) } })), not: () => change(setGet({ requestBody: { required: true, content: json(str) } })) },
  "request-required-body-added": { level: B, raises: () => change(setGet({ requestBody: { required: true, content: json(str) } })), not: () => change(setGet({ requestBody: { content: json(str) } })) },
  "request-body-removed": { level: B, raises: () => change((d) => delete putThing(d).requestBody), not: () => change((d) => (putThing(d).requestBody.required = false)) },
  "request-body-became-required": { level: B, raises: () => change((d) => (putThing(d).requestBody.required = true), (d) => (putThing(d).requestBody.required = false)), not: () => change((d) => (putThing(d).requestBody.required = false)) },
  "request-body-became-optional": { level: I, raises: () => change((d) => (putThing(d).requestBody.required = false)), not: () => change((d) => (putThing(d).requestBody.required = true), (d) => (putThing(d).requestBody.required = false)) },
  "request-media-type-added": { level: I, raises: () => change((d) => (putThing(d).requestBody.content["application/xml"] = { schema: str })), not: () => change((d) => (putThing(d).requestBody.content["application/json"].schema = str)) },
  "request-media-type-removed": { level: B, raises: () => change((d) => (putThing(d).requestBody.content = { "application/xml": { schema: str } })), not: () => change((d) => (putThing(d).requestBody.content["application/xml"] = { schema: str })) },

  "response-media-type-added": { level: I, raises: () => change((d) => (getThing(d).responses["200"].content["text/csv"] = { schema: str })), not: () => change((d) => (getThing(d).responses["200"].content["application/json"].schema = str)) },
  "response-media-type-removed": { level: B, raises: () => change((d) => (getThing(d).responses["200"].content = { "application/vnd.thing+json": { schema: str } })), not: () => change((d) => (getThing(d).responses["200"].content["text/csv"] = { schema: str })) },
  "response-success-status-added": { level: I, raises: () => change((d) => (getThing(d).responses["203"] = { description: "Cached" })), not: () => change((d) => (getThing(d).responses["409"] = { description: "Conflict" })) },
  "response-success-status-removed": { level: B, raises: () => change((d) => delete getThing(d).responses["200"]), not: () => change((d) => delete getThing(d).responses["404"]) },
  "response-error-status-added": { level: I, raises: () => change((d) => (getThing(d).responses["409"] = { description: "Conflict" })), not: () => change((d) => (getThing(d).responses["203"] = { description: "Cached" })) },
  "response-error-status-removed": { level: I, raises: () => change((d) => delete getThing(d).responses["404"]), not: () => change((d) => delete getThing(d).responses["200"]) },
  "response-header-added": { level: I, raises: () => change((d) => (getThing(d).responses["200"].headers["X-Trace"] = { schema: str })), not: () => change((d) => delete getThing(d).responses["200"].headers["X-Rate"]) },
  "response-required-header-removed": { level: B, raises: () => change((d) => delete getThing(d).responses["200"].headers["X-Id"]), not: () => change((d) => delete getThing(d).responses["200"].headers["X-Rate"]) },
  "response-header-removed": { level: W, raises: () => change((d) => delete getThing(d).responses["200"].headers["X-Rate"]), not: () => change((d) => delete getThing(d).responses["200"].headers["X-Id"]) },
  "response-header-became-optional": { level: B, raises: () => change((d) => (getThing(d).responses["200"].headers["X-Id"].required = false)), not: () => change((d) => (getThing(d).responses["200"].headers["X-Rate"].required = true)) },
  "response-header-became-required": { level: I, raises: () => change((d) => (getThing(d).responses["200"].headers["X-Rate"].required = true)), not: () => change((d) => (getThing(d).responses["200"].headers["X-Id"].required = false)) },

  "security-requirement-removed": { level: B, raises: () => change((d) => (d.paths["/things"].get.security = [{ key: [] }])), not: () => change((d) => (getThing(d).security = [])) },
  "security-requirement-added": { level: I, raises: () => change((d) => (getThing(d).security = [{ key: [] }, { oauth: ["read"] }])), not: () => change((d) => (putThing(d).security = [{ oauth: ["write", "read"] }])) },
  "security-scope-added": { level: B, raises: () => change((d) => (putThing(d).security = [{ oauth: ["write", "read"] }])), not: () => change((d) => (putThing(d).security = [{ oauth: [] }])) },
  "security-scope-removed": { level: I, raises: () => change((d) => (putThing(d).security = [{ oauth: [] }])), not: () => change((d) => (putThing(d).security = [{ oauth: ["write", "read"] }])) },
  "security-scheme-changed": { level: B, raises: () => change((d) => (d.components.securitySchemes.key.name = "X-Token")), not: () => change((d) => (d.components.securitySchemes.key.description = "Issued on request")) },
  "server-added": { level: I, raises: () => change(servers("https://api.example.test/v1", "https://eu.example.test/v1")), not: () => change(servers("https://api.example.test/v1"), servers("https://api.example.test/v1", "https://eu.example.test/v1")) },
  "server-removed": { level: W, raises: () => change(servers("https://api.example.test/v1"), servers("https://api.example.test/v1", "https://eu.example.test/v1")), not: () => change(servers("https://api.example.test/v1", "https://eu.example.test/v1")) },
  "default-server-changed": { level: W, raises: () => change(servers("https://eu.example.test/v1", "https://api.example.test/v1"), servers("https://api.example.test/v1", "https://eu.example.test/v1")), not: () => change(servers("https://api.example.test/v1", "https://eu.example.test/v1")) },

  "client-name-changed": { level: B, raises: () => change(info({ "x-client-name": "Thingz" }), info({ "x-client-name": "Things" })), not: () => change(info({ "x-client-name": "Things", summary: "All things" }), info({ "x-client-name": "Things" })) },
  "bound-parameters-changed": { level: B, raises: () => change(info({}), info({ "x-client-bound-parameters": { id: "thingId" } })), not: () => change(info({ "x-client-bound-parameters": { id: "thingId" }, summary: "x" }), info({ "x-client-bound-parameters": { id: "thingId" } })) },
  "error-code-removed": { level: B, raises: () => change(codes("NotFound"), codes("NoSuchThing")), not: () => change(codes("NoSuchThing", "Gone"), codes("NoSuchThing")) },
  "error-code-added": { level: I, raises: () => change(codes("NoSuchThing", "Gone"), codes("NoSuchThing")), not: () => change(codes("NoSuchThing"), codes("NoSuchThing", "Gone")) },
  "paging-removed": { level: B, raises: () => change(setGet({ "x-paging": undefined }), setGet(PAGED)), not: () => change(setGet(PAGED)) },
  "paging-added": { level: I, raises: () => change(setGet(PAGED)), not: () => change(setGet({ "x-paging": undefined }), setGet(PAGED)) },
  "paging-changed": { level: W, raises: () => change(setGet({ "x-paging": { ...PAGED["x-paging"], style: "offset" } }), setGet(PAGED)), not: () => change(setGet(PAGED)) },

  "types-parameters-not-assignable": { level: B, raises: () => typeChange((d) => (getThing(d).parameters[1].required = true)), not: () => typeChange((d) => getThing(d).parameters.push({ name: "page", in: "query", schema: { type: "integer" } })) },
  "types-request-body-not-assignable": { level: B, raises: () => typeChange((d) => (d.components.schemas.Thing.properties.size = { type: "string" })), not: () => typeChange((d) => (d.components.schemas.Thing.properties.colour = { type: "string" })) },
  "types-response-body-not-assignable": { level: B, raises: () => typeChange((d) => (d.components.schemas.Thing.properties.name = { type: ["string", "null"] })), not: () => typeChange((d) => (d.components.schemas.Thing.properties.size = { type: "integer", enum: [1, 2] })) },
  "types-response-headers-not-assignable": { level: B, raises: () => typeChange((d) => (getThing(d).responses["200"].headers["X-Rate"].schema = str)), not: () => typeChange((d) => (getThing(d).responses["200"].headers["X-Trace"] = { schema: str })) },
};

function renamePathParameter(doc: Doc): void {
  doc.paths["/things/{thingId}"] = doc.paths["/things/{id}"];
  delete doc.paths["/things/{id}"];
  for (const op of [getThingAt(doc), doc.paths["/things/{thingId}"].put]) op.parameters[0].name = "thingId";
}

function getThingAt(doc: Doc): Doc {
  return doc.paths["/things/{thingId}"].get;
}

/** The types stage's own generator, for one document. */
async function generate(doc: Doc): Promise<string> {
  return (await generateTypes({ providers: [{ name: "things", specFile: "things.yaml" }] } as Project, new Map([["things", doc]]))).get("things")!;
}

/** The type check alone, BASE → edited BASE. */
async function typeChange(edit: (doc: Doc) => void): Promise<Finding[]> {
  const next = edited(edit);
  const result = checkTypes([{ provider: "things", previous: BASE, next, previousTypes: await generate(BASE), nextTypes: await generate(next) }]);
  expect(result.problems).toEqual([]);
  return result.findings.get("things") ?? [];
}

describe("operation, parameter, body, response, security, server and type rules", () => {
  it.each(Object.entries(CASES))("%s", async (rule, c) => {
    expectRaised(await c.raises(), rule, c.level);
    expectAbsent(await c.not(), rule);
  });
});

describe("details of the rules above", () => {
  it("a renamed path parameter is the same operation: no removal, no addition", () => {
    expect(change(renamePathParameter).map((f) => f.rule)).toEqual(["request-path-parameter-renamed", "request-path-parameter-renamed"]);
  });

  it("a removed operation says removed, not renamed to undefined", () => {
    expect(change(removeGet)).toEqual([{ rule: "operation-removed", level: B, operation: "GET /things/{id}", location: "operation", detail: "removed (`getThing`)", pointer: "/paths/~1things~1{id}" }]);
  });

  it("an operation at x-stability alpha reports its breaks as warnings, even when changes.yaml raises them", () => {
    const findings = change((d) => (getThing(d).parameters[1].required = true), setGet({ "x-stability": "alpha" }));
    expect(findings.map((f) => [f.rule, f.level, f.unstable])).toEqual([["request-parameter-became-required", W, "alpha"]]);
  });

  it("anonymous access gaining credentials is breaking; credentials dropped is not", () => {
    expect(change((d) => (d.paths["/things"].get.security = [{ key: [] }])).map((f) => [f.rule, f.detail])).toEqual([
      ["security-requirement-added", "`key` accepted"],
      ["security-requirement-removed", "anonymous access no longer accepted; now `key`"],
    ]);
    expect(change((d) => (getThing(d).security = [])).map((f) => f.level)).toEqual([I]);
  });

  it("a scheme added to an alternative (key AND oauth) is a removed alternative", () => {
    expect(change((d) => (getThing(d).security = [{ key: [], oauth: [] }])).map((f) => [f.rule, f.level])).toEqual([
      ["security-requirement-added", I],
      ["security-requirement-removed", B],
    ]);
  });
});

describe("effect and stability count from their defaults when unmarked", () => {
  it("a GET marked write, or a POST that loses its read mark, changes its effect; marking a GET read changes nothing", () => {
    expectRaised(change(setGet({ "x-effect": "write" })), "operation-effect-changed", W);
    const post = (fields: Doc) => (doc: Doc) => (doc.paths["/things/{id}"].post = { operationId: "lookUp", ...fields, responses: { "200": { description: "ok" } } });
    expectRaised(change(post({}), post({ "x-effect": "read" })), "operation-effect-changed", W);
    expectAbsent(change(setGet({ "x-effect": "read" })), "operation-effect-changed");
  });

  it("an unmarked operation marked draft or beta is less stable; one marked stable is not", () => {
    expectRaised(change(setGet({ "x-stability": "draft" })), "operation-stability-decreased", W);
    expectAbsent(change(setGet({ "x-stability": "stable" })), "operation-stability-decreased");
    expectAbsent(change(setGet({ "x-stability": "stable" })), "operation-stability-increased");
  });
});

describe("the rule table", () => {
  it("has unique kebab-case ids, a level and a one-line explanation each", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.explanation).toMatch(/^[A-Za-z`].*\.$/);
      expect(rule.explanation).not.toContain("\n");
    }
  });

  it("every rule was raised at its level by a case above, and shown absent by another", () => {
    const ids = RULES.map((r) => r.id).sort();
    expect(ids.filter((id) => !raised.has(id))).toEqual([]);
    expect(ids.filter((id) => !absent.has(id))).toEqual([]);
  });

  it("docs/change-rules.md lists them all (npm run changes -- --rules-doc rewrites it)", () => {
    expect(readFileSync(path.join(ROOT, "docs/change-rules.md"), "utf8")).toBe(renderRulesDoc());
  });
});
