// The JSON Schema of what a person or an agent passes to one operation: a single object holding
// its parameters (the ones the client binds left out) and its JSON body's fields, as the command
// line has always taken them. Self-contained (no $ref), so MCP clients and ajv take it as is.
import type { CatalogOperation, OperationCatalog } from "../core/catalog.js";
import { isRef, operationSpec, resolveRef, type JsonSchema, type SpecDocument } from "./spec.js";

/** Keywords whose value is one schema, a list of schemas, or a map of name → schema. */
const ONE = ["additionalProperties", "items", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedProperties", "unevaluatedItems"];
const LIST = ["allOf", "anyOf", "oneOf", "prefixItems"];
const MAP = ["properties", "patternProperties", "dependentSchemas"];
/** Documentation the tools do not need, and keywords that only make sense inside the spec. */
const DROPPED = new Set(["example", "examples", "externalDocs", "xml", "discriminator", "$comment", "$schema", "$id", "$defs", "definitions"]);
/** Nesting kept; deeper schemas become "any value" so one tool stays a few kB. */
const MAX_DEPTH = 6;
/** The largest input schema (JSON characters) a tool gets: deeper levels go first, then body variants. */
const BUDGET = 8_000;

/** Options of {@link inlineSchema}. */
export interface InlineOptions {
  /** Keep `example`/`examples` (for --help); tools leave them out. @default false */
  examples?: boolean;
  /** Levels of nesting kept. @default 6 */
  maxDepth?: number;
}

/**
 * A copy of a spec schema with its `$ref`s inlined (a cycle or the depth limit becomes `{}`),
 * examples and `x-` extensions dropped, and read-only properties left out (the server sets them).
 */
export function inlineSchema(spec: SpecDocument, node: unknown, options: InlineOptions = {}): JsonSchema {
  const maxDepth = options.maxDepth ?? MAX_DEPTH;
  const dropped = (key: string) => key.startsWith("x-") || (DROPPED.has(key) && !(options.examples && (key === "example" || key === "examples")));
  function inline(node: unknown, depth: number, seen: readonly string[]): JsonSchema {
    if (node === true || node === undefined) return {};
    if (node === false) return { not: {} };
    if (node === null || typeof node !== "object" || Array.isArray(node)) return {};
    const source = node as Record<string, unknown>;
    if (isRef(source)) {
      const ref = source.$ref;
      if (seen.includes(ref) || depth >= maxDepth) return pick(source, ["description"]);
      const { $ref: _, ...siblings } = source;
      return { ...inline(resolveRef(spec, ref), depth, [...seen, ref]), ...inline(siblings, depth, seen) };
    }
    if (depth >= maxDepth) return pick(source, ["type", "description"]);
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(source)) {
      if (dropped(key)) continue;
      if (ONE.includes(key) && typeof value === "object" && value !== null) out[key] = inline(value, depth + 1, seen);
      else if (LIST.includes(key) && Array.isArray(value)) out[key] = value.map((item) => inline(item, depth + 1, seen));
      else if (MAP.includes(key) && value && typeof value === "object") out[key] = writable(value as Record<string, unknown>, depth, seen);
      else out[key] = value;
    }
    if (Array.isArray(out.required) && out.properties) out.required = (out.required as string[]).filter((name) => Object.hasOwn(out.properties as object, name));
    return out;
  }
  /** A map of name → schema without the read-only entries. */
  function writable(map: Record<string, unknown>, depth: number, seen: readonly string[]): JsonSchema {
    const out: JsonSchema = {};
    for (const [name, schema] of Object.entries(map)) {
      const inlined = inline(schema, depth + 1, seen);
      if (inlined.readOnly !== true) out[name] = inlined;
    }
    return out;
  }
  return inline(node, 0, []);
}

function pick(source: Record<string, unknown>, keys: string[]): JsonSchema {
  return Object.fromEntries(keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]));
}

/**
 * One object: each parameter (bound ones left out) and each field of the JSON body. Unknown keys
 * are refused unless the body itself takes any key (a map), so a misspelt field never goes out.
 * Kept under a size budget: nesting is cut first, then a body's variants (the body is then open).
 */
export function operationInputSchema(spec: SpecDocument, catalog: OperationCatalog, op: CatalogOperation, options: InlineOptions = {}): JsonSchema {
  return withinBudget((maxDepth, variants) => flatInput(spec, catalog, op, { ...options, maxDepth }, variants), options.maxDepth);
}

/** A schema built at the deepest nesting that fits the budget; at the last resort, without variants. */
export function withinBudget(build: (maxDepth: number, variants: boolean) => JsonSchema, deepest = MAX_DEPTH): JsonSchema {
  for (let maxDepth = deepest; maxDepth > 2; maxDepth--) {
    const schema = build(maxDepth, true);
    if (JSON.stringify(schema).length <= BUDGET) return schema;
  }
  return build(2, false);
}

function flatInput(spec: SpecDocument, catalog: OperationCatalog, op: CatalogOperation, options: InlineOptions, withVariants: boolean): JsonSchema {
  const { parameters, body } = operationSpec(spec, op);
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const parameter of parameters) {
    if (catalog.bound.includes(parameter.name)) continue;
    properties[parameter.name] = { ...inlineSchema(spec, parameter.schema, options), ...(parameter.description ? { description: parameter.description } : {}) };
    if (parameter.required || parameter.in === "path") required.push(parameter.name);
  }
  let closed: JsonSchema = { additionalProperties: false };
  const variants: JsonSchema = {};
  if (body) {
    const schema = inlineSchema(spec, body.schema, options);
    for (const [name, field] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) if (!Object.hasOwn(properties, name)) properties[name] = field;
    for (const name of (schema.required ?? []) as string[]) if (!required.includes(name)) required.push(name);
    const combined = ["allOf", "anyOf", "oneOf"].filter((key) => Array.isArray(schema[key]));
    if (withVariants) for (const key of combined) variants[key] = schema[key];
    if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) closed = { additionalProperties: schema.additionalProperties };
    // Fields listed in variants (oneOf…) count as known once a variant matched them; without the variants, the server judges.
    else if (combined.length) closed = withVariants ? { unevaluatedProperties: false } : {};
    else if (schema.properties === undefined && schema.type !== "object") closed = {};
  }
  return { type: "object", properties, ...(required.length ? { required } : {}), ...variants, ...closed };
}
