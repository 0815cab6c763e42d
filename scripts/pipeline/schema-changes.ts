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

/** A change inside a schema, relative to the node being compared: a field path (`[]` = array items) and the variants entered. */
interface Found {
  kind: ChangeKind;
  breaking: boolean;
  detail: string;
  path: string[];
  variants: string[];
  /** The innermost $ref'd schema the change was found in, and the path inside it. */
  origin?: { key: string; name: string; path: string[] };
}

interface Walk {
  docs: Documents;
  direction: Direction;
  /**
   * What each $ref pair compared to, per direction. Shared schemas are reached along many paths
   * (Mashery's JSON-RPC envelopes: thousands), so each pair is walked once and its findings are
   * re-homed at every path that reaches it.
   */
  memo: Map<string, Found[]>;
}

/** Deeper than any real spec; a backstop behind the $ref cycle guard. */
const MAX_DEPTH = 64;
/** A change repeated in more variants than this names the first few and counts the rest. */
const VARIANTS_NAMED = 3;

export type SchemaDiffer = (place: SchemaPlace, previous: unknown, next: unknown) => SpecChange[];

/** A schema comparer for one pair of documents; it remembers shared schemas across calls. */
export function schemaDiffer(docs: Documents): SchemaDiffer {
  const memo = new Map<string, Found[]>();
  return (place, previous, next) => {
    const found = compareNode({ docs, direction: place.direction, memo }, previous, next, new Set(), 0);
    return collapseRepeats(found).map(({ first, note }) => ({
      kind: first.kind,
      breaking: first.breaking,
      operation: place.operation,
      location: locate(place, first.path, note),
      detail: first.detail,
    }));
  };
}

function compareNode(walk: Walk, rawPrevious: any, rawNext: any, refsOnPath: ReadonlySet<string>, depth: number): Found[] {
  // A recursive schema ($ref back to an ancestor) is compared once: the second visit of the same
  // pair on one path stops. A schema inside a reference cycle is reported where first reached.
  const pair = `${rawPrevious?.$ref ?? ""} ${rawNext?.$ref ?? ""}`;
  const memoKey = `${walk.direction} ${pair}`;
  if (pair !== " ") {
    if (refsOnPath.has(pair)) return [];
    const known = walk.memo.get(memoKey);
    if (known) return known;
    refsOnPath = new Set(refsOnPath).add(pair);
  }
  if (depth > MAX_DEPTH) return [];
  const previous = flatten(walk.docs.previous, rawPrevious);
  const next = flatten(walk.docs.next, rawNext);

  const previousVariants = alternativesOf(previous);
  const nextVariants = alternativesOf(next);
  const found = [
    ...(previousVariants && nextVariants ? compareVariants(walk, previousVariants, nextVariants, refsOnPath, depth) : compareTypes(walk, previous, next)),
    ...compareEnums(walk, previous, next),
    ...compareProperties(walk, previous, next, refsOnPath, depth),
  ];
  if (isSchema(previous.items) && isSchema(next.items)) {
    found.push(...under("[]", compareNode(walk, previous.items, next.items, refsOnPath, depth + 1)));
  }
  if (isSchema(previous.additionalProperties) && isSchema(next.additionalProperties)) {
    found.push(...under("*", compareNode(walk, previous.additionalProperties, next.additionalProperties, refsOnPath, depth + 1)));
  }
  if (pair === " ") return found;
  const origin = { key: pair, name: refName(rawNext?.$ref ?? rawPrevious?.$ref) };
  const homed = found.map((f) => (f.origin ? f : { ...f, origin: { ...origin, path: f.path } }));
  walk.memo.set(memoKey, homed);
  return homed;
}

/** Type and format as one constraint: `string` → `string | null` widens, `date` → `date-time` changes. */
function compareTypes(walk: Walk, previous: Schema, next: Schema): Found[] {
  const previousTypes = typesOf(walk.docs.previous, previous);
  const nextTypes = typesOf(walk.docs.next, next);
  const shift = combine(compareTypeSets(previousTypes, nextTypes), compareFormats(previous.format, next.format));
  if (shift === "same") return [];
  const from = typeLabel(previousTypes, previous.format);
  const to = typeLabel(nextTypes, next.format);
  const how = shift === "changed" ? "" : ` (${shift})`;
  return [here("retyped", breaksOnShift(walk.direction, shift), `retyped from ${from} to ${to}${how}`)];
}

/**
 * Enum (and `const`) values. Removing one is always breaking. Adding one is breaking in responses
 * only: callers never sent it, but they may now receive a value their code (or an exhaustive
 * `Record<Enum, …>` over the generated union) does not handle.
 */
function compareEnums(walk: Walk, previous: Schema, next: Schema): Found[] {
  const before = enumValues(previous);
  const after = enumValues(next);
  if (!before && !after) return [];
  const inResponse = walk.direction === "response";
  if (!before) return [here("enum-restricted", !inResponse, `now restricted to ${after!.map(showValue).join(", ")}`)];
  if (!after) return [here("enum-unrestricted", inResponse, `no longer restricted to ${before.map(showValue).join(", ")}`)];
  const beforeKeys = new Set(before.map((v) => JSON.stringify(v)));
  const afterKeys = new Set(after.map((v) => JSON.stringify(v)));
  return [
    ...before.filter((v) => !afterKeys.has(JSON.stringify(v))).map((v) => here("enum-value-removed", true, `enum value ${showValue(v)} removed`)),
    ...after.filter((v) => !beforeKeys.has(JSON.stringify(v))).map((v) => here("enum-value-added", inResponse, `enum value ${showValue(v)} added`)),
  ];
}

function compareProperties(walk: Walk, previous: Schema, next: Schema, refsOnPath: ReadonlySet<string>, depth: number): Found[] {
  const before: Schema = isSchema(previous.properties) ? previous.properties : {};
  const after: Schema = isSchema(next.properties) ? next.properties : {};
  const requiredBefore = new Set<string>(Array.isArray(previous.required) ? previous.required : []);
  const requiredAfter = new Set<string>(Array.isArray(next.required) ? next.required : []);
  const inRequest = walk.direction === "request";
  const found: Found[] = [];
  for (const name of sortedUnion(Object.keys(before), Object.keys(after))) {
    const field: Found[] = [];
    if (!Object.hasOwn(before, name)) {
      const required = requiredAfter.has(name);
      field.push(here("field-added", inRequest && required, inRequest ? `added (${required ? "required" : "optional"})` : "added"));
    } else if (!Object.hasOwn(after, name)) {
      field.push(here("field-removed", true, "removed"));
    } else {
      if (!requiredBefore.has(name) && requiredAfter.has(name)) field.push(here("field-made-required", inRequest, "made required"));
      if (requiredBefore.has(name) && !requiredAfter.has(name)) field.push(here("field-made-optional", !inRequest, "made optional"));
      field.push(...compareNode(walk, before[name], after[name], refsOnPath, depth + 1));
    }
    found.push(...under(name, field));
  }
  return found;
}

/**
 * oneOf/anyOf on both sides are compared as sets of alternatives, matched by name (the $ref'd
 * schema's name, else its title, else its type). A variant added widens, one removed narrows;
 * matched variants are compared field by field. When only one side is a union, the type sets
 * are compared instead (`string` → `string | array` is a widening).
 */
function compareVariants(walk: Walk, previousRaw: unknown[], nextRaw: unknown[], refsOnPath: ReadonlySet<string>, depth: number): Found[] {
  const before = nameVariants(walk.docs.previous, previousRaw);
  const after = nameVariants(walk.docs.next, nextRaw);
  const inRequest = walk.direction === "request";
  const found: Found[] = [];
  for (const name of sortedUnion([...before.keys()], [...after.keys()])) {
    if (!before.has(name)) found.push(here("variant-added", !inRequest, `variant \`${name}\` added`));
    else if (!after.has(name)) found.push(here("variant-removed", inRequest, `variant \`${name}\` removed`));
    else found.push(...compareNode(walk, before.get(name), after.get(name), refsOnPath, depth + 1).map((f) => ({ ...f, variants: [name, ...f.variants] })));
  }
  return found;
}

function refName(ref: string): string {
  return decodePointer(ref.split("/").pop() ?? ref);
}

function nameVariants(doc: OpenApiDocument, variants: unknown[]): Map<string, unknown> {
  const named = new Map<string, unknown>();
  for (const variant of variants) {
    const raw = variant as Schema | undefined;
    const schema = flatten(doc, raw);
    const base: string =
      typeof raw?.$ref === "string" ? refName(raw.$ref) : typeof schema.title === "string" ? schema.title : typeLabel(typesOf(doc, schema), schema.format);
    let name = base;
    for (let n = 2; named.has(name); n++) name = `${base} #${n}`;
    named.set(name, variant);
  }
  return named;
}

/** A finding at the node being compared. */
function here(kind: ChangeKind, breaking: boolean, detail: string): Found {
  return { kind, breaking, detail, path: [], variants: [] };
}

/** Findings of a child node, re-homed under its field name, `[]` (items) or `*` (map values). */
function under(segment: string, found: Found[]): Found[] {
  return found.map((f) => ({ ...f, path: [segment, ...f.path] }));
}

/**
 * One edit to a shared schema reaches a body along many paths (Mashery's timestamp schema: thousands
 * of paths under the JSON-RPC envelopes). Findings with the same origin (schema and path inside it)
 * and the same change are one line, shown at their shortest path with a count of the others; when
 * they differ only by oneOf/anyOf variant (an `id` in sixty JSON-RPC methods), a few variants
 * are named instead. Findings outside any $ref'd schema merge only in that second way.
 */
function collapseRepeats(found: Found[]): { first: Found; note: string }[] {
  const groups = new Map<string, Found[]>();
  for (const f of found) {
    const where = f.origin ? ["origin", f.origin.key, ...f.origin.path] : ["inline", f.variants.length > 0, ...f.path];
    const key = [f.kind, f.breaking, f.detail, ...where].join("\u0000");
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].map((group) => {
    const sorted = group.sort(byShortestPlace);
    const first = sorted[0]!;
    const chains = [...new Set(sorted.map(variantChain))].filter(Boolean);
    const onePath = new Set(sorted.map((f) => renderPath(f.path))).size === 1;
    if (onePath || !first.origin) {
      const rest = chains.length - VARIANTS_NAMED;
      const note = chains.length > 1 ? `variants ${chains.slice(0, VARIANTS_NAMED).join(", ")}${rest > 0 ? ` and ${rest} more` : ""}` : chains[0] ? `variant ${chains[0]}` : "";
      return { first, note };
    }
    const others = sorted.length - 1;
    const inVariant = variantChain(first) ? `variant ${variantChain(first)}; ` : "";
    return { first, note: `${inVariant}and ${others} more place${others === 1 ? "" : "s"} using \`${first.origin.name}\`` };
  });
}

function variantChain(found: Found): string {
  return found.variants.map((v) => `\`${v}\``).join(" › ");
}

function byShortestPlace(a: Found, b: Found): number {
  return (
    a.path.length - b.path.length ||
    compareText(renderPath(a.path), renderPath(b.path)) ||
    a.variants.length - b.variants.length ||
    compareText(variantChain(a), variantChain(b))
  );
}

/** "response 200 field `items[].id`", then "(variant `Event`)" when inside a oneOf/anyOf. */
function locate(place: SchemaPlace, path: string[], note: string): string {
  const base = path.length ? `${place.fieldPrefix} field \`${renderPath(path)}\`` : place.rootLabel;
  return note ? `${base} (${note})` : base;
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
function flatten(doc: OpenApiDocument, raw: unknown, refsSeen: ReadonlySet<string> = new Set()): Schema {
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
  const names = types ? [...types].sort((a, b) => Number(a === "null") - Number(b === "null") || compareText(a, b)) : ["any"];
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
