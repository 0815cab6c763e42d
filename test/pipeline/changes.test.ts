// The change report around its rules: refactors that change nothing, how findings are located and
// grouped, the semver bump, changes.yaml, the output formats, CHANGELOG.md, the build's stage and
// `npm run changes --from`. Each rule has its own case in changes-rules.test.ts.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { serializeBundle, type OpenApiDocument } from "../../scripts/pipeline/bundle.js";
import { collectChanges } from "../../scripts/pipeline/change-report.js";
import { appendToChangelog } from "../../scripts/pipeline/changelog.js";
import { applyConfig, parseChangesConfig } from "../../scripts/pipeline/changes/config.js";
import { diffSpecs } from "../../scripts/pipeline/changes/diff.js";
import { github, json, lineOf, markdown, terminalLines, type ProviderChanges } from "../../scripts/pipeline/changes/format.js";
import type { Finding, Level } from "../../scripts/pipeline/changes/model.js";
import { semverBump } from "../../scripts/pipeline/changes/semver.js";
import type { Project } from "../../scripts/pipeline/providers.js";
import { copyProject, ROOT } from "./project-copy.js";

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
const query = (spec: any) => spec.paths["/reports/query"].post;
const schemas = (spec: any) => spec.components.schemas;

function edited(edit: (spec: any) => void, from: OpenApiDocument = BASE): OpenApiDocument {
  const next = structuredClone(from);
  edit(next);
  return next;
}

/** rule, level, operation: location detail — what a reader sees, without pointers. */
function seen(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.level} ${f.operation ? `${f.operation}: ` : ""}${f.location} ${f.detail}`);
}

const diffAfter = (edit: (spec: any) => void) => seen(diffSpecs(BASE, edited(edit)));

describe("refactors that change nothing a caller sends or receives", () => {
  const DETAILS = ["details-changed info descriptions, examples or other details changed"];
  const nullable = (spelling: unknown) => (s: any) => (schemas(s).Page.properties.next = spelling);
  const REFACTORS: [string, (s: any) => void, (s: any) => void][] = [
    ["inline schema ↔ $ref", () => {}, (s) => ((schemas(s).Id = { type: "string" }), (schemas(s).Event.properties.id = { $ref: "#/components/schemas/Id" }))],
    ["a component renamed, same shape", () => {}, (s) => ((schemas(s).Happening = schemas(s).Event), delete schemas(s).Event, (schemas(s).Page.properties.items.items = { $ref: "#/components/schemas/Happening" }))],
    ["an unused component changed and another removed", (s) => (schemas(s).Unused = { type: "string" }), (s) => ((schemas(s).Unused = { type: "integer" }), delete schemas(s).Severity, (schemas(s).Event.properties.severity = { type: "string", enum: ["high", "low"] }))],
    ["oneOf [null, X] ↔ type [X, null]", nullable({ oneOf: [{ type: "null" }, { type: "string" }] }), nullable({ type: ["string", "null"] })],
    ["oneOf [null, X] ↔ nullable: true (3.0)", nullable({ anyOf: [{ type: "string" }, { type: "null" }] }), nullable({ type: "string", nullable: true })],
    ["oneOf [null, $ref enum] ↔ inline enum with null", (s) => (schemas(s).Event.properties.severity = { oneOf: [{ type: "null" }, { $ref: "#/components/schemas/Severity" }] }), (s) => (schemas(s).Event.properties.severity = { type: ["string", "null"], enum: ["high", "low", null] })],
    ["an inline enum alternative moved behind a $ref", (s) => (schemas(s).Event.properties.severity = { oneOf: [{ type: "string", enum: ["high", "low"] }, { type: "integer" }] }), (s) => (schemas(s).Event.properties.severity = { oneOf: [{ $ref: "#/components/schemas/Severity" }, { type: "integer" }] })],
    ["allOf with one $ref and a description ↔ the $ref", () => {}, (s) => (schemas(s).Page.properties.items.items = { allOf: [{ $ref: "#/components/schemas/Event" }], description: "One event" })],
    ["$ref with a sibling description ↔ the $ref", () => {}, (s) => (schemas(s).Page.properties.items.items = { $ref: "#/components/schemas/Event", description: "One event" })],
    ["allOf members ↔ the merged object", (s) => ((schemas(s).Query = { allOf: [{ $ref: "#/components/schemas/Base" }, { type: "object", properties: { limit: { type: "integer" }, sort: { $ref: "#/components/schemas/SortOrder" } } }] }), (schemas(s).Base = { type: "object", required: ["report"], properties: { report: { type: "string" } } })), () => {}],
    ["type: object spelled out ↔ implied by properties", () => {}, (s) => delete schemas(s).Event.type],
    ["enum values, required names and oneOf alternatives reordered", (s) => (schemas(s).Page.properties.next = { oneOf: [{ type: "string" }, { type: "integer" }] }), (s) => ((schemas(s).Page.properties.next = { oneOf: [{ type: "integer" }, { type: "string" }] }), schemas(s).Severity.enum.reverse(), (schemas(s).Query.required = ["report"]))],
    ["minLength 0 and explicit parameter defaults (style form, explode true)", () => {}, (s) => ((schemas(s).Event.properties.id.minLength = 0), Object.assign(query(s).parameters[0], { style: "form", explode: true }))],
    ["a parameter moved to components and to the path level", () => {}, (s) => ((s.components.parameters = { Format: query(s).parameters[0] }), (query(s).parameters = []), (s.paths["/reports/query"].parameters = [{ $ref: "#/components/parameters/Format" }]))],
    ["a response and a request body moved to components", () => {}, (s) => ((s.components.responses = { Page: query(s).responses["200"] }), (s.components.requestBodies = { Query: query(s).requestBody }), (query(s).responses["200"] = { $ref: "#/components/responses/Page" }), (query(s).requestBody = { $ref: "#/components/requestBodies/Query" }))],
    ["paths and operations reordered, descriptions edited", () => {}, (s) => ((s.paths = Object.fromEntries(Object.entries(s.paths).reverse())), (query(s).description = "Search"))],
  ];

  it.each(REFACTORS)("%s", (_name, before, after) => {
    const previous = edited(before);
    const findings = seen(diffSpecs(previous, edited(after, previous)));
    expect(findings).toEqual(findings.length ? DETAILS : []);
  });

  it("a required readOnly field added to a shared schema changes no request, and is an added field in responses", () => {
    const findings = diffAfter((s) => ((schemas(s).Query.properties.id = { type: "string", readOnly: true }), schemas(s).Query.required.push("id"), (schemas(s).Page.properties.query = { $ref: "#/components/schemas/Query" })));
    expect(findings).toEqual(["response-property-added info POST /reports/query: response 200 field `query` added"]);
    const writeOnly = diffAfter((s) => ((schemas(s).Event.properties.secret = { type: "string", writeOnly: true }), schemas(s).Event.required.push("secret")));
    expect(writeOnly).toEqual(["details-changed info descriptions, examples or other details changed"]);
  });
});

describe("where findings are reported", () => {
  it("follows $refs to requestBodies, responses and schemas, reporting under each operation that uses them", () => {
    const findings = diffAfter((s) => {
      s.components.responses = { Page: query(s).responses["200"] };
      query(s).responses["200"] = { $ref: "#/components/responses/Page" };
      s.paths["/reports/list"].get.responses["200"] = { $ref: "#/components/responses/Page" };
      schemas(s).Event.properties.id.type = "integer";
    });
    expect(findings).toEqual([
      "response-property-type-changed breaking GET /reports/list: response 200 body type array → object",
      "response-property-type-changed breaking POST /reports/query: response 200 field `items[].id` type string → integer",
    ]);
  });

  it("names nested arrays `a[][].b`, map values `a.*`, tuple positions `a[1]`, decoded content `a(content)`", () => {
    const matrix = (type: string) => ({ type: "array", items: { type: "array", items: { type: "object", properties: { x: { type } } } } });
    const shapes = (type: string) => (s: any) =>
      Object.assign(schemas(s).Event.properties, {
        cells: matrix(type),
        counts: { type: "object", additionalProperties: { type } },
        pair: { type: "array", prefixItems: [{ type: "string" }, { type }] },
        blob: { type: "string", contentMediaType: "application/json", contentSchema: { type: "object", properties: { x: { type } } } },
      });
    expect(seen(diffSpecs(edited(shapes("number")), edited(shapes("string")))).map((line) => line.replace(/^.*field (`[^`]*`).*$/, "$1"))).toEqual(["`items[].blob(content).x`", "`items[].cells[][].x`", "`items[].counts.*`", "`items[].pair[1]`"]);
  });

  it("merges allOf members: properties and required from every member", () => {
    const before = edited((s) => {
      schemas(s).Query = { allOf: [{ $ref: "#/components/schemas/Base" }, { type: "object", properties: { limit: { type: "integer" } } }] };
      schemas(s).Base = { type: "object", required: ["report"], properties: { report: { type: "string" } } };
    });
    const after = edited((s) => ((schemas(s).Base.properties.date = { type: "string" }), (schemas(s).Query.allOf[1].required = ["limit"])), before);
    expect(seen(diffSpecs(before, after))).toEqual([
      "request-property-added info POST /reports/query: request body field `date` added (optional)",
      "request-property-became-required breaking POST /reports/query: request body field `limit` became required",
    ]);
  });

  it("a schema becoming a union is compared alternative by alternative: `Event` → oneOf [Event, Alert] adds Alert", () => {
    const findings = diffAfter((s) => {
      schemas(s).Alert = { type: "object", properties: { level: { type: "integer" } } };
      schemas(s).Page.properties.items.items = { oneOf: [{ $ref: "#/components/schemas/Event" }, { $ref: "#/components/schemas/Alert" }] };
    });
    expect(findings).toEqual(["response-property-variant-added breaking POST /reports/query: response 200 field `items[]` alternative `Alert` added"]);
  });

  it("one edit to a schema reached along several paths of a body is one line, at the shortest path", () => {
    const before = edited((s) => {
      schemas(s).Page.properties.latest = { $ref: "#/components/schemas/Event" };
      schemas(s).Page.properties.byCity = { type: "object", additionalProperties: { type: "array", items: { $ref: "#/components/schemas/Event" } } };
    });
    const after = edited((s) => (schemas(s).Event.properties.id.type = "integer"), before);
    expect(seen(diffSpecs(before, after))).toEqual(["response-property-type-changed breaking POST /reports/query: response 200 field `latest.id` (and 2 more places using `Event`) type string → integer"]);
  });

  it("the same inline change in several variants is one line naming a few of them", () => {
    const variant = (title: string) => ({ title, type: "object", properties: { code: { type: "integer" } } });
    const before = edited((s) => (schemas(s).Page = { oneOf: ["a", "b", "c", "d", "e"].map(variant) }));
    const after = edited((s) => schemas(s).Page.oneOf.forEach((v: any) => (v.properties.code.type = "string")), before);
    expect(seen(diffSpecs(before, after))).toEqual(["response-property-type-changed breaking POST /reports/query: response 200 field `code` (variants `a`, `b`, `c` and 2 more) type integer → string"]);
  });

  it("terminates on recursive schemas and still reports their changes", () => {
    const tree = (nameType: string) => (s: any) => {
      schemas(s).Node = { type: "object", properties: { name: { type: nameType }, children: { type: "array", items: { $ref: "#/components/schemas/Node" } } } };
      schemas(s).Page.properties.root = { $ref: "#/components/schemas/Node" };
      schemas(s).Loop = { allOf: [{ $ref: "#/components/schemas/Loop" }, { type: "object" }] };
      schemas(s).Knot = { oneOf: [{ $ref: "#/components/schemas/Knot" }, { type: "null" }] };
      schemas(s).Page.properties.loop = { $ref: "#/components/schemas/Loop" };
      schemas(s).Page.properties.knot = { $ref: "#/components/schemas/Knot" };
    };
    expect(seen(diffSpecs(edited(tree("string")), edited(tree("integer"))))).toEqual(["response-property-type-changed breaking POST /reports/query: response 200 field `root.name` type string → integer"]);
  });

  it("orders findings by path, method, then operation/parameters/body/responses, independent of key order", () => {
    const after = edited((s) => {
      schemas(s).Event.properties.city = { type: "string" };
      schemas(s).Query.properties.page = { type: "integer" };
      query(s).parameters.push({ name: "page", in: "query", schema: { type: "integer" } });
      query(s).operationId = "searchReports";
      s.paths["/reports/list"].post = { operationId: "createList", responses: { "200": { description: "ok" } } };
      s.paths["/a"] = { get: { operationId: "a", responses: {} } };
    });
    const expected = [
      "operation-added info GET /a: operation added (`a`)",
      "operation-added info POST /reports/list: operation added (`createList`)",
      "operation-id-changed breaking POST /reports/query: operation operationId `queryReports` → `searchReports`",
      "request-parameter-added info POST /reports/query: query parameter `page` added (optional)",
      "request-property-added info POST /reports/query: request body field `page` added (optional)",
      "response-property-added info POST /reports/query: response 200 field `items[].city` added",
    ];
    expect(seen(diffSpecs(BASE, after))).toEqual(expected);
    expect(seen(diffSpecs(BASE, { ...after, paths: Object.fromEntries(Object.entries(after.paths).reverse()) }))).toEqual(expected);
  });

  it("points each finding into the new document: the field's own line, its nearest ancestor's when it was removed", () => {
    const after = edited((s) => ((schemas(s).Event.properties.id.maxLength = 8), delete schemas(s).Page.properties.next));
    expect(diffSpecs(BASE, after).map((f) => [f.rule, f.pointer])).toEqual([
      ["response-property-max-length-decreased", "/components/schemas/Event/properties/id"],
      ["response-property-removed", "/components/schemas/Page"],
    ]);
    const text = serializeBundle(after).split("\n");
    expect(text[lineOf(after, "/components/schemas/Event/properties/id") - 1]).toBe('          "id": {');
    expect(text[lineOf(after, "/components/schemas/Page/properties/next") - 1]).toBe('        "properties": {');
  });
});

describe("against the committed Shadowserver bundle", () => {
  const committed = JSON.parse(readFileSync(path.join(ROOT, "generated/shadowserver/openapi.json"), "utf8")) as OpenApiDocument;

  it("finds nothing between the bundle and itself", () => {
    expect(diffSpecs(committed, structuredClone(committed))).toEqual([]);
  });

  it("an operation deleted and a parameter made required: two breaking changes", () => {
    const next = edited((s) => {
      delete s.paths["/test/ping"];
      s.paths["/net/asn"].get.parameters.find((p: any) => p.name === "origin").required = true;
    }, committed);
    expect(seen(diffSpecs(committed, next))).toEqual([
      "request-parameter-became-required breaking GET /net/asn: query parameter `origin` became required",
      "operation-removed breaking POST /test/ping: operation removed (`ping`)",
    ]);
  });

  it("a shared schema edit is reported under every operation that uses it", () => {
    const next = edited((s) => s.components.schemas.ReportSeverity.enum.push("unknown"), committed);
    expect(seen(diffSpecs(committed, next))).toEqual([
      "response-property-enum-value-added breaking POST /honeypot/common-vulnerabilities: response 200 field `[].severity` enum value `unknown` added",
      "response-property-enum-value-added breaking POST /honeypot/exploited-vulnerabilities: response 200 field `[].severity` enum value `unknown` added",
    ]);
  });

  it("a schema reached both as an array item and as a variant is reported once per response", () => {
    const next = edited((s) => (s.components.schemas.ReportEvent.properties.timestamp.format = "date-time"), committed);
    expect(seen(diffSpecs(committed, next).filter((f) => f.operation === "POST /reports/device-info"))).toEqual([
      "response-property-format-narrowed info POST /reports/device-info: response 200 field `timestamp` (variant `ReportEvent`; and 1 more place using `ReportEvent`) format `date-time` added",
    ]);
  });
});

const finding = (rule: string, level: Level, location: string, detail: string, operation?: string): Finding => ({ rule, level, location, detail, ...(operation ? { operation } : {}) });
const SAMPLE: Finding[] = [
  finding("operation-removed", "breaking", "operation", "removed (`listReports`)", LIST),
  finding("request-property-added", "info", "request body field `page`", "added (optional)", QUERY),
  finding("response-property-variant-removed", "info", "response 200 body", "alternative `list` removed", QUERY),
  finding("request-property-pattern-changed", "warning", "request body field `code`", "pattern `^a` → `^b`", QUERY),
];
const DETAILS = finding("details-changed", "info", "descriptions, examples or other details", "changed");

describe("semverBump", () => {
  it.each([
    ["nothing", [], "1.2.0", "none"],
    ["details only", [DETAILS], "1.2.0", "patch"],
    ["info", [SAMPLE[1]!], "1.2.0", "minor"],
    ["a warning and details", [SAMPLE[3]!, DETAILS], "1.2.0", "minor"],
    ["a breaking change", SAMPLE, "1.2.0", "major"],
    ["details only", [DETAILS], "0.1.0", "patch"],
    ["info", [SAMPLE[1]!], "0.1.0", "patch"],
    ["a breaking change", SAMPLE, "0.1.0", "minor"],
  ] as const)("%s at %s → %s", (_name, findings, version, bump) => expect(semverBump(findings, version)).toBe(bump));
});

describe("changes.yaml", () => {
  it("overrides levels, switches rules off and ignores findings by rule, provider, operation and location", () => {
    const config = parseChangesConfig(
      [
        "rules:",
        "  request-property-pattern-changed: breaking",
        "  request-property-added: off",
        "ignore:",
        "  - rule: operation-removed",
        "    provider: reports",
        "    operation: GET /reports/list",
        "    reason: retired upstream",
        "  - rule: response-property-variant-removed",
        "    location: response 2",
      ].join("\n"),
    );
    expect(seen(applyConfig(SAMPLE, config, "reports"))).toEqual(["request-property-pattern-changed breaking POST /reports/query: request body field `code` pattern `^a` → `^b`"]);
    expect(seen(applyConfig(SAMPLE, config, "other")).map((line) => line.split(" ")[0])).toEqual(["operation-removed", "request-property-pattern-changed"]);
  });

  it("keeps an unstable operation's raised finding at warning", () => {
    const config = parseChangesConfig("rules:\n  request-property-pattern-changed: breaking\n");
    expect(applyConfig([{ ...SAMPLE[3]!, unstable: "alpha" }], config, "reports")[0]!.level).toBe("warning");
  });

  it.each([
    ["rules:\n  request-property-typo: off\n", "changes.yaml: rules.request-property-typo: unknown rule `request-property-typo` (see docs/change-rules.md)"],
    ["rules:\n  operation-removed: fatal\n", "changes.yaml: rules.operation-removed: level must be breaking, warning, info or off, not `fatal`"],
    ["ignore:\n  - operation: GET /x\n", "changes.yaml: ignore[0].rule: unknown rule `undefined` (see docs/change-rules.md)"],
    ["ignore:\n  - rule: operation-removed\n    path: /x\n", "changes.yaml: ignore[0]: unknown key `path`"],
    ["level: strict\n", "changes.yaml: unknown key `level` (expected rules, ignore)"],
  ])("refuses %j", (text, message) => {
    expect(() => parseChangesConfig(text)).toThrow(message);
  });

  it("the committed changes.yaml parses", () => {
    expect(() => parseChangesConfig(readFileSync(path.join(ROOT, "changes.yaml"), "utf8"))).not.toThrow();
  });
});

describe("output formats", () => {
  const document = edited((s) => delete s.paths["/reports/list"]);
  const reports: ProviderChanges[] = [{ provider: "reports", bump: "minor", findings: [{ ...SAMPLE[0]!, pointer: "/paths/~1reports~1list" }, { ...SAMPLE[3]!, pointer: "/components/schemas/Query" }, SAMPLE[1]!], file: "generated/reports/openapi.json", document }];

  it("terminal: a summary line, then one marked line per finding with its rule id", () => {
    expect(terminalLines({ ...reports[0]!, findings: SAMPLE })).toEqual([
      "reports: minor — 4 changes, 1 breaking, 1 warning",
      "  ! GET /reports/list: operation removed (`listReports`) [operation-removed]",
      "  + POST /reports/query: request body field `page` added (optional) [request-property-added]",
      "  - POST /reports/query: response 200 body alternative `list` removed [response-property-variant-removed]",
      "  ? POST /reports/query: request body field `code` pattern `^a` → `^b` [request-property-pattern-changed]",
    ]);
  });

  it("markdown: the CHANGELOG block", () => {
    expect(markdown(reports)).toBe(
      [
        "### reports (minor)",
        "",
        "- **BREAKING** `GET /reports/list`: operation removed (`listReports`)",
        "- **Warning** `POST /reports/query`: request body field `code` pattern `^a` → `^b`",
        "- `POST /reports/query`: request body field `page` added (optional)",
        "",
      ].join("\n"),
    );
    expect(markdown([])).toBe("No spec changes.\n");
  });

  it("markdown and terminal: a name from the spec stays on its line, escape sequences shown, not played", () => {
    const forged = { ...SAMPLE[1]!, detail: "renamed `note\n\n## 9.9.9\n\n- \u001b[31mforged`" };
    const block = markdown([{ ...reports[0]!, findings: [forged] }]);
    expect(block).toBe("### reports (minor)\n\n- `POST /reports/query`: request body field `page` renamed `note\\n\\n## 9.9.9\\n\\n- \\u001b[31mforged`\n");
    expect(block).not.toMatch(/^## 9\.9\.9/m);
    expect(terminalLines({ ...reports[0]!, findings: [forged] })[1]).not.toMatch(/[\n\u001b]/);
  });

  it("json: findings with their line in the committed bundle", () => {
    const parsed = JSON.parse(json(reports, "0.1.0"));
    expect(parsed.version).toBe("0.1.0");
    expect(parsed.providers[0].findings.map((f: any) => [f.rule, f.line])).toEqual([
      ["operation-removed", 7],
      ["request-property-pattern-changed", lineOf(document, "/components/schemas/Query")],
      ["request-property-added", undefined],
    ]);
  });

  it("github: one annotation per finding, escaped, error/warning/notice by level", () => {
    const lines = github([{ ...reports[0]!, findings: [{ ...SAMPLE[3]!, detail: "50% of\nvalues, now", pointer: "/components/schemas/Query" }, SAMPLE[1]!] }]).split("\n");
    expect(lines).toEqual([
      `::warning file=generated/reports/openapi.json,line=${lineOf(document, "/components/schemas/Query")},title=request-property-pattern-changed::reports: POST /reports/query: request body field \`code\` 50%25 of%0Avalues, now`,
      "::notice file=generated/reports/openapi.json,title=request-property-added::reports: POST /reports/query: request body field `page` added (optional)",
      "",
    ]);
  });
});

describe("appendToChangelog", () => {
  const block = [
    "### shadowserver (major)",
    "",
    "- **BREAKING** `GET /reports/list`: operation removed (`listReports`)",
    "- `POST /reports/query`: request body field `page` added (optional)",
    "- `POST /reports/query`: response 200 body alternative `list` removed",
    "- **Warning** `POST /reports/query`: request body field `code` pattern `^a` → `^b`",
  ];

  it("creates the file with a header and an Unreleased section", () => {
    expect(appendToChangelog(undefined, "shadowserver", SAMPLE, "major")).toBe(["# Changelog", "", "## Unreleased", "", ...block, ""].join("\n"));
  });

  it("adds the block under Unreleased, before older releases, after other providers", () => {
    const mashery = ["### mashery (minor)", "", "- `POST /rpc`: request body field `x` added (optional)", ""];
    const existing = ["# Changelog", "", "## Unreleased", "", ...mashery, "## 1.0.0", "", "- First release.", ""].join("\n");
    expect(appendToChangelog(existing, "shadowserver", SAMPLE, "major")).toBe(["# Changelog", "", "## Unreleased", "", ...mashery, ...block, "", "## 1.0.0", "", "- First release.", ""].join("\n"));
  });

  it("inserts an Unreleased section before the first release when there is none", () => {
    const existing = "# Changelog\r\n\r\nAll notable changes.\r\n\r\n## 1.0.0\r\n\r\n- First release.\r\n";
    expect(appendToChangelog(existing, "shadowserver", SAMPLE, "major")).toBe(["# Changelog", "", "All notable changes.", "", "## Unreleased", "", ...block, "", "## 1.0.0", "", "- First release.", ""].join("\n"));
  });

  it("is idempotent, and a later build adds only new bullets and raises the bump, never lowers it", () => {
    const once = appendToChangelog(undefined, "shadowserver", SAMPLE, "major");
    expect(appendToChangelog(once, "shadowserver", SAMPLE, "major")).toBe(once);
    const first = appendToChangelog(undefined, "shadowserver", [SAMPLE[1]!], "minor");
    const second = appendToChangelog(first, "shadowserver", [SAMPLE[1]!, SAMPLE[0]!], "major");
    expect(second).toBe(["# Changelog", "", "## Unreleased", "", "### shadowserver (major)", "", block[3], block[2], ""].join("\n"));
    expect(appendToChangelog(second, "shadowserver", [DETAILS], "patch")).toBe(["# Changelog", "", "## Unreleased", "", "### shadowserver (major)", "", block[3], block[2], "- descriptions, examples or other details changed", ""].join("\n"));
  });

  it("leaves released sections alone even when they name the same provider", () => {
    const existing = ["# Changelog", "", "## 1.0.0", "", "### shadowserver (minor)", "", block[3], ""].join("\n");
    expect(appendToChangelog(existing, "shadowserver", [SAMPLE[1]!], "minor")).toBe(
      ["# Changelog", "", "## Unreleased", "", "### shadowserver (minor)", "", block[3], "", "## 1.0.0", "", "### shadowserver (minor)", "", block[3], ""].join("\n"),
    );
  });
});

describe("collectChanges (the build's changes stage)", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** A project with committed bundles and a package version; only `root` and `providers` are read. */
  function project(committed: Record<string, string>, version = "0.1.0", config?: string): Project {
    const dir = mkdtempSync(path.join(tmpdir(), "specfirst-changes-"));
    dirs.push(dir);
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ version }));
    if (config) writeFileSync(path.join(dir, "changes.yaml"), config);
    for (const [provider, text] of Object.entries(committed)) {
      mkdirSync(path.join(dir, "generated", provider), { recursive: true });
      writeFileSync(path.join(dir, "generated", provider, "openapi.json"), text);
    }
    return { root: dir, providers: [{ name: "reports", specFile: path.join(dir, "specs/reports/openapi.yaml") }] } as Project;
  }

  it("reports nothing when the bundle equals the committed copy, or differs only in formatting", async () => {
    expect(await collectChanges(project({ reports: serializeBundle(BASE) }), new Map([["reports", BASE]]))).toMatchObject({ lines: [], summary: "no spec changes", bumps: {}, providers: [] });
    expect((await collectChanges(project({ reports: JSON.stringify(BASE) }), new Map([["reports", BASE]]))).lines).toEqual([]);
  });

  it("reports spec-level and type-level findings, bumps below 1.0, and a second run adds nothing", async () => {
    const dir = project({ reports: serializeBundle(BASE) });
    const next = edited((s) => (schemas(s).Event.properties.id = { type: "integer" }));
    const report = await collectChanges(dir, new Map([["reports", next]]));
    expect(report.summary).toMatch(/^reports: minor; types compared in \d+\.\d\ds \(\d+ assignments\)$/);
    expect(report.lines).toEqual([
      "reports: minor — 2 changes, 2 breaking",
      "  ! POST /reports/query: response 200 field `items[].id` type string → integer [response-property-type-changed]",
      "  ! POST /reports/query: types: response 200 body `items.id`: Type 'number' is not assignable to type 'string'. [types-response-body-not-assignable]",
    ]);
    expect(report.changelog).toBe(
      "# Changelog\n\n## Unreleased\n\n### reports (minor)\n\n- **BREAKING** `POST /reports/query`: response 200 field `items[].id` type string → integer\n- **BREAKING** `POST /reports/query`: types: response 200 body `items.id`: Type 'number' is not assignable to type 'string'.\n",
    );
    writeFileSync(path.join(dir.root, "CHANGELOG.md"), report.changelog!);
    const again = await collectChanges(dir, new Map([["reports", next]]));
    expect(again.lines).toEqual(report.lines);
    expect(again.changelog).toBeUndefined();
  });

  it("compares types only when something inside an operation changed", async () => {
    const servers = edited((s) => (s.servers = [{ url: "https://reports.example.test" }]));
    const report = await collectChanges(project({ reports: serializeBundle(BASE) }), new Map([["reports", servers]]));
    expect(report.summary).toBe("reports: patch");
  });

  it("from 1.0 a breaking change is major; changes.yaml applies", async () => {
    const next = edited((s) => delete s.paths["/reports/list"]);
    expect((await collectChanges(project({ reports: serializeBundle(BASE) }, "1.4.0"), new Map([["reports", next]]))).bumps).toEqual({ reports: "major" });
    const ignored = project({ reports: serializeBundle(BASE) }, "1.4.0", "ignore:\n  - rule: operation-removed\n    operation: GET /reports/list\n");
    expect(await collectChanges(ignored, new Map([["reports", next]]))).toMatchObject({ providers: [], summary: "no spec changes" });
  });

  it("a provider with no committed bundle is new; a committed bundle without a provider is removed", async () => {
    const report = await collectChanges(project({ retired: serializeBundle(BASE) }), new Map([["reports", BASE]]));
    expect(report.bumps).toEqual({ reports: "patch", retired: "minor" });
    expect(report.lines).toEqual([
      "reports: patch — 3 changes",
      "  + new provider with 2 operations [provider-added]",
      "  + GET /reports/list: operation added (`listReports`) [operation-added]",
      "  + POST /reports/query: operation added (`queryReports`) [operation-added]",
      "retired: minor — 1 change, 1 breaking",
      "  ! provider removed (the `specfirst/retired` subpath is gone) [provider-removed]",
    ]);
  });

  it("does not fail the build on an unreadable committed bundle, and reports nothing for it", async () => {
    const report = await collectChanges(project({ reports: "<<<<<<< HEAD\n{}\n" }), new Map([["reports", BASE]]));
    expect(report.lines).toHaveLength(1);
    expect(report.lines[0]).toMatch(/^reports: no change report, generated\/reports\/openapi\.json is not valid JSON/);
    expect(report.changelog).toBeUndefined();
  });
});

describe("npm run changes --from <ref>", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("compares the working tree's specs with generated/ at a commit (GitHub annotations; the formats are unit-tested above)", () => {
    const dir = copyProject();
    dirs.push(dir);
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.test", ...args], { cwd: dir, encoding: "utf8" });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "base");
    const schemasFile = path.join(dir, "specs/shadowserver/components/schemas.yaml");
    writeFileSync(schemasFile, readFileSync(schemasFile, "utf8").replace(/(ReportSeverity:\n(?:.*\n)*?  enum:\n)/, "$1    - unknown\n"));
    const run = (...args: string[]) => {
      try {
        return { code: 0, stdout: execFileSync(process.execPath, ["--import", "tsx", "scripts/changes.ts", ...args], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }) };
      } catch (error: any) {
        return { code: error.status as number, stdout: String(error.stdout) };
      }
    };
    const github = run("--from", "HEAD", "--provider", "shadowserver", "--format", "github", "--fail-on", "breaking");
    expect(github.code).toBe(1);
    expect(github.stdout).toMatch(/^::error file=generated\/shadowserver\/openapi\.json,line=\d+,title=response-property-enum-value-added::shadowserver: POST \/honeypot\/common-vulnerabilities: /m);
    expect(github.stdout).toContain("title=types-response-body-not-assignable::");
    expect(github.stdout.trim().split("\n")).toHaveLength(4);
    expect(run("--from", "no-such-ref").code).toBe(2);
  });
});
