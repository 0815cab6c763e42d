import type { OpenApiDocument } from "./bundle.js";
import type { ChangeKind, SpecChange } from "./changes.js";
import { deref } from "./describe.js";

/**
 * Compares two versions of one JSON schema (a parameter's, a request body's or a response's)
 * and reports what a caller would notice. The breaking rules are in the table in changes.ts;
 * they all follow from one fact: callers write requests and read responses.
 */

/** Callers write requests (the schema may widen, not narrow) and read responses (the opposite). */
export type Direction = "request" | "response";

/** Where a schema sits, in words. Fields are named "<fieldPrefix> field `a.b`". */
export interface SchemaPlace {
  operation: string;
  direction: Direction;
  /** The schema itself: "request body", "response 200 body", "query parameter `page`". */
  rootLabel: string;
  /** Before a field path: "request body", "response 200", "query parameter `page`". */
  fieldPrefix: string;
}

export interface Documents {
  previous: OpenApiDocument;
  next: OpenApiDocument;
}

type Schema = Record<string, any>;
/** How a constraint moved: a wider schema accepts everything the narrower one did. */
type Shift = "same" | "widened" | "narrowed" | "changed";

interface Walk {
  docs: Documents;
  place: SchemaPlace;
  changes: SpecChange[];
}

/** Where the walk is inside the schema: a field path (`[]` = array items) and the oneOf/anyOf variants entered. */
interface At {
  path: string[];
  variants: string[];
}

/** Deeper than any real spec; a backstop behind the $ref cycle guard. */
const MAX_DEPTH = 64;

export function diffSchemas(docs: Documents, place: SchemaPlace, previous: unknown, next: unknown): SpecChange[] {
  const walk: Walk = { docs, place, changes: [] };
  compareNode(walk, previous, next, { path: [], variants: [] }, new Set(), 0);
  return walk.changes;
}

function compareNode(walk: Walk, rawPrevious: any, rawNext: any, at: At, refsOnPath: ReadonlySet<string>, depth: number): void {
  // A recursive schema ($ref back to an ancestor) is compared once: the second visit of the same pair stops.
  const pair = `${rawPrevious?.$ref ?? ""} ${rawNext?.$ref ?? ""}`;
  if (pair !== " ") {
    if (refsOnPath.has(pair)) return;
    refsOnPath = new Set(refsOnPath).add(pair);
  }
  if (depth > MAX_DEPTH) return;
  const previous = flatten(walk.docs.previous, rawPrevious);
  const next = flatten(walk.docs.next, rawNext);

  const previousVariants = alternativesOf(previous);
  const nextVariants = alternativesOf(next);
  if (previousVariants && nextVariants) compareVariants(walk, previousVariants, nextVariants, at, refsOnPath, depth);
  else compareTypes(walk, previous, next, at);
  compareEnums(walk, previous, next, at);
  compareProperties(walk, previous, next, at, refsOnPath, depth);
  if (isSchema(previous.items) && isSchema(next.items)) {
    compareNode(walk, previous.items, next.items, { ...at, path: [...at.path, "[]"] }, refsOnPath, depth + 1);
  }
  if (isSchema(previous.additionalProperties) && isSchema(next.additionalProperties)) {
    compareNode(walk, previous.additionalProperties, next.additionalProperties, { ...at, path: [...at.path, "*"] }, refsOnPath, depth + 1);
  }
}

/** Type and format as one constraint: `string` → `string | null` widens, `date` → `date-time` changes. */
function compareTypes(walk: Walk, previous: Schema, next: Schema, at: At): void {
  const previousTypes = typesOf(walk.docs.previous, previous);
  const nextTypes = typesOf(walk.docs.next, next);
  const shift = combine(compareTypeSets(previousTypes, nextTypes), compareFormats(previous.format, next.format));
  if (shift === "same") return;
  const from = typeLabel(previousTypes, previous.format);
  const to = typeLabel(nextTypes, next.format);
  const how = shift === "changed" ? "" : ` (${shift})`;
  report(walk, at, "retyped", breaksOnShift(walk.place.direction, shift), `retyped from ${from} to ${to}${how}`);
}

/**
 * Enum (and `const`) values. Removing one is always breaking. Adding one is breaking in responses
 * only: callers never sent it, but they may now receive a value their code (or an exhaustive
 * `Record<Enum, …>` over the generated union) does not handle.
 */
function compareEnums(walk: Walk, previous: Schema, next: Schema, at: At): void {
  const before = enumValues(previous);
  const after = enumValues(next);
  if (!before && !after) return;
  const inResponse = walk.place.direction === "response";
  if (!before) {
    report(walk, at, "enum-restricted", !inResponse, `now restricted to ${after!.map(showValue).join(", ")}`);
    return;
  }
  if (!after) {
    report(walk, at, "enum-unrestricted", inResponse, `no longer restricted to ${before.map(showValue).join(", ")}`);
    return;
  }
  const beforeKeys = new Set(before.map((v) => JSON.stringify(v)));
  const afterKeys = new Set(after.map((v) => JSON.stringify(v)));
  for (const value of before) if (!afterKeys.has(JSON.stringify(value))) report(walk, at, "enum-value-removed", true, `enum value ${showValue(value)} removed`);
  for (const value of after) if (!beforeKeys.has(JSON.stringify(value))) report(walk, at, "enum-value-added", inResponse, `enum value ${showValue(value)} added`);
}

function compareProperties(walk: Walk, previous: Schema, next: Schema, at: At, refsOnPath: ReadonlySet<string>, depth: number): void {
  const before: Schema = isSchema(previous.properties) ? previous.properties : {};
  const after: Schema = isSchema(next.properties) ? next.properties : {};
  const requiredBefore = new Set<string>(Array.isArray(previous.required) ? previous.required : []);
  const requiredAfter = new Set<string>(Array.isArray(next.required) ? next.required : []);
  const inRequest = walk.place.direction === "request";
  for (const name of sortedUnion(Object.keys(before), Object.keys(after))) {
    const field = { ...at, path: [...at.path, name] };
    if (!Object.hasOwn(before, name)) {
      const required = requiredAfter.has(name);
      report(walk, field, "field-added", inRequest && required, inRequest ? `added (${required ? "required" : "optional"})` : "added");
    } else if (!Object.hasOwn(after, name)) {
      report(walk, field, "field-removed", true, "removed");
    } else {
      if (!requiredBefore.has(name) && requiredAfter.has(name)) report(walk, field, "field-made-required", inRequest, "made required");
      if (requiredBefore.has(name) && !requiredAfter.has(name)) report(walk, field, "field-made-optional", !inRequest, "made optional");
      compareNode(walk, before[name], after[name], field, refsOnPath, depth + 1);
    }
  }
}

/**
 * oneOf/anyOf on both sides are compared as sets of alternatives, matched by name (the $ref'd
 * schema's name, else its title, else its type). A variant added widens, one removed narrows;
 * matched variants are compared field by field. When only one side is a union, the type sets
 * are compared instead (`string` → `string | array` is a widening).
 */
function compareVariants(walk: Walk, previousRaw: unknown[], nextRaw: unknown[], at: At, refsOnPath: ReadonlySet<string>, depth: number): void {
  const before = nameVariants(walk.docs.previous, previousRaw);
  const after = nameVariants(walk.docs.next, nextRaw);
  const inRequest = walk.place.direction === "request";
  for (const name of sortedUnion([...before.keys()], [...after.keys()])) {
    if (!before.has(name)) report(walk, at, "variant-added", !inRequest, `variant \`${name}\` added`);
    else if (!after.has(name)) report(walk, at, "variant-removed", inRequest, `variant \`${name}\` removed`);
    else compareNode(walk, before.get(name), after.get(name), { ...at, variants: [...at.variants, name] }, refsOnPath, depth + 1);
  }
}

function nameVariants(doc: OpenApiDocument, variants: unknown[]): Map<string, unknown> {
  const named = new Map<string, unknown>();
  for (const variant of variants) {
    const raw = variant as Schema | undefined;
    const schema = flatten(doc, raw);
    const base: string =
      typeof raw?.$ref === "string" ? decodePointer(raw.$ref.split("/").pop() ?? raw.$ref) : typeof schema.title === "string" ? schema.title : typeLabel(typesOf(doc, schema), schema.format);
    let name = base;
    for (let n = 2; named.has(name); n++) name = `${base} #${n}`;
    named.set(name, variant);
  }
  return named;
}

function report(walk: Walk, at: At, kind: ChangeKind, breaking: boolean, detail: string): void {
  walk.changes.push({ kind, breaking, operation: walk.place.operation, location: locate(walk.place, at), detail });
}

function locate(place: SchemaPlace, at: At): string {
  const base = at.path.length ? `${place.fieldPrefix} field \`${renderPath(at.path)}\`` : place.rootLabel;
  return at.variants.length ? `${base} (variant ${at.variants.map((v) => `\`${v}\``).join(" › ")})` : base;
}

/** ["items", "[]", "id"] → "items[].id". */
function renderPath(path: string[]): string {
  return path.reduce((text, segment) => (segment === "[]" ? `${text}[]` : text ? `${text}.${segment}` : segment), "");
}

/** Request schemas may widen; response schemas may narrow. Anything else breaks someone. */
function breaksOnShift(direction: Direction, shift: Shift): boolean {
  if (shift === "same") return false;
  if (shift === "changed") return true;
  return direction === "request" ? shift === "narrowed" : shift === "widened";
}

/** Follows $refs and merges allOf members (properties merged, required unioned, later keywords win). */
export function flatten(doc: OpenApiDocument, raw: unknown, refsSeen: ReadonlySet<string> = new Set()): Schema {
  const schema = deref(doc, raw);
  if (!isSchema(schema)) return {};
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...own } = schema;
  const merged: Schema = {};
  for (const member of allOf as Schema[]) {
    const ref: unknown = member?.$ref;
    if (typeof ref === "string" && refsSeen.has(ref)) continue;
    mergeInto(merged, flatten(doc, member, typeof ref === "string" ? new Set(refsSeen).add(ref) : refsSeen));
  }
  mergeInto(merged, own);
  return merged;
}

function mergeInto(target: Schema, source: Schema): void {
  for (const [key, value] of Object.entries(source)) {
    if (key === "properties" && isSchema(value)) target.properties = { ...target.properties, ...value };
    else if (key === "required" && Array.isArray(value)) target.required = [...new Set([...(target.required ?? []), ...value])];
    else target[key] = value;
  }
}

function alternativesOf(schema: Schema): unknown[] | undefined {
  if (Array.isArray(schema.oneOf)) return schema.oneOf;
  if (Array.isArray(schema.anyOf)) return schema.anyOf;
  return undefined;
}

/** The JSON types a schema allows; undefined means unconstrained (any value). */
function typesOf(doc: OpenApiDocument, schema: Schema, refsSeen: ReadonlySet<string> = new Set()): Set<string> | undefined {
  const types = new Set<string>();
  const variants = alternativesOf(schema);
  if (typeof schema.type === "string") types.add(schema.type);
  else if (Array.isArray(schema.type)) for (const type of schema.type) types.add(String(type));
  else if (variants) {
    for (const variant of variants as Schema[]) {
      const ref: unknown = variant?.$ref;
      if (typeof ref === "string" && refsSeen.has(ref)) return undefined;
      const inner = typesOf(doc, flatten(doc, variant), typeof ref === "string" ? new Set(refsSeen).add(ref) : refsSeen);
      if (!inner) return undefined;
      for (const type of inner) types.add(type);
    }
  } else {
    const values = enumValues(schema);
    if (values) for (const value of values) types.add(jsonType(value));
    else if (isSchema(schema.properties)) types.add("object");
    else if (isSchema(schema.items)) types.add("array");
    else return undefined;
  }
  if (schema.nullable === true) types.add("null"); // OpenAPI 3.0 spelling of `type: [..., "null"]`
  return types;
}

/** Whether `wide` allows every type `narrow` does (an integer is a number). */
function coversTypes(wide: Set<string> | undefined, narrow: Set<string> | undefined): boolean {
  if (!wide) return true;
  if (!narrow) return false;
  return [...narrow].every((type) => wide.has(type) || (type === "integer" && wide.has("number")));
}

function compareTypeSets(before: Set<string> | undefined, after: Set<string> | undefined): Shift {
  const widened = coversTypes(after, before);
  const narrowed = coversTypes(before, after);
  if (widened && narrowed) return "same";
  return widened ? "widened" : narrowed ? "narrowed" : "changed";
}

/** No format accepts any string; adding one narrows, dropping one widens, swapping one changes. */
function compareFormats(before: unknown, after: unknown): Shift {
  if (before === after) return "same";
  if (before === undefined) return "narrowed";
  if (after === undefined) return "widened";
  return "changed";
}

function combine(a: Shift, b: Shift): Shift {
  if (a === "same") return b;
  if (b === "same" || a === b) return a;
  return "changed";
}

function typeLabel(types: Set<string> | undefined, format: unknown): string {
  const names = types ? [...types].sort((a, b) => Number(a === "null") - Number(b === "null") || (a < b ? -1 : a > b ? 1 : 0)) : ["any"];
  return `${names.join(" | ")}${typeof format === "string" ? ` (${format})` : ""}`;
}

function enumValues(schema: Schema): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  if (Object.hasOwn(schema, "const")) return [schema.const];
  return undefined;
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function showValue(value: unknown): string {
  return `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function decodePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

export function sortedUnion(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])].sort(compareText);
}

/** Code-unit order, independent of the machine's locale, so reports are identical everywhere. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
