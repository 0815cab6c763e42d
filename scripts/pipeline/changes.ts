import { isDeepStrictEqual } from "node:util";
import type { OpenApiDocument } from "./bundle.js";
import { deref } from "./describe.js";
import { compareText, schemaDiffer, sortedUnion, type Direction, type Documents, type SchemaDiffer } from "./schema-changes.js";

/*
 * What changed between two bundled versions of a provider's spec, and whether it breaks callers
 * of the generated client. One rule decides most rows: callers WRITE requests, so a request
 * schema may widen but not narrow; callers READ responses, so a response schema may narrow but
 * not widen. Removing anything a caller uses is breaking.
 *
 *   change                                     request side      response side
 *   ─────────────────────────────────────────  ────────────────  ─────────────────
 *   operation added / removed / renamed (id)   no / BREAKING / BREAKING (method and CLI names)
 *   parameter added optional / required        no / BREAKING     —
 *   parameter removed                          BREAKING          —
 *   parameter made required / optional         BREAKING / no     —
 *   request body added optional / required     no / BREAKING     —
 *   request body removed, made required        BREAKING          —
 *   field added                                no (optional)     no
 *                                              BREAKING (req.)
 *   field removed                              BREAKING ¹        BREAKING
 *   field made required                        BREAKING          no
 *   field made optional                        no                BREAKING
 *   type/format widened (string → string|null) no                BREAKING
 *   type/format narrowed                       BREAKING          no
 *   type/format changed (string → integer)     BREAKING          BREAKING
 *   enum value added                           no                BREAKING ²
 *   enum value removed                         BREAKING          BREAKING ³
 *   enum added where none (values restricted)  BREAKING          no
 *   enum dropped (values unrestricted)         no                BREAKING
 *   oneOf/anyOf variant added                  no                BREAKING
 *   oneOf/anyOf variant removed                BREAKING          no
 *   media type added / removed                 no / BREAKING     success: BREAKING / BREAKING
 *                                                                errors: no / no
 *   response status added / removed            —                 2xx: BREAKING / BREAKING
 *                                                                others: no / no
 *   descriptions, examples, anything else      no (a patch)
 *
 *   ¹ callers still sending the field get it rejected, and the typed client stops compiling.
 *   ² a caller may receive a value its code never handled; an exhaustive `Record<Enum, …>` over
 *     the generated union stops compiling.
 *   ³ comparisons with the old literal stop compiling against the generated union.
 *
 * Not compared (they fall under "anything else"): security, servers, headers, links, callbacks,
 * `deprecated`. Operations are matched by exact method + path, so renaming a path parameter
 * reads as one operation removed and one added. Parameters and properties are walked through
 * local $refs, allOf is merged, arrays appear as `items[]` and map values as `counts.*`. One edit
 * to a shared schema is one line per operation body or response, at the shortest path that
 * reaches it, however many paths do (see collapseRepeats in schema-changes.ts).
 */

export type ChangeKind =
  | "provider-added"
  | "provider-removed"
  | "operation-added"
  | "operation-removed"
  | "operation-renamed"
  | "parameter-added"
  | "parameter-removed"
  | "parameter-made-required"
  | "parameter-made-optional"
  | "request-body-added"
  | "request-body-removed"
  | "request-body-made-required"
  | "request-body-made-optional"
  | "response-added"
  | "response-removed"
  | "media-type-added"
  | "media-type-removed"
  | "field-added"
  | "field-removed"
  | "field-made-required"
  | "field-made-optional"
  | "retyped"
  | "enum-value-added"
  | "enum-value-removed"
  | "enum-restricted"
  | "enum-unrestricted"
  | "variant-added"
  | "variant-removed"
  /** The documents differ, but in nothing the table above looks at. */
  | "details-changed";

export interface SpecChange {
  kind: ChangeKind;
  breaking: boolean;
  /** "POST /reports/query": method in capitals, then the path as written in the spec. */
  operation?: string;
  /** In words: "query parameter `page`", "request body field `limit`", "response 200 field `items[].id`". */
  location: string;
  /** What happened there: "added (optional)", "removed", "retyped from string to integer". */
  detail: string;
}

export type SemverBump = "major" | "minor" | "patch" | "none";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Every change from `previous` to `next`, sorted. No `previous` means a new provider. */
export function diffSpecs(previous: OpenApiDocument | undefined, next: OpenApiDocument): SpecChange[] {
  const documents: Documents = { previous: previous ?? {}, next };
  const context: Context = { ...documents, compareSchemas: schemaDiffer(documents) };
  const before = operationsOf(context.previous);
  const after = operationsOf(next);
  const changes: SpecChange[] = [];
  if (!previous) changes.push({ kind: "provider-added", breaking: false, location: "new provider", detail: `with ${after.size} operation${after.size === 1 ? "" : "s"}` });
  for (const operation of sortedUnion(before.keys(), after.keys())) {
    const old = before.get(operation);
    const current = after.get(operation);
    if (!old) changes.push({ kind: "operation-added", breaking: false, operation, location: "operation", detail: `added${idNote(current!.op)}` });
    else if (!current) changes.push({ kind: "operation-removed", breaking: true, operation, location: "operation", detail: `removed${idNote(old.op)}` });
    else changes.push(...diffOperation(context, operation, old, current));
  }
  if (previous && !changes.length && !isDeepStrictEqual(previous, next)) {
    changes.push({ kind: "details-changed", breaking: false, location: "descriptions, examples or other details", detail: "changed" });
  }
  return changes.sort(compareChanges);
}

/** Breaking → major; any other structural change → minor; only details → patch; nothing → none. */
export function semverBump(changes: readonly SpecChange[]): SemverBump {
  if (changes.some((c) => c.breaking)) return "major";
  if (changes.some((c) => c.kind !== "details-changed")) return "minor";
  return changes.length ? "patch" : "none";
}

/** A provider dropped from redocly.yaml: its package subpath disappears. */
export function providerRemoved(provider: string): SpecChange {
  return { kind: "provider-removed", breaking: true, location: "provider", detail: `removed (the \`specfirst/${provider}\` subpath is gone)` };
}

/** Both documents, and one schema comparer for all operations (it remembers shared schemas). */
interface Context extends Documents {
  compareSchemas: SchemaDiffer;
}

interface OperationEntry {
  item: Record<string, any>;
  op: Record<string, any>;
}

function operationsOf(doc: OpenApiDocument): Map<string, OperationEntry> {
  const operations = new Map<string, OperationEntry>();
  for (const [path, rawItem] of Object.entries<any>(doc.paths ?? {})) {
    const item = deref(doc, rawItem) ?? {};
    for (const method of METHODS) if (item[method]) operations.set(`${method.toUpperCase()} ${path}`, { item, op: item[method] });
  }
  return operations;
}

function idNote(op: Record<string, any>): string {
  return typeof op.operationId === "string" ? ` (\`${op.operationId}\`)` : "";
}

function diffOperation(context: Context, operation: string, old: OperationEntry, current: OperationEntry): SpecChange[] {
  const changes: SpecChange[] = [];
  if (old.op.operationId !== current.op.operationId) {
    changes.push({ kind: "operation-renamed", breaking: true, operation, location: "operation", detail: `renamed from \`${old.op.operationId}\` to \`${current.op.operationId}\` (client method and CLI command)` });
  }
  changes.push(...diffParameters(context, operation, old, current));
  changes.push(...diffRequestBody(context, operation, deref(context.previous, old.op.requestBody), deref(context.next, current.op.requestBody)));
  changes.push(...diffResponses(context, operation, old.op.responses ?? {}, current.op.responses ?? {}));
  return changes;
}

function diffParameters(context: Context, operation: string, old: OperationEntry, current: OperationEntry): SpecChange[] {
  const before = parametersOf(context.previous, old);
  const after = parametersOf(context.next, current);
  const changes: SpecChange[] = [];
  for (const key of sortedUnion(before.keys(), after.keys())) {
    const was = before.get(key);
    const is = after.get(key);
    const location = `${(is ?? was).in} parameter \`${(is ?? was).name}\``;
    if (!was) changes.push({ kind: "parameter-added", breaking: is.required === true, operation, location, detail: `added (${is.required === true ? "required" : "optional"})` });
    else if (!is) changes.push({ kind: "parameter-removed", breaking: true, operation, location, detail: "removed" });
    else {
      if (was.required !== true && is.required === true) changes.push({ kind: "parameter-made-required", breaking: true, operation, location, detail: "made required" });
      if (was.required === true && is.required !== true) changes.push({ kind: "parameter-made-optional", breaking: false, operation, location, detail: "made optional" });
      const place = { operation, direction: "request" as const, rootLabel: location, fieldPrefix: location };
      changes.push(...context.compareSchemas(place, parameterSchema(was), parameterSchema(is)));
    }
  }
  return changes;
}

/** Path-level parameters, overridden by the operation's own; keyed by location and name (headers ignore case). */
function parametersOf(doc: OpenApiDocument, entry: OperationEntry): Map<string, any> {
  const parameters = new Map<string, any>();
  for (const raw of [...(entry.item.parameters ?? []), ...(entry.op.parameters ?? [])]) {
    const parameter = deref(doc, raw);
    if (!parameter?.name || !parameter.in) continue;
    parameters.set(`${parameter.in} ${parameter.in === "header" ? String(parameter.name).toLowerCase() : parameter.name}`, parameter);
  }
  return parameters;
}

function parameterSchema(parameter: any): unknown {
  return parameter.schema ?? Object.values<any>(parameter.content ?? {})[0]?.schema;
}

function diffRequestBody(context: Context, operation: string, was: any, is: any): SpecChange[] {
  const location = "request body";
  if (!was && !is) return [];
  if (!was) return [{ kind: "request-body-added", breaking: is.required === true, operation, location, detail: `added (${is.required === true ? "required" : "optional"})` }];
  if (!is) return [{ kind: "request-body-removed", breaking: true, operation, location, detail: "removed" }];
  const changes: SpecChange[] = [];
  if (was.required !== true && is.required === true) changes.push({ kind: "request-body-made-required", breaking: true, operation, location, detail: "made required" });
  if (was.required === true && is.required !== true) changes.push({ kind: "request-body-made-optional", breaking: false, operation, location, detail: "made optional" });
  changes.push(...diffContent(context, operation, "request", location, "", was.content ?? {}, is.content ?? {}, { added: false, removed: true }));
  return changes;
}

function diffResponses(context: Context, operation: string, before: Record<string, unknown>, after: Record<string, unknown>): SpecChange[] {
  const changes: SpecChange[] = [];
  for (const status of sortedUnion(Object.keys(before), Object.keys(after))) {
    // Callers' success handling is typed from the 2xx responses; error statuses they already expect in general.
    const success = /^2/.test(status);
    const location = `response ${status}`;
    const was = deref(context.previous, before[status]);
    const is = deref(context.next, after[status]);
    if (!was) changes.push({ kind: "response-added", breaking: success, operation, location, detail: "added" });
    else if (!is) changes.push({ kind: "response-removed", breaking: success, operation, location, detail: "removed" });
    else changes.push(...diffContent(context, operation, "response", location, " body", was.content ?? {}, is.content ?? {}, { added: success, removed: success }));
  }
  return changes;
}

/** Media types of one body, each compared to its namesake; JSON is the default and goes unnamed in locations. */
function diffContent(
  context: Context,
  operation: string,
  direction: Direction,
  label: string,
  rootSuffix: string,
  before: Record<string, any>,
  after: Record<string, any>,
  breaks: { added: boolean; removed: boolean },
): SpecChange[] {
  const changes: SpecChange[] = [];
  for (const mediaType of sortedUnion(Object.keys(before), Object.keys(after))) {
    if (!Object.hasOwn(before, mediaType)) changes.push({ kind: "media-type-added", breaking: breaks.added, operation, location: label, detail: `media type \`${mediaType}\` added` });
    else if (!Object.hasOwn(after, mediaType)) changes.push({ kind: "media-type-removed", breaking: breaks.removed, operation, location: label, detail: `media type \`${mediaType}\` removed` });
    else {
      const named = mediaType === "application/json" ? label : `${label} (${mediaType})`;
      changes.push(...context.compareSchemas({ operation, direction, rootLabel: `${named}${rootSuffix}`, fieldPrefix: named }, before[mediaType]?.schema, after[mediaType]?.schema));
    }
  }
  return changes;
}

/**
 * Whole-document changes first, then by path and method (so an endpoint's methods sit
 * together), then operation, parameters, request body, responses, then location and detail.
 */
function compareChanges(a: SpecChange, b: SpecChange): number {
  return (
    compareText(operationKey(a.operation), operationKey(b.operation)) ||
    section(a.location) - section(b.location) ||
    compareText(locationKey(a.location), locationKey(b.location)) ||
    compareText(a.kind, b.kind) ||
    compareText(a.detail, b.detail)
  );
}

function operationKey(operation: string | undefined): string {
  if (!operation) return "";
  const space = operation.indexOf(" ");
  return `${operation.slice(space + 1)}\u0000${operation.slice(0, space)}`;
}

function section(location: string): number {
  if (location === "operation") return 0;
  if (location.startsWith("request body")) return 2;
  if (location.startsWith("response ")) return 3;
  return 1;
}

/** The closing backtick sorts lowest, so a field comes before its children (`a` before `a.b`, `items` before `items[]`). */
function locationKey(location: string): string {
  return location.replaceAll("`", "\u0000");
}
