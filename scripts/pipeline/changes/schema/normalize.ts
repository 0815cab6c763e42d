import { compareText, isObject, pointerSegment, resolveRef } from "../model.js";

/*
 * One schema node as the differ sees it: what it accepts, with the spellings that accept the same
 * values made equal. `$ref` and inline are the same; allOf members are merged; null is one flag
 * however it is written (`nullable: true`, `type: [X, "null"]`, `oneOf: [{type: "null"}, X]`,
 * `enum: [..., null]`), and a oneOf/anyOf left with one alternative is that alternative.
 */

export type Schema = Record<string, any>;

export interface Shape {
  /** Keywords after following $ref and merging allOf; `nullable`, null types and null values are read into `nullable`. */
  schema: Schema;
  /** JSON types other than null; undefined: any value. */
  types?: Set<string>;
  /** Whether null is accepted explicitly (a schema without a type accepts it too: see acceptsAnything). */
  nullable: boolean;
  /** Accepts null and nothing else. */
  onlyNull: boolean;
  /** enum (or const) values other than null. */
  values?: unknown[];
  /** Two or more non-null alternatives of a oneOf/anyOf. */
  variants?: Variant[];
  union?: "oneOf" | "anyOf";
  /** The name of the schema a $ref points to (also when a nullable union reduces to it). */
  name?: string;
  /** Where the node is declared: its component when it is a $ref. */
  pointer: string;
  /** Where each property is declared (an allOf member's, not the node's, for merged ones). */
  propertyPointers: Map<string, string>;
}

export interface Variant {
  raw: unknown;
  pointer: string;
  name: string;
}

interface Flat {
  schema: Schema;
  pointer: string;
  name?: string;
  propertyPointers: Map<string, string>;
}

/** Keywords whose merge in allOf keeps the tighter bound. */
const UPPER = ["maxLength", "maxItems", "maxProperties", "maximum"];
const LOWER = ["minLength", "minItems", "minProperties", "minimum"];
/** Unions nested deeper than this (a recursive oneOf through $ref) are taken as they are. */
const MAX_UNION_DEPTH = 8;

export function normalize(doc: Schema, raw: unknown, pointer: string): Shape {
  return shapeOf(doc, flatten(doc, raw, pointer, new Set()), 0);
}

export function refName(ref: string): string {
  return (ref.split("/").pop() ?? ref).replace(/~1/g, "/").replace(/~0/g, "~");
}

/** Follows $refs (siblings of a $ref are merged over its target) and merges allOf members. */
function flatten(doc: Schema, raw: unknown, pointer: string, seen: ReadonlySet<string>): Flat {
  if (isObject(raw) && typeof raw.$ref === "string") {
    const { $ref, ...siblings } = raw;
    if (seen.has($ref)) return flat({}, pointer);
    const target = resolveRef(doc, { $ref }, pointer);
    const inner = { ...flatten(doc, target.node, target.pointer, new Set(seen).add($ref)), name: refName($ref) };
    return Object.keys(siblings).some((key) => !DOC_KEYS.has(key)) ? { ...merge(inner, flatten(doc, siblings, pointer, seen)), name: inner.name } : inner;
  }
  if (!isObject(raw)) return flat({}, pointer);
  if (!Array.isArray(raw.allOf)) return flat(raw, pointer);
  const { allOf, ...own } = raw;
  let merged = flat({}, pointer);
  allOf.forEach((member: unknown, i: number) => (merged = merge(merged, flatten(doc, member, `${pointer}/allOf/${i}`, seen))));
  merged = merge(merged, flat(own, pointer));
  const single = allOf.length === 1 && isObject(allOf[0]) && typeof allOf[0].$ref === "string" ? refName(allOf[0].$ref) : undefined;
  return { ...merged, pointer, ...(single ? { name: single } : {}) };
}

function flat(schema: Schema, pointer: string): Flat {
  const propertyPointers = new Map<string, string>();
  if (isObject(schema.properties)) for (const name of Object.keys(schema.properties)) propertyPointers.set(name, `${pointer}/properties/${pointerSegment(name)}`);
  return { schema, pointer, propertyPointers };
}

/** allOf semantics: properties merged, required unioned, bounds tightened; later members win otherwise. */
function merge(target: Flat, source: Flat): Flat {
  const schema: Schema = { ...target.schema };
  for (const [key, value] of Object.entries(source.schema)) {
    if (key === "properties" && isObject(value)) schema.properties = { ...schema.properties, ...value };
    else if (key === "required" && Array.isArray(value)) schema.required = [...new Set([...(schema.required ?? []), ...value])];
    else if (UPPER.includes(key) && typeof schema[key] === "number" && typeof value === "number") schema[key] = Math.min(schema[key], value);
    else if (LOWER.includes(key) && typeof schema[key] === "number" && typeof value === "number") schema[key] = Math.max(schema[key], value);
    else schema[key] = value;
  }
  return { schema, pointer: target.pointer, name: target.name, propertyPointers: new Map([...target.propertyPointers, ...source.propertyPointers]) };
}

function shapeOf(doc: Schema, node: Flat, depth: number): Shape {
  const schema = node.schema;
  let nullable = schema.nullable === true;
  let onlyNull = false;

  let declared: string[] | undefined = typeof schema.type === "string" ? [schema.type] : Array.isArray(schema.type) ? schema.type.map(String) : undefined;
  if (declared?.includes("null")) {
    nullable = true;
    declared = declared.filter((t) => t !== "null");
    if (!declared.length) onlyNull = true;
  }
  let values: unknown[] | undefined = Array.isArray(schema.enum) ? schema.enum : Object.hasOwn(schema, "const") ? [schema.const] : undefined;
  if (values?.includes(null)) {
    nullable = true;
    values = values.filter((v) => v !== null);
    if (!values.length) onlyNull = true;
  }

  const union = Array.isArray(schema.oneOf) ? "oneOf" : Array.isArray(schema.anyOf) ? "anyOf" : undefined;
  let variants: Variant[] | undefined;
  if (union && depth < MAX_UNION_DEPTH) {
    const kept: { variant: Variant; flat: Flat }[] = [];
    (schema[union] as unknown[]).forEach((raw, i) => {
      const at = `${node.pointer}/${union}/${i}`;
      const inner = flatten(doc, raw, at, new Set());
      const shape = shapeOf(doc, inner, depth + 1);
      if (shape.nullable) nullable = true;
      if (!shape.onlyNull) kept.push({ variant: { raw, pointer: at, name: variantName(inner, shape) }, flat: inner });
    });
    if (kept.length === 1) {
      // `oneOf: [{type: "null"}, X]` is X, nullable.
      const { [union]: _dropped, ...own } = schema;
      const only = kept[0]!.flat;
      const reduced = shapeOf(doc, { ...merge(flat(own, node.pointer), only), pointer: only.pointer, name: only.name ?? node.name }, depth + 1);
      return { ...reduced, nullable: reduced.nullable || nullable };
    }
    if (kept.length === 0) onlyNull = true;
    else variants = uniqueNames(kept.map((k) => k.variant));
  }

  const types = declared ? new Set(declared) : values ? new Set(values.map(jsonType)) : variants || onlyNull ? undefined : inferType(schema);
  return {
    schema,
    ...(onlyNull ? { types: new Set<string>() } : types ? { types } : {}),
    nullable,
    onlyNull,
    ...(values ? { values } : {}),
    ...(variants ? { variants, union } : {}),
    ...(node.name ? { name: node.name } : {}),
    pointer: node.pointer,
    propertyPointers: node.propertyPointers,
  };
}

/** No type, enum or alternatives: every JSON value, null included. */
export function acceptsAnything(shape: Shape): boolean {
  return !shape.types && !shape.variants && !shape.values && !shape.onlyNull;
}

/** A schema without `type` that only says what an object or an array holds is that object or array. */
function inferType(schema: Schema): Set<string> | undefined {
  if (["properties", "required", "additionalProperties", "maxProperties", "minProperties"].some((k) => Object.hasOwn(schema, k))) return new Set(["object"]);
  if (["items", "prefixItems", "maxItems", "minItems", "uniqueItems"].some((k) => Object.hasOwn(schema, k))) return new Set(["array"]);
  return undefined;
}

/** Variants are matched by name: the $ref'd schema's, else the title, else the type. */
function variantName(node: Flat, shape: Shape): string {
  if (node.name) return node.name;
  if (typeof node.schema.title === "string") return node.schema.title;
  return typeLabel(shape);
}

function uniqueNames(variants: Variant[]): Variant[] {
  const seen = new Set<string>();
  return variants.map((variant) => {
    let name = variant.name;
    for (let n = 2; seen.has(name); n++) name = `${variant.name} #${n}`;
    seen.add(name);
    return { ...variant, name };
  });
}

/** "string (date)", "integer | string", "any", "object"; the union's variants joined with " | ". */
export function typeLabel(shape: Shape): string {
  if (shape.variants) return shape.variants.map((v) => v.name).join(" | ");
  const names = shape.onlyNull ? ["null"] : shape.types ? [...shape.types].sort(compareText) : ["any"];
  const format = typeof shape.schema.format === "string" ? ` (${shape.schema.format})` : "";
  return `${names.join(" | ")}${format}`;
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value === "object" ? "object" : typeof value;
}

/** Keywords that document a schema without changing what it accepts. */
export const DOC_KEYS = new Set(["description", "summary", "title", "example", "examples", "externalDocs", "$comment", "$id", "$schema", "xml"]);

/**
 * A schema's meaning as a string: $refs resolved (each once per chain), documentation and `x-`
 * keys dropped, keys sorted. Two schemas with the same fingerprint accept the same values.
 */
export function fingerprint(doc: Schema, raw: unknown): string {
  return JSON.stringify(canonical(doc, raw, new Set(), false));
}

/** Keywords whose value maps names to schemas: their keys are names, not keywords. */
const NAME_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
/** Keywords whose value is data, not a schema. */
const DATA = new Set(["enum", "const", "default", "required", "mapping"]);

function canonical(doc: Schema, raw: unknown, seen: ReadonlySet<string>, isMap: boolean): unknown {
  if (Array.isArray(raw)) return raw.map((item) => canonical(doc, item, seen, false));
  if (!isObject(raw)) return raw;
  if (!isMap && typeof raw.$ref === "string") {
    const { $ref, ...siblings } = raw;
    if (seen.has($ref)) return { $ref: refName($ref) };
    const target = canonical(doc, resolveRef(doc, { $ref }, "").node, new Set(seen).add($ref), false);
    const rest = canonical(doc, siblings, seen, false) as Schema;
    return Object.keys(rest).length ? { allOf: [target, rest] } : target;
  }
  const out: Schema = {};
  for (const key of Object.keys(raw).sort(compareText)) {
    if (!isMap && (DOC_KEYS.has(key) || key.startsWith("x-"))) continue;
    out[key] = isMap || !DATA.has(key) ? canonical(doc, raw[key], seen, !isMap && NAME_MAPS.has(key)) : sortKeys(raw[key]);
  }
  return out;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.keys(value).sort(compareText).map((key) => [key, sortKeys(value[key])]));
}
