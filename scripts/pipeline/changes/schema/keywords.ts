import { isObject, showValue } from "../model.js";
import type { CheckId } from "./checks.js";
import { acceptsAnything, fingerprint, typeLabel, type Schema, type Shape } from "./normalize.js";

/*
 * The keywords of one schema node that constrain it as a whole (not its fields, items or
 * alternatives, which the walk recurses into): type, format, null, enum, every limit, pattern,
 * multipleOf, uniqueItems, default, deprecated, discriminator, not, if/then/else, content*.
 */

export interface Change {
  check: CheckId;
  detail: string;
}

export interface Pair {
  previous: Shape;
  next: Shape;
  /** Both documents, to compare subschemas (`not`, `if`) by meaning. */
  docs: { previous: Schema; next: Schema };
}

export function compareKeywords(pair: Pair): Change[] {
  const typeChange = compareTypes(pair.previous, pair.next);
  // A keyword about strings says nothing once the value is a number: integer → string is one change, not three.
  const both = (family: Family) => (changes: () => Change[]) => (may(pair.previous, family) && may(pair.next, family) ? changes() : []);
  const strings = both("string");
  const numbers = both("number");
  return [
    ...typeChange,
    // A new type brings its own format; saying so twice is noise.
    ...(typeChange.some((c) => c.check === "type-changed") ? [] : compareFormats(pair.previous.schema.format, pair.next.schema.format)),
    ...compareNullability(pair.previous, pair.next),
    ...compareEnums(pair.previous, pair.next),
    ...compareCounts(pair),
    ...numbers(() => [...compareBounds(pair.previous.schema, pair.next.schema), ...compareMultipleOf(pair.previous.schema.multipleOf, pair.next.schema.multipleOf)]),
    ...both("array")(() => flag(pair, "uniqueItems", "unique-items-added", "unique-items-removed")),
    ...strings(() => comparePattern(pair.previous.schema.pattern, pair.next.schema.pattern)),
    ...compareDefault(pair.previous.schema, pair.next.schema),
    ...(pair.previous.schema.deprecated !== true && pair.next.schema.deprecated === true ? [{ check: "deprecated" as const, detail: "deprecated" }] : []),
    ...compareDiscriminators(pair.previous.schema.discriminator, pair.next.schema.discriminator),
    ...compareSubschemas(pair, ["not"], { added: "not-added", removed: "not-removed", changed: "not-changed" }, "`not`"),
    ...compareSubschemas(pair, ["if", "then", "else"], { added: "conditional-added", removed: "conditional-removed", changed: "conditional-changed" }, "if/then/else"),
    ...strings(() => [...compareText(pair, "contentEncoding", "content-encoding-changed"), ...compareText(pair, "contentMediaType", "content-media-type-changed")]),
  ];
}

type Family = "string" | "number" | "array" | "object";

/** Whether values of the shape may be of the family (no type: any). */
export function may(shape: Shape, family: Family): boolean {
  if (!shape.types) return !shape.onlyNull;
  return shape.types.has(family) || (family === "number" && shape.types.has("integer"));
}

/** Integer is a number; no type is every type. */
function covers(wide: Set<string> | undefined, narrow: Set<string> | undefined): boolean {
  if (!wide) return true;
  if (!narrow) return false;
  return [...narrow].every((type) => wide.has(type) || (type === "integer" && wide.has("number")));
}

export function compareTypes(previous: Shape, next: Shape): Change[] {
  // Null is a flag of its own (became-nullable), except for a schema that accepts nothing else.
  const typesOf = (shape: Shape) => (shape.onlyNull ? new Set(["null"]) : shape.types);
  const widened = covers(typesOf(next), typesOf(previous));
  const narrowed = covers(typesOf(previous), typesOf(next));
  if (widened && narrowed) return [];
  const detail = `type ${typeLabel({ ...previous, schema: {} })} → ${typeLabel({ ...next, schema: {} })}`;
  if (widened) return [{ check: "type-widened", detail: `${detail} (widened)` }];
  if (narrowed) return [{ check: "type-narrowed", detail: `${detail} (narrowed)` }];
  return [{ check: "type-changed", detail }];
}

/** Formats where one accepts every value of the other. */
const WIDER_FORMAT: Record<string, string> = { int32: "int64", float: "double" };

function compareFormats(before: unknown, after: unknown): Change[] {
  if (before === after) return [];
  if (before === undefined) return [{ check: "format-narrowed", detail: `format ${showValue(after)} added` }];
  if (after === undefined) return [{ check: "format-widened", detail: `format ${showValue(before)} removed` }];
  const detail = `format ${showValue(before)} → ${showValue(after)}`;
  if (WIDER_FORMAT[String(before)] === after) return [{ check: "format-widened", detail }];
  if (WIDER_FORMAT[String(after)] === before) return [{ check: "format-narrowed", detail }];
  return [{ check: "format-changed", detail }];
}

export function compareNullability(previous: Shape, next: Shape): Change[] {
  if (previous.onlyNull || next.onlyNull || acceptsAnything(previous) || acceptsAnything(next) || previous.nullable === next.nullable) return [];
  return [next.nullable ? { check: "became-nullable", detail: "now nullable" } : { check: "became-not-nullable", detail: "no longer nullable" }];
}

function compareEnums(previous: Shape, next: Shape): Change[] {
  const before = previous.values;
  const after = next.values;
  if (!before && !after) return [];
  if (!before) return [{ check: "enum-added", detail: `now restricted to ${after!.map(showValue).join(", ")}` }];
  if (!after) return [{ check: "enum-removed", detail: `no longer restricted to ${before.map(showValue).join(", ")}` }];
  const beforeKeys = new Set(before.map((v) => JSON.stringify(v)));
  const afterKeys = new Set(after.map((v) => JSON.stringify(v)));
  return [
    ...before.filter((v) => !afterKeys.has(JSON.stringify(v))).map((v) => ({ check: "enum-value-removed" as const, detail: `enum value ${showValue(v)} removed` })),
    ...after.filter((v) => !beforeKeys.has(JSON.stringify(v))).map((v) => ({ check: "enum-value-added" as const, detail: `enum value ${showValue(v)} added` })),
  ];
}

interface Bound {
  value: number;
  exclusive: boolean;
}

/** The tightest of maximum / exclusiveMaximum (3.1: a number; 3.0: a flag on maximum). */
function bound(schema: Schema, side: "max" | "min"): Bound | undefined {
  const inclusive = side === "max" ? schema.maximum : schema.minimum;
  const exclusive = side === "max" ? schema.exclusiveMaximum : schema.exclusiveMinimum;
  const candidates: Bound[] = [];
  if (typeof inclusive === "number") candidates.push({ value: inclusive, exclusive: exclusive === true });
  if (typeof exclusive === "number") candidates.push({ value: exclusive, exclusive: true });
  return candidates.reduce<Bound | undefined>((best, b) => (!best || tighter(b, best, side) ? b : best), undefined);
}

/** Whether `a` allows less than `b`. */
function tighter(a: Bound, b: Bound, side: "max" | "min"): boolean {
  if (a.value !== b.value) return side === "max" ? a.value < b.value : a.value > b.value;
  return a.exclusive && !b.exclusive;
}

function showBound(b: Bound | undefined, keyword: string): string {
  if (!b) return "none";
  return `${b.exclusive ? `exclusive${keyword[0]!.toUpperCase()}${keyword.slice(1)}` : keyword} ${b.value}`;
}

const COUNTS: [keyword: string, id: "max-length" | "min-length" | "max-items" | "min-items" | "max-properties" | "min-properties", family: Family][] = [
  ["maxLength", "max-length", "string"],
  ["minLength", "min-length", "string"],
  ["maxItems", "max-items", "array"],
  ["minItems", "min-items", "array"],
  ["maxProperties", "max-properties", "object"],
  ["minProperties", "min-properties", "object"],
];

function compareCounts({ previous: before, next: after }: Pair): Change[] {
  const previous = before.schema;
  const next = after.schema;
  const changes: Change[] = [];
  for (const [keyword, id, family] of COUNTS) {
    if (!may(before, family) || !may(after, family)) continue;
    const upper = id.startsWith("max");
    // A minimum of 0 is no minimum; no maximum is an infinite one.
    const read = (schema: Schema): number => (typeof schema[keyword] === "number" ? schema[keyword] : upper ? Infinity : 0);
    const was = read(previous);
    const is = read(next);
    if (was === is) continue;
    const show = (n: number) => (n === Infinity || (n === 0 && !upper) ? "none" : String(n));
    const direction = is < was ? "decreased" : "increased";
    changes.push({ check: `${id}-${direction}`, detail: `${keyword} ${show(was)} → ${show(is)}` });
  }
  return changes;
}

function compareBounds(previous: Schema, next: Schema): Change[] {
  const changes: Change[] = [];
  for (const side of ["max", "min"] as const) {
    const before = bound(previous, side);
    const after = bound(next, side);
    if (!before && !after) continue;
    if (before && after && before.value === after.value && before.exclusive === after.exclusive) continue;
    const keyword = side === "max" ? "maximum" : "minimum";
    const narrowed = !before || (after !== undefined && tighter(after, before, side));
    const direction = narrowed === (side === "max") ? "decreased" : "increased";
    changes.push({ check: `${keyword}-${direction}`, detail: `${showBound(before, keyword)} → ${showBound(after, keyword)}` });
  }
  return changes;
}

function compareMultipleOf(before: unknown, after: unknown): Change[] {
  if (before === after) return [];
  if (typeof before !== "number") return typeof after === "number" ? [{ check: "multiple-of-narrowed", detail: `multipleOf ${after} set` }] : [];
  if (typeof after !== "number") return [{ check: "multiple-of-widened", detail: `multipleOf ${before} removed` }];
  const detail = `multipleOf ${before} → ${after}`;
  if (isMultiple(after, before)) return [{ check: "multiple-of-narrowed", detail }];
  if (isMultiple(before, after)) return [{ check: "multiple-of-widened", detail }];
  return [{ check: "multiple-of-changed", detail }];
}

function isMultiple(value: number, of: number): boolean {
  const ratio = value / of;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

function flag(pair: Pair, keyword: string, added: CheckId, removed: CheckId): Change[] {
  const before = pair.previous.schema[keyword] === true;
  const after = pair.next.schema[keyword] === true;
  if (before === after) return [];
  return [after ? { check: added, detail: `${keyword} set` } : { check: removed, detail: `${keyword} dropped` }];
}

function comparePattern(before: unknown, after: unknown): Change[] {
  if (before === after) return [];
  if (typeof before !== "string") return typeof after === "string" ? [{ check: "pattern-added", detail: `pattern ${showValue(after)} added` }] : [];
  if (typeof after !== "string") return [{ check: "pattern-removed", detail: `pattern ${showValue(before)} removed` }];
  return [{ check: "pattern-changed", detail: `pattern ${showValue(before)} → ${showValue(after)}` }];
}

function compareDefault(previous: Schema, next: Schema): Change[] {
  const had = Object.hasOwn(previous, "default");
  const has = Object.hasOwn(next, "default");
  if (!had || !has || JSON.stringify(previous.default) === JSON.stringify(next.default)) return [];
  return [{ check: "default-changed", detail: `default ${showValue(previous.default)} → ${showValue(next.default)}` }];
}

function compareDiscriminators(before: unknown, after: unknown): Change[] {
  if (!isObject(before) && !isObject(after)) return [];
  if (!isObject(before)) return [{ check: "discriminator-added", detail: `discriminator on ${showValue((after as Schema).propertyName)} added` }];
  if (!isObject(after)) return [{ check: "discriminator-removed", detail: `discriminator on ${showValue(before.propertyName)} removed` }];
  if (before.propertyName !== after.propertyName) {
    return [{ check: "discriminator-property-changed", detail: `discriminator property ${showValue(before.propertyName)} → ${showValue(after.propertyName)}` }];
  }
  const was: Record<string, string> = isObject(before.mapping) ? before.mapping : {};
  const is: Record<string, string> = isObject(after.mapping) ? after.mapping : {};
  const changes: Change[] = [];
  for (const value of new Set([...Object.keys(was), ...Object.keys(is)])) {
    if (!Object.hasOwn(is, value)) changes.push({ check: "discriminator-mapping-removed", detail: `discriminator value ${showValue(value)} removed` });
    else if (!Object.hasOwn(was, value)) changes.push({ check: "discriminator-mapping-added", detail: `discriminator value ${showValue(value)} added` });
    else if (was[value] !== is[value]) changes.push({ check: "discriminator-mapping-changed", detail: `discriminator value ${showValue(value)} now maps to ${showValue(is[value])}` });
  }
  return changes;
}

/** Subschemas compared by meaning only: whether a new `not` or `if` accepts more or less cannot be decided in general. */
function compareSubschemas(pair: Pair, keywords: string[], checks: Record<"added" | "removed" | "changed", CheckId>, name: string): Change[] {
  const had = keywords.some((k) => Object.hasOwn(pair.previous.schema, k));
  const has = keywords.some((k) => Object.hasOwn(pair.next.schema, k));
  if (!had && !has) return [];
  if (!had) return [{ check: checks.added, detail: `${name} added` }];
  if (!has) return [{ check: checks.removed, detail: `${name} removed` }];
  const meaning = (doc: Schema, schema: Schema) => keywords.map((k) => fingerprint(doc, schema[k])).join("\u0000");
  return meaning(pair.docs.previous, pair.previous.schema) === meaning(pair.docs.next, pair.next.schema) ? [] : [{ check: checks.changed, detail: `${name} changed` }];
}

function compareText(pair: Pair, keyword: string, check: CheckId): Change[] {
  const before = pair.previous.schema[keyword];
  const after = pair.next.schema[keyword];
  if (before === after) return [];
  return [{ check, detail: `${keyword} ${before === undefined ? "none" : showValue(before)} → ${after === undefined ? "none" : showValue(after)}` }];
}
