import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { serializeBundle, type OpenApiDocument } from "../../scripts/pipeline/bundle.js";
import { collectChanges } from "../../scripts/pipeline/change-report.js";
import { appendToChangelog, formatChangeReport } from "../../scripts/pipeline/changelog.js";
import { diffSpecs, semverBump, type SpecChange } from "../../scripts/pipeline/changes.js";
import { ROOT } from "./project-copy.js";

/** A small two-operation spec; each test edits a copy of it and diffs the pair. */
const BASE: OpenApiDocument = {
  openapi: "3.1.0",
  info: { title: "Reports", version: "1.0.0" },
  paths: {
    "/reports/query": {
      post: {
        operationId: "queryReports",
        parameters: [{ name: "format", in: "query", required: false, schema: { type: "string", enum: ["json", "csv"] } }],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Query" } } } },
        responses: {
          "200": { description: "Matches", content: { "application/json": { schema: { $ref: "#/components/schemas/Page" } } } },
          "400": { description: "Refused", content: { "application/json": { schema: { type: "object", properties: { error: { type: "string" } } } } } },
        },
      },
    },
    "/reports/list": {
      get: {
        operationId: "listReports",
        responses: { "200": { description: "Names", content: { "application/json": { schema: { type: "array", items: { type: "string" } } } } } },
      },
    },
  },
  components: {
    schemas: {
      Query: {
        type: "object",
        required: ["report"],
        properties: { report: { type: "string" }, limit: { type: "integer" }, sort: { $ref: "#/components/schemas/SortOrder" } },
      },
      SortOrder: { type: "string", enum: ["ascending", "descending"] },
      Page: {
        type: "object",
        required: ["items"],
        properties: { items: { type: "array", items: { $ref: "#/components/schemas/Event" } }, next: { type: "string" } },
      },
      Event: {
        type: "object",
        required: ["id"],
        properties: { id: { type: "string" }, severity: { $ref: "#/components/schemas/Severity" }, seen: { type: "string", format: "date" } },
      },
      Severity: { type: "string", enum: ["high", "low"] },
    },
  },
};

const QUERY = "POST /reports/query";
const LIST = "GET /reports/list";

function diffAfter(edit: (spec: any) => void): SpecChange[] {
  const next = structuredClone(BASE);
  edit(next);
  return diffSpecs(BASE, next);
}

function change(kind: SpecChange["kind"], breaking: boolean, location: string, detail: string, operation: string | null = QUERY): SpecChange {
  return { kind, breaking, ...(operation ? { operation } : {}), location, detail };
}

const query = (spec: any) => spec.paths["/reports/query"].post;
const schemas = (spec: any) => spec.components.schemas;

describe("diffSpecs: operations", () => {
  it("identical documents: no changes, bump none", () => {
    const changes = diffSpecs(BASE, structuredClone(BASE));
    expect(changes).toEqual([]);
    expect(semverBump(changes)).toBe("none");
  });

  it("operation added: not breaking", () => {
    const changes = diffAfter((s) => (s.paths["/reports/stats"] = { post: { operationId: "getReportStats", responses: { "200": { description: "ok" } } } }));
    expect(changes).toEqual([change("operation-added", false, "operation", "added (`getReportStats`)", "POST /reports/stats")]);
    expect(semverBump(changes)).toBe("minor");
  });

  it("operation removed: breaking", () => {
    expect(diffAfter((s) => delete s.paths["/reports/list"])).toEqual([change("operation-removed", true, "operation", "removed (`listReports`)", LIST)]);
  });

  it("operationId renamed: breaking (it names the client method and CLI command)", () => {
    expect(diffAfter((s) => (query(s).operationId = "searchReports"))).toEqual([
      change("operation-renamed", true, "operation", "renamed from `queryReports` to `searchReports` (client method and CLI command)"),
    ]);
  });

  it("only description or example edits: one details change, bump patch", () => {
    const changes = diffAfter((s) => (query(s).summary = "Search events"));
    expect(changes).toEqual([change("details-changed", false, "descriptions, examples or other details", "changed", null)]);
    expect(semverBump(changes)).toBe("patch");
  });
});

describe("diffSpecs: parameters", () => {
  it("optional parameter added: not breaking", () => {
    expect(diffAfter((s) => query(s).parameters.push({ name: "page", in: "query", schema: { type: "integer" } }))).toEqual([
      change("parameter-added", false, "query parameter `page`", "added (optional)"),
    ]);
  });

  it("required parameter added: breaking", () => {
    expect(diffAfter((s) => query(s).parameters.push({ name: "X-Account", in: "header", required: true, schema: { type: "string" } }))).toEqual([
      change("parameter-added", true, "header parameter `X-Account`", "added (required)"),
    ]);
  });

  it("parameter removed: breaking", () => {
    expect(diffAfter((s) => (query(s).parameters = []))).toEqual([change("parameter-removed", true, "query parameter `format`", "removed")]);
  });

  it("parameter made required: breaking", () => {
    expect(diffAfter((s) => (query(s).parameters[0].required = true))).toEqual([change("parameter-made-required", true, "query parameter `format`", "made required")]);
  });

  it("parameter made optional: not breaking", () => {
    const before = structuredClone(BASE);
    query(before).parameters[0].required = true;
    expect(diffSpecs(before, BASE)).toEqual([change("parameter-made-optional", false, "query parameter `format`", "made optional")]);
  });

  it("parameter retyped: breaking unless widened", () => {
    expect(diffAfter((s) => (query(s).parameters[0].schema = { type: "integer" }))).toEqual([
      change("enum-unrestricted", false, "query parameter `format`", "no longer restricted to `json`, `csv`"),
      change("retyped", true, "query parameter `format`", "retyped from string to integer"),
    ]);
  });

  it("a $ref'd parameter moved to components is the same parameter; path-level parameters count", () => {
    const changes = diffAfter((s) => {
      s.components.parameters = { Format: query(s).parameters[0] };
      query(s).parameters = [];
      s.paths["/reports/query"].parameters = [{ $ref: "#/components/parameters/Format" }];
    });
    expect(changes).toEqual([change("details-changed", false, "descriptions, examples or other details", "changed", null)]);
  });
});

describe("diffSpecs: request bodies", () => {
  it("optional request body added: not breaking; required: breaking", () => {
    const body = (required: boolean) => (s: any) => (s.paths["/reports/list"].get.requestBody = { required, content: { "application/json": { schema: { type: "object" } } } });
    expect(diffAfter(body(false))).toEqual([change("request-body-added", false, "request body", "added (optional)", LIST)]);
    expect(diffAfter(body(true))).toEqual([change("request-body-added", true, "request body", "added (required)", LIST)]);
  });

  it("request body removed: breaking", () => {
    expect(diffAfter((s) => delete query(s).requestBody)).toEqual([change("request-body-removed", true, "request body", "removed")]);
  });

  it("request body made required: breaking", () => {
    const before = structuredClone(BASE);
    query(before).requestBody.required = false;
    expect(diffSpecs(before, BASE)).toEqual([change("request-body-made-required", true, "request body", "made required")]);
  });

  it("request body made optional: not breaking", () => {
    expect(diffAfter((s) => (query(s).requestBody.required = false))).toEqual([change("request-body-made-optional", false, "request body", "made optional")]);
  });

  it("optional field added: not breaking", () => {
    expect(diffAfter((s) => (schemas(s).Query.properties.page = { type: "integer" }))).toEqual([change("field-added", false, "request body field `page`", "added (optional)")]);
  });

  it("required field added: breaking", () => {
    expect(
      diffAfter((s) => {
        schemas(s).Query.properties.date = { type: "string" };
        schemas(s).Query.required.push("date");
      }),
    ).toEqual([change("field-added", true, "request body field `date`", "added (required)")]);
  });

  it("field removed: breaking (callers still send it)", () => {
    expect(diffAfter((s) => delete schemas(s).Query.properties.limit)).toEqual([change("field-removed", true, "request body field `limit`", "removed")]);
  });

  it("field made required: breaking; made optional: not", () => {
    expect(diffAfter((s) => schemas(s).Query.required.push("limit"))).toEqual([change("field-made-required", true, "request body field `limit`", "made required")]);
    expect(diffAfter((s) => (schemas(s).Query.required = []))).toEqual([change("field-made-optional", false, "request body field `report`", "made optional")]);
  });

  it("field retyped: breaking", () => {
    expect(diffAfter((s) => (schemas(s).Query.properties.limit = { type: "string" }))).toEqual([
      change("retyped", true, "request body field `limit`", "retyped from integer to string"),
    ]);
  });

  it("field widened (integer → number, or nullable): not breaking in a request", () => {
    expect(diffAfter((s) => (schemas(s).Query.properties.limit = { type: ["number", "null"] }))).toEqual([
      change("retyped", false, "request body field `limit`", "retyped from integer to number | null (widened)"),
    ]);
  });

  it("media type added: not breaking; removed: breaking", () => {
    const added = diffAfter((s) => (query(s).requestBody.content["text/plain"] = { schema: { type: "string" } }));
    expect(added).toEqual([change("media-type-added", false, "request body", "media type `text/plain` added")]);
    expect(diffAfter((s) => (query(s).requestBody.content = { "text/plain": { schema: { type: "string" } } }))).toEqual([
      change("media-type-added", false, "request body", "media type `text/plain` added"),
      change("media-type-removed", true, "request body", "media type `application/json` removed"),
    ]);
  });
});

describe("diffSpecs: responses", () => {
  it("response field added: not breaking", () => {
    expect(diffAfter((s) => (schemas(s).Event.properties.city = { type: "string" }))).toEqual([change("field-added", false, "response 200 field `items[].city`", "added")]);
  });

  it("response field removed: breaking", () => {
    expect(diffAfter((s) => delete schemas(s).Page.properties.next)).toEqual([change("field-removed", true, "response 200 field `next`", "removed")]);
  });

  it("response field retyped: breaking", () => {
    expect(diffAfter((s) => (schemas(s).Event.properties.id = { type: "integer" }))).toEqual([
      change("retyped", true, "response 200 field `items[].id`", "retyped from string to integer"),
    ]);
  });

  it("response field widened to nullable: breaking; narrowed: not", () => {
    expect(diffAfter((s) => (schemas(s).Page.properties.next = { type: ["string", "null"] }))).toEqual([
      change("retyped", true, "response 200 field `next`", "retyped from string to string | null (widened)"),
    ]);
    const before = structuredClone(BASE);
    schemas(before).Page.properties.next = { type: ["string", "null"] };
    expect(diffSpecs(before, BASE)).toEqual([change("retyped", false, "response 200 field `next`", "retyped from string | null to string (narrowed)")]);
  });

  it("format changed: breaking", () => {
    expect(diffAfter((s) => (schemas(s).Event.properties.seen.format = "date-time"))).toEqual([
      change("retyped", true, "response 200 field `items[].seen`", "retyped from string (date) to string (date-time)"),
    ]);
  });

  it("response field made optional: breaking (it may be absent); made required: not", () => {
    expect(diffAfter((s) => (schemas(s).Event.required = []))).toEqual([change("field-made-optional", true, "response 200 field `items[].id`", "made optional")]);
    expect(diffAfter((s) => schemas(s).Page.required.push("next"))).toEqual([change("field-made-required", false, "response 200 field `next`", "made required")]);
  });

  it("success status added or removed: breaking; error status: not", () => {
    expect(diffAfter((s) => (query(s).responses["202"] = { description: "Queued" }))).toEqual([change("response-added", true, "response 202", "added")]);
    expect(diffAfter((s) => (query(s).responses["429"] = { description: "Slow down" }))).toEqual([change("response-added", false, "response 429", "added")]);
    expect(diffAfter((s) => delete query(s).responses["400"])).toEqual([change("response-removed", false, "response 400", "removed")]);
    const changes = diffAfter((s) => {
      query(s).responses["201"] = query(s).responses["200"];
      delete query(s).responses["200"];
    });
    expect(changes).toEqual([change("response-removed", true, "response 200", "removed"), change("response-added", true, "response 201", "added")]);
  });

  it("a non-JSON media type is named in the location; error media types may come and go", () => {
    const plain = (type: string) => (s: any) => (query(s).responses["400"].content["text/plain"] = { schema: { type } });
    expect(diffAfter(plain("string"))).toEqual([change("media-type-added", false, "response 400", "media type `text/plain` added")]);
    const before = structuredClone(BASE);
    plain("string")(before);
    const after = structuredClone(BASE);
    plain("integer")(after);
    expect(diffSpecs(before, after)).toEqual([change("retyped", true, "response 400 (text/plain) body", "retyped from string to integer")]);
  });
});

describe("diffSpecs: enums", () => {
  it("enum value removed in a request: breaking", () => {
    expect(diffAfter((s) => (schemas(s).SortOrder.enum = ["ascending"]))).toEqual([change("enum-value-removed", true, "request body field `sort`", "enum value `descending` removed")]);
  });

  it("enum value added in a request: not breaking", () => {
    expect(diffAfter((s) => schemas(s).SortOrder.enum.push("random"))).toEqual([change("enum-value-added", false, "request body field `sort`", "enum value `random` added")]);
  });

  it("enum value removed in a response: breaking", () => {
    expect(diffAfter((s) => (schemas(s).Severity.enum = ["high"]))).toEqual([change("enum-value-removed", true, "response 200 field `items[].severity`", "enum value `low` removed")]);
  });

  it("enum value added in a response: breaking (callers may not handle it)", () => {
    expect(diffAfter((s) => schemas(s).Severity.enum.push("critical"))).toEqual([change("enum-value-added", true, "response 200 field `items[].severity`", "enum value `critical` added")]);
  });

  it("const counts as a one-value enum; restricting a request field is breaking", () => {
    expect(diffAfter((s) => (schemas(s).Query.properties.report = { type: "string", const: "united-states" }))).toEqual([
      change("enum-restricted", true, "request body field `report`", "now restricted to `united-states`"),
    ]);
    expect(diffAfter((s) => (query(s).parameters[0].schema.enum = [1, "json"]))).toEqual([
      change("enum-value-added", false, "query parameter `format`", "enum value `1` added"),
      change("enum-value-removed", true, "query parameter `format`", "enum value `csv` removed"),
    ]);
  });
});

describe("diffSpecs: schema structure", () => {
  it("follows $refs to requestBodies, responses and schemas, reporting under each operation that uses them", () => {
    const changes = diffAfter((s) => {
      s.components.requestBodies = { Query: query(s).requestBody };
      s.components.responses = { Page: query(s).responses["200"] };
      query(s).requestBody = { $ref: "#/components/requestBodies/Query" };
      query(s).responses["200"] = { $ref: "#/components/responses/Page" };
      s.paths["/reports/list"].get.responses["200"] = { $ref: "#/components/responses/Page" };
      schemas(s).Event.properties.id.type = "integer";
    });
    expect(changes).toEqual([
      change("retyped", true, "response 200 body", "retyped from array to object", LIST),
      change("field-added", false, "response 200 field `items`", "added", LIST),
      change("field-added", false, "response 200 field `next`", "added", LIST),
      change("retyped", true, "response 200 field `items[].id`", "retyped from string to integer"),
    ]);
  });

  it("nested arrays are named `a[][].b`", () => {
    const matrix = (type: string) => ({ type: "array", items: { type: "array", items: { type: "object", properties: { x: { type } } } } });
    const before = structuredClone(BASE);
    schemas(before).Event.properties.cells = matrix("number");
    const after = structuredClone(BASE);
    schemas(after).Event.properties.cells = matrix("string");
    expect(diffSpecs(before, after)).toEqual([change("retyped", true, "response 200 field `items[].cells[][].x`", "retyped from number to string")]);
  });

  it("map values (additionalProperties) are named `a.*`", () => {
    const counts = (type: string) => (s: any) => (schemas(s).Page.properties.counts = { type: "object", additionalProperties: { type } });
    const before = structuredClone(BASE);
    counts("integer")(before);
    const after = structuredClone(BASE);
    counts("string")(after);
    expect(diffSpecs(before, after)).toEqual([change("retyped", true, "response 200 field `counts.*`", "retyped from integer to string")]);
  });

  it("merges allOf members: properties and required from every member", () => {
    const before = structuredClone(BASE);
    schemas(before).Query = { allOf: [{ $ref: "#/components/schemas/Base" }, { type: "object", properties: { limit: { type: "integer" } } }] };
    schemas(before).Base = { type: "object", required: ["report"], properties: { report: { type: "string" } } };
    const after = structuredClone(before);
    schemas(after).Base.properties.date = { type: "string" };
    schemas(after).Query.allOf[1].required = ["limit"];
    expect(diffSpecs(before, after)).toEqual([
      change("field-added", false, "request body field `date`", "added (optional)"),
      change("field-made-required", true, "request body field `limit`", "made required"),
    ]);
    // Inlining the same members changes nothing a caller sees.
    const inlined = structuredClone(before);
    schemas(inlined).Query = { type: "object", required: ["report"], properties: { report: { type: "string" }, limit: { type: "integer" } } };
    delete schemas(inlined).Base;
    expect(diffSpecs(before, inlined).map((c) => c.kind)).toEqual(["details-changed"]);
  });

  it("oneOf/anyOf: variants matched by name; added/removed variants follow direction; fields inside matched variants compared", () => {
    const before = structuredClone(BASE);
    schemas(before).Page = { oneOf: [{ $ref: "#/components/schemas/Event" }, { type: "array", title: "list", items: { type: "string" } }] };
    schemas(before).Query.properties.limit = { anyOf: [{ type: "integer" }, { type: "string" }] };
    const after = structuredClone(before);
    schemas(after).Page.oneOf.push({ type: "null" });
    schemas(after).Event.properties.city = { type: "string" };
    schemas(after).Query.properties.limit.anyOf.pop();
    expect(diffSpecs(before, after)).toEqual([
      change("variant-removed", true, "request body field `limit`", "variant `string` removed"),
      change("variant-added", true, "response 200 body", "variant `null` added"),
      change("field-added", false, "response 200 field `city` (variant `Event`)", "added"),
    ]);
  });

  it("variants in the other direction: added to a request and removed from a response are not breaking", () => {
    const before = structuredClone(BASE);
    schemas(before).Query.properties.limit = { oneOf: [{ type: "integer" }] };
    schemas(before).Page.properties.next = { oneOf: [{ type: "string" }, { type: "null" }] };
    const after = structuredClone(before);
    schemas(after).Query.properties.limit.oneOf.push({ type: "string", title: "keyword" });
    schemas(after).Page.properties.next.oneOf.pop();
    expect(diffSpecs(before, after)).toEqual([
      change("variant-added", false, "request body field `limit`", "variant `keyword` added"),
      change("variant-removed", false, "response 200 field `next`", "variant `null` removed"),
    ]);
  });

  it("one edit to a schema reached along several paths of a body is one line, at the shortest path", () => {
    const before = structuredClone(BASE);
    schemas(before).Page.properties.latest = { $ref: "#/components/schemas/Event" };
    schemas(before).Page.properties.byCity = { type: "object", additionalProperties: { type: "array", items: { $ref: "#/components/schemas/Event" } } };
    const after = structuredClone(before);
    schemas(after).Event.properties.id.type = "integer";
    expect(diffSpecs(before, after)).toEqual([
      change("retyped", true, "response 200 field `latest.id` (and 2 more places using `Event`)", "retyped from string to integer"),
    ]);
  });

  it("the same inline change in several variants is one line naming a few of them", () => {
    const variant = (title: string) => ({ title, type: "object", properties: { code: { type: "integer" } } });
    const before = structuredClone(BASE);
    schemas(before).Page = { oneOf: ["a", "b", "c", "d", "e"].map(variant) };
    const after = structuredClone(before);
    for (const v of schemas(after).Page.oneOf) v.properties.code.type = "string";
    expect(diffSpecs(before, after)).toEqual([
      change("retyped", true, "response 200 field `code` (variants `a`, `b`, `c` and 2 more)", "retyped from integer to string"),
    ]);
  });

  it("a plain type becoming a union is compared by types: widening a request field is not breaking", () => {
    expect(diffAfter((s) => (schemas(s).Query.properties.report = { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] }))).toEqual([
      change("retyped", false, "request body field `report`", "retyped from string to array | string (widened)"),
    ]);
  });

  it("terminates on recursive schemas and still reports their changes", () => {
    const tree = (nameType: string) => (s: any) => {
      schemas(s).Node = { type: "object", properties: { name: { type: nameType }, children: { type: "array", items: { $ref: "#/components/schemas/Node" } } } };
      schemas(s).Page.properties.root = { $ref: "#/components/schemas/Node" };
      schemas(s).Loop = { allOf: [{ $ref: "#/components/schemas/Loop" }, { type: "object" }] };
      schemas(s).Page.properties.loop = { $ref: "#/components/schemas/Loop" };
    };
    const before = structuredClone(BASE);
    tree("string")(before);
    const after = structuredClone(BASE);
    tree("integer")(after);
    expect(diffSpecs(before, after)).toEqual([change("retyped", true, "response 200 field `root.name`", "retyped from string to integer")]);
  });

  it("orders changes by path, method, then operation/parameters/body/responses, independent of key order", () => {
    const edit = (s: any) => {
      schemas(s).Event.properties.city = { type: "string" };
      schemas(s).Query.properties.page = { type: "integer" };
      query(s).parameters.push({ name: "page", in: "query", schema: { type: "integer" } });
      query(s).operationId = "searchReports";
      s.paths["/reports/list"].post = { operationId: "createList", responses: { "200": { description: "ok" } } };
      s.paths["/a"] = { get: { operationId: "a", responses: {} } };
    };
    const after = structuredClone(BASE);
    edit(after);
    const reordered = { ...after, paths: Object.fromEntries(Object.entries(after.paths).reverse()) };
    const expected = [
      change("operation-added", false, "operation", "added (`a`)", "GET /a"),
      change("operation-added", false, "operation", "added (`createList`)", "POST /reports/list"),
      change("operation-renamed", true, "operation", "renamed from `queryReports` to `searchReports` (client method and CLI command)"),
      change("parameter-added", false, "query parameter `page`", "added (optional)"),
      change("field-added", false, "request body field `page`", "added (optional)"),
      change("field-added", false, "response 200 field `items[].city`", "added"),
    ];
    expect(diffSpecs(BASE, after)).toEqual(expected);
    expect(diffSpecs(BASE, reordered)).toEqual(expected);
  });
});

describe("semverBump", () => {
  const added = change("field-added", false, "request body field `page`", "added (optional)");
  const removed = change("operation-removed", true, "operation", "removed");
  const details = change("details-changed", false, "descriptions, examples or other details", "changed", null);
  it.each([
    [[], "none"],
    [[details], "patch"],
    [[added], "minor"],
    [[added, details], "minor"],
    [[added, removed], "major"],
  ] as const)("%j → %s", (changes, bump) => expect(semverBump(changes)).toBe(bump));

  it("a new provider is a minor bump: every operation added", () => {
    const changes = diffSpecs(undefined, BASE);
    expect(changes.map((c) => `${c.kind} ${c.operation ?? ""}`)).toEqual(["provider-added ", `operation-added ${LIST}`, `operation-added ${QUERY}`]);
    expect(changes[0]!.location + " " + changes[0]!.detail).toBe("new provider with 2 operations");
    expect(semverBump(changes)).toBe("minor");
  });
});

const SAMPLE: SpecChange[] = [
  change("operation-removed", true, "operation", "removed (`listReports`)", LIST),
  change("field-added", false, "request body field `page`", "added (optional)"),
  change("variant-removed", false, "response 200 body", "variant `list` removed"),
  change("retyped", false, "request body field `limit`", "retyped from integer to number (widened)"),
];

describe("formatChangeReport", () => {
  it("prints a summary line, then one marked line per change", () => {
    expect(formatChangeReport("shadowserver", SAMPLE, "major")).toEqual([
      "shadowserver: major — 4 changes, 1 breaking",
      "  ! GET /reports/list: operation removed (`listReports`)",
      "  + POST /reports/query: request body field `page` added (optional)",
      "  - POST /reports/query: response 200 body variant `list` removed",
      "  ~ POST /reports/query: request body field `limit` retyped from integer to number (widened)",
    ]);
    expect(formatChangeReport("shadowserver", [SAMPLE[1]!], "minor")[0]).toBe("shadowserver: minor — 1 change");
  });
});

describe("appendToChangelog", () => {
  const block = [
    "### shadowserver (major)",
    "",
    "- **BREAKING** `GET /reports/list`: operation removed (`listReports`)",
    "- `POST /reports/query`: request body field `page` added (optional)",
    "- `POST /reports/query`: response 200 body variant `list` removed",
    "- `POST /reports/query`: request body field `limit` retyped from integer to number (widened)",
  ];

  it("creates the file with a header and an Unreleased section", () => {
    expect(appendToChangelog(undefined, "shadowserver", SAMPLE, "major")).toBe(["# Changelog", "", "## Unreleased", "", ...block, ""].join("\n"));
  });

  it("adds the block under Unreleased, before older releases, after other providers", () => {
    const existing = ["# Changelog", "", "## Unreleased", "", "### mashery (minor)", "", "- `POST /rpc`: request body field `x` added (optional)", "", "## 1.0.0", "", "- First release.", ""].join("\n");
    expect(appendToChangelog(existing, "shadowserver", SAMPLE, "major")).toBe(
      ["# Changelog", "", "## Unreleased", "", "### mashery (minor)", "", "- `POST /rpc`: request body field `x` added (optional)", "", ...block, "", "## 1.0.0", "", "- First release.", ""].join("\n"),
    );
  });

  it("inserts an Unreleased section before the first release when there is none", () => {
    const existing = "# Changelog\r\n\r\nAll notable changes.\r\n\r\n## 1.0.0\r\n\r\n- First release.\r\n";
    expect(appendToChangelog(existing, "shadowserver", SAMPLE, "major")).toBe(
      ["# Changelog", "", "All notable changes.", "", "## Unreleased", "", ...block, "", "## 1.0.0", "", "- First release.", ""].join("\n"),
    );
  });

  it("is idempotent: the same changes twice write the same file", () => {
    const once = appendToChangelog(undefined, "shadowserver", SAMPLE, "major");
    expect(appendToChangelog(once, "shadowserver", SAMPLE, "major")).toBe(once);
  });

  it("merges a later build into the provider's block: only new bullets, bump raised, never lowered", () => {
    const first = appendToChangelog(undefined, "shadowserver", [SAMPLE[1]!], "minor");
    const second = appendToChangelog(first, "shadowserver", [SAMPLE[1]!, SAMPLE[0]!], "major");
    expect(second).toBe(
      ["# Changelog", "", "## Unreleased", "", "### shadowserver (major)", "", block[3], block[2], ""].join("\n"),
    );
    const third = appendToChangelog(second, "shadowserver", [change("details-changed", false, "descriptions, examples or other details", "changed", null)], "patch");
    expect(third).toBe(["# Changelog", "", "## Unreleased", "", "### shadowserver (major)", "", block[3], block[2], "- descriptions, examples or other details changed", ""].join("\n"));
  });

  it("leaves released sections alone even when they name the same provider", () => {
    const existing = ["# Changelog", "", "## 1.0.0", "", "### shadowserver (minor)", "", block[3], ""].join("\n");
    expect(appendToChangelog(existing, "shadowserver", [SAMPLE[1]!], "minor")).toBe(
      ["# Changelog", "", "## Unreleased", "", "### shadowserver (minor)", "", block[3], "", "## 1.0.0", "", "### shadowserver (minor)", "", block[3], ""].join("\n"),
    );
  });
});

describe("against the committed Shadowserver bundle", () => {
  const committed = JSON.parse(readFileSync(path.join(ROOT, "generated/shadowserver/openapi.json"), "utf8")) as OpenApiDocument;

  it("finds nothing between the bundle and itself", () => {
    expect(diffSpecs(committed, structuredClone(committed))).toEqual([]);
  });

  it("an operation deleted and a parameter made required: two breaking changes, major", () => {
    const next = structuredClone(committed);
    delete next.paths["/test/ping"];
    const origin = next.paths["/net/asn"].get.parameters.find((p: any) => p.name === "origin");
    origin.required = true;
    const changes = diffSpecs(committed, next);
    expect(changes).toEqual([
      change("parameter-made-required", true, "query parameter `origin`", "made required", "GET /net/asn"),
      change("operation-removed", true, "operation", "removed (`ping`)", "POST /test/ping"),
    ]);
    expect(semverBump(changes)).toBe("major");
  });

  it("a shared schema edit is reported under every operation that uses it", () => {
    const next = structuredClone(committed);
    next.components.schemas.ReportSeverity.enum.push("unknown");
    const changes = diffSpecs(committed, next);
    expect(changes.map((c) => `${c.operation}: ${c.location}`)).toEqual([
      "POST /honeypot/common-vulnerabilities: response 200 field `[].severity`",
      "POST /honeypot/exploited-vulnerabilities: response 200 field `[].severity`",
    ]);
    expect(changes.every((c) => c.kind === "enum-value-added" && c.breaking)).toBe(true);
  });

  it("a schema reached both as an array item and as a variant is reported once per response", () => {
    const next = structuredClone(committed);
    next.components.schemas.ReportEvent.properties.timestamp.format = "date-time";
    const device = diffSpecs(committed, next).filter((c) => c.operation === "POST /reports/device-info");
    expect(device).toEqual([
      change("retyped", false, "response 200 field `timestamp` (variant `ReportEvent`; and 1 more place using `ReportEvent`)", "retyped from string to string (date-time) (narrowed)", "POST /reports/device-info"),
    ]);
  });
});

describe("collectChanges", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function project(committed: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), "specfirst-changes-"));
    dirs.push(dir);
    for (const [provider, text] of Object.entries(committed)) {
      mkdirSync(path.join(dir, "generated", provider), { recursive: true });
      writeFileSync(path.join(dir, "generated", provider, "openapi.json"), text);
    }
    return dir;
  }

  it("reports nothing when the bundle equals the committed copy", () => {
    const dir = project({ reports: serializeBundle(BASE) });
    expect(collectChanges(dir, new Map([["reports", BASE]]))).toEqual({ lines: [], summary: "no spec changes", bumps: {} });
  });

  it("reports a changed bundle, and a second run after the changelog is written adds nothing", () => {
    const dir = project({ reports: serializeBundle(BASE) });
    const next = structuredClone(BASE);
    delete next.paths["/reports/list"];
    const report = collectChanges(dir, new Map([["reports", next]]));
    expect(report.lines).toEqual(["reports: major — 1 change, 1 breaking", "  ! GET /reports/list: operation removed (`listReports`)"]);
    expect(report.summary).toBe("reports: major");
    expect(report.bumps).toEqual({ reports: "major" });
    expect(report.changelog).toBe("# Changelog\n\n## Unreleased\n\n### reports (major)\n\n- **BREAKING** `GET /reports/list`: operation removed (`listReports`)\n");
    writeFileSync(path.join(dir, "CHANGELOG.md"), report.changelog!);
    const again = collectChanges(dir, new Map([["reports", next]]));
    expect(again.lines).toEqual(report.lines);
    expect(again.changelog).toBeUndefined();
  });

  it("a provider with no committed bundle is new; a committed bundle without a provider is removed", () => {
    const dir = project({ retired: serializeBundle(BASE) });
    const report = collectChanges(dir, new Map([["reports", BASE]]));
    expect(report.bumps).toEqual({ reports: "minor", retired: "major" });
    expect(report.lines).toEqual([
      "reports: minor — 3 changes",
      "  + new provider with 2 operations",
      "  + GET /reports/list: operation added (`listReports`)",
      "  + POST /reports/query: operation added (`queryReports`)",
      "retired: major — 1 change, 1 breaking",
      "  ! provider removed (the `specfirst/retired` subpath is gone)",
    ]);
    expect(report.changelog).toContain("### retired (major)\n\n- **BREAKING** provider removed (the `specfirst/retired` subpath is gone)\n");
  });

  it("does not fail the build on an unreadable committed bundle, and reports nothing for it", () => {
    const dir = project({ reports: "<<<<<<< HEAD\n{}\n" });
    const report = collectChanges(dir, new Map([["reports", BASE]]));
    expect(report.lines).toHaveLength(1);
    expect(report.lines[0]).toMatch(/^reports: no change report, generated\/reports\/openapi\.json is not valid JSON/);
    expect(report.changelog).toBeUndefined();
  });

  it("ignores a committed copy that differs only in formatting", () => {
    const dir = project({ reports: JSON.stringify(BASE) });
    expect(collectChanges(dir, new Map([["reports", BASE]])).lines).toEqual([]);
  });
});
