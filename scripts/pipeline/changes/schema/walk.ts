import { compareText, isObject, pointerSegment, type Direction, type Finding, type Level } from "../model.js";
import { schemaRuleId, schemaRules, SCOPES, type CheckId, type Scope } from "./checks.js";
import { compareKeywords, compareNullability, may, type Change } from "./keywords.js";
import { fingerprint, normalize, typeLabel, type Schema, type Shape, type Variant } from "./normalize.js";

/*
 * Compares two versions of one schema (a parameter's, a body's, a header's) node by node: the
 * node's own keywords (keywords.ts), then its fields, items, map values, tuple positions, decoded
 * content and oneOf/anyOf alternatives. Findings carry the field path; the scope turns each into a
 * rule id (checks.ts).
 */

/** Where a schema sits, in words, and in both documents. Fields read "<fieldPrefix> field `a.b`". */
export interface SchemaPlace {
  operation: string;
  scope: Scope;
  /** The schema itself: "request body", "response 200 body", "query parameter `page`". */
  rootLabel: string;
  /** Before a field path: "request body", "response 200", "query parameter `page`". */
  fieldPrefix: string;
  /** JSON pointers of the schema in the previous and the next document. */
  at: Pointers;
}

export interface Documents {
  previous: Schema;
  next: Schema;
}

interface Pointers {
  previous: string;
  next: string;
}

/** A change inside a schema, relative to the node being compared. */
interface Found extends Change {
  /** Field path: names, `[]` (array items), `[0]` (tuple positions), `*` (map values), `(content)` (contentSchema). */
  path: string[];
  /** The oneOf/anyOf alternatives entered on the way. */
  variants: string[];
  pointer: string;
  /** The innermost $ref'd schema the change was found in, and the path inside it. */
  origin?: { key: string; name: string; path: string[] };
}

interface Walk {
  docs: Documents;
  direction: Direction;
  /**
   * What each $ref pair compared to, per direction. Shared schemas are reached along many paths
   * (a JSON-RPC request union's envelopes: thousands), so each pair is walked once and its findings are
   * re-homed at every path that reaches it.
   */
  memo: Map<string, Found[]>;
}

/** Deeper than any real spec; a backstop behind the $ref cycle guard. */
const MAX_DEPTH = 64;
/** A change repeated in more variants than this names the first few and counts the rest. */
const VARIANTS_NAMED = 3;
const LEVELS = new Map(schemaRules().map((rule) => [rule.id, rule.level]));

export type SchemaDiffer = (place: SchemaPlace, previous: unknown, next: unknown) => Finding[];

/** A schema comparer for one pair of documents; it remembers shared schemas across calls. */
export function schemaDiffer(docs: Documents): SchemaDiffer {
  const memo = new Map<string, Found[]>();
  return (place, previous, next) => {
    const found = compareNode({ docs, direction: SCOPES[place.scope].direction, memo }, previous, next, place.at, new Set(), 0);
    return collapseRepeats(found).map(({ first, note }) => {
      const rule = schemaRuleId(place.scope, first.check);
      return { rule, level: levelOf(rule), operation: place.operation, location: locate(place, first.path, note), detail: first.detail, pointer: first.pointer };
    });
  };
}

/** A finding under a schema rule raised outside a schema (a parameter's or header's own `deprecated`). */
export function schemaFinding(scope: Scope, check: CheckId, fields: Omit<Finding, "rule" | "level">): Finding {
  const rule = schemaRuleId(scope, check);
  return { rule, level: levelOf(rule), ...fields };
}

function levelOf(rule: string): Level {
  const level = LEVELS.get(rule);
  if (!level) throw new Error(`the schema differ emitted ${rule}, which is not in the rule table`);
  return level;
}

function compareNode(walk: Walk, rawPrevious: any, rawNext: any, at: Pointers, refsOnPath: ReadonlySet<string>, depth: number): Found[] {
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
  const previous = normalize(walk.docs.previous, rawPrevious, at.previous);
  const next = normalize(walk.docs.next, rawNext, at.next);
  const here = (changes: Change[]): Found[] => changes.map((c) => ({ ...c, path: [], variants: [], pointer: next.pointer }));

  const found: Found[] = [];
  if (!previous.variants !== !next.variants) {
    // A schema became a union or the reverse: its alternatives say it all, compared one to one.
    found.push(...here(compareNullability(previous, next)), ...compareVariants(walk, previous, next, rawPrevious, rawNext, refsOnPath, depth));
  } else {
    found.push(...here(compareKeywords({ previous, next, docs: walk.docs })), ...compareChildren(walk, previous, next, refsOnPath, depth));
    if (previous.variants) {
      if (previous.union !== next.union) found.push(...here([{ check: "union-kind-changed", detail: `${previous.union} → ${next.union}` }]));
      found.push(...compareVariants(walk, previous, next, rawPrevious, rawNext, refsOnPath, depth));
    }
  }
  if (pair === " ") return found;
  const origin = { key: pair, name: next.name ?? previous.name ?? pair };
  const homed = found.map((f) => (f.origin ? f : { ...f, origin: { ...origin, path: f.path } }));
  walk.memo.set(memoKey, homed);
  return homed;
}

function compareChildren(walk: Walk, previous: Shape, next: Shape, refsOnPath: ReadonlySet<string>, depth: number): Found[] {
  const found: Found[] = [];
  const child = (segment: string, keyword: string, before: unknown, after: unknown) =>
    under(segment, compareNode(walk, before, after, { previous: `${previous.pointer}/${keyword}`, next: `${next.pointer}/${keyword}` }, refsOnPath, depth + 1));
  if (may(previous, "object") && may(next, "object")) {
    found.push(...compareProperties(walk, previous, next, refsOnPath, depth));
    found.push(...compareAdditional(walk, previous, next, refsOnPath, depth));
  }
  if (may(previous, "array") && may(next, "array")) {
    if (isObject(previous.schema.items) || isObject(next.schema.items)) found.push(...child("[]", "items", previous.schema.items, next.schema.items));
    const before: unknown[] = Array.isArray(previous.schema.prefixItems) ? previous.schema.prefixItems : [];
    const after: unknown[] = Array.isArray(next.schema.prefixItems) ? next.schema.prefixItems : [];
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      if (i >= before.length) found.push(...under(`[${i}]`, [{ check: "prefix-item-added", detail: "tuple position added", path: [], variants: [], pointer: `${next.pointer}/prefixItems/${i}` }]));
      else if (i >= after.length) found.push(...under(`[${i}]`, [{ check: "prefix-item-removed", detail: "tuple position removed", path: [], variants: [], pointer: next.pointer }]));
      else found.push(...child(`[${i}]`, `prefixItems/${i}`, before[i], after[i]));
    }
  }
  const hadContent = isObject(previous.schema.contentSchema);
  const hasContent = isObject(next.schema.contentSchema);
  if (hadContent && hasContent) found.push(...child("(content)", "contentSchema", previous.schema.contentSchema, next.schema.contentSchema));
  else if (hadContent || hasContent) {
    const check: CheckId = hasContent ? "content-schema-added" : "content-schema-removed";
    found.push({ check, detail: `contentSchema ${hasContent ? "added" : "removed"}`, path: [], variants: [], pointer: next.pointer });
  }
  return found;
}

/**
 * Fields a caller sees: in requests, readOnly ones are not sent; in responses, writeOnly ones are
 * not returned. A required readOnly field added to a request body is therefore no change to it.
 */
function compareProperties(walk: Walk, previous: Shape, next: Shape, refsOnPath: ReadonlySet<string>, depth: number): Found[] {
  const hidden = walk.direction === "request" ? "readOnly" : "writeOnly";
  const inRequest = walk.direction === "request";
  const fields = (doc: Schema, shape: Shape) => {
    const properties: Schema = isObject(shape.schema.properties) ? shape.schema.properties : {};
    const required = new Set<string>(Array.isArray(shape.schema.required) ? shape.schema.required : []);
    const read = (name: string) => ({
      raw: properties[name],
      pointer: shape.propertyPointers.get(name) ?? `${shape.pointer}/properties/${pointerSegment(name)}`,
      visible: normalize(doc, properties[name], "").schema[hidden] !== true,
      required: required.has(name),
    });
    return { names: Object.keys(properties), read };
  };
  const before = fields(walk.docs.previous, previous);
  const after = fields(walk.docs.next, next);
  const found: Found[] = [];
  for (const name of [...new Set([...before.names, ...after.names])].sort(compareText)) {
    const was = before.names.includes(name) ? before.read(name) : undefined;
    const is = after.names.includes(name) ? after.read(name) : undefined;
    const at = (check: CheckId, detail: string, pointer = is?.pointer ?? next.pointer): Found => ({ check, detail, path: [], variants: [], pointer });
    const field: Found[] = [];
    const wasSeen = was?.visible === true;
    const isSeen = is?.visible === true;
    if (!wasSeen && isSeen) {
      const note = was ? ` (no longer ${hidden})` : "";
      if (inRequest && is!.required) field.push(at("required-property-added", `added (required)${note}`));
      else field.push(at("property-added", `added${inRequest ? " (optional)" : ""}${note}`));
    } else if (wasSeen && !isSeen) {
      if (is) field.push(at(inRequest ? "property-became-read-only" : "property-became-write-only", `became ${hidden}`));
      else field.push(at("property-removed", "removed", next.pointer));
    } else if (wasSeen && isSeen) {
      if (!was!.required && is!.required) field.push(at("property-became-required", "became required"));
      if (was!.required && !is!.required) field.push(at("property-became-optional", "became optional"));
      field.push(...compareNode(walk, was!.raw, is!.raw, { previous: was!.pointer, next: is!.pointer }, refsOnPath, depth + 1));
    }
    found.push(...under(name, field));
  }
  return found;
}

/** additionalProperties: absent or true is open, false is closed, a schema constrains the values. */
function compareAdditional(walk: Walk, previous: Shape, next: Shape, refsOnPath: ReadonlySet<string>, depth: number): Found[] {
  const before = previous.schema.additionalProperties;
  const after = next.schema.additionalProperties;
  const state = (value: unknown) => (value === false ? "closed" : isObject(value) ? "schema" : "open");
  const was = state(before);
  const is = state(after);
  if (was === "schema" && is === "schema") {
    return under("*", compareNode(walk, before, after, { previous: `${previous.pointer}/additionalProperties`, next: `${next.pointer}/additionalProperties` }, refsOnPath, depth + 1));
  }
  if (was === is) return [];
  const narrowed = is === "closed" || (was === "open" && is === "schema");
  return [{ check: narrowed ? "additional-properties-narrowed" : "additional-properties-widened", detail: `additionalProperties ${was} → ${is}`, path: [], variants: [], pointer: next.pointer }];
}

/**
 * oneOf/anyOf alternatives, matched by name ($ref name, title or type), then by meaning (an inline
 * schema moved behind a $ref), then, when one is left on each side and one is inline, to each
 * other. A schema that is not a union is one alternative: `Cat` → `oneOf: [Cat, Dog]` adds Dog.
 */
function compareVariants(walk: Walk, previous: Shape, next: Shape, rawPrevious: unknown, rawNext: unknown, refsOnPath: ReadonlySet<string>, depth: number): Found[] {
  const alone = (shape: Shape, raw: unknown): Variant[] => [{ raw, pointer: shape.pointer, name: shape.name ?? (typeof shape.schema.title === "string" ? shape.schema.title : typeLabel(shape)) }];
  const before = previous.variants ?? alone(previous, rawPrevious);
  const after = next.variants ?? alone(next, rawNext);
  const pairs: [Variant, Variant][] = [];
  const taken = new Set<Variant>();
  const take = (b: Variant, a: Variant | undefined) => {
    if (!a || taken.has(a)) return false;
    pairs.push([b, a]);
    taken.add(a);
    return true;
  };
  let restBefore = before.filter((b) => !take(b, after.find((a) => a.name === b.name)));
  if (restBefore.length && after.some((a) => !taken.has(a))) {
    const byMeaning = new Map(after.filter((a) => !taken.has(a)).map((a) => [fingerprint(walk.docs.next, a.raw), a]));
    restBefore = restBefore.filter((b) => !take(b, byMeaning.get(fingerprint(walk.docs.previous, b.raw))));
  }
  let restAfter = after.filter((a) => !taken.has(a));
  const isRef = (v: Variant) => isObject(v.raw) && typeof v.raw.$ref === "string";
  if (restBefore.length === 1 && restAfter.length === 1 && !(isRef(restBefore[0]!) && isRef(restAfter[0]!))) {
    take(restBefore[0]!, restAfter[0]!);
    restBefore = [];
    restAfter = [];
  }
  const found: Found[] = [
    ...restBefore.map((v): Found => ({ check: "variant-removed", detail: `alternative \`${v.name}\` removed`, path: [], variants: [], pointer: next.pointer })),
    ...restAfter.map((v): Found => ({ check: "variant-added", detail: `alternative \`${v.name}\` added`, path: [], variants: [], pointer: v.pointer })),
  ];
  for (const [b, a] of pairs) {
    const inner = compareNode(walk, b.raw, a.raw, { previous: b.pointer, next: a.pointer }, refsOnPath, depth + 1);
    // The lone schema compared with its alternative is the same node: no variant to name.
    const name = previous.variants && next.variants ? a.name : undefined;
    found.push(...(name ? inner.map((f) => ({ ...f, variants: [name, ...f.variants] })) : inner));
  }
  return found;
}

/** Findings of a child node, re-homed under its field name or segment. */
function under(segment: string, found: Found[]): Found[] {
  return found.map((f) => ({ ...f, path: [segment, ...f.path] }));
}

/**
 * One edit to a shared schema reaches a body along many paths (a timestamp schema used by every
 * method: thousands of paths under JSON-RPC envelopes). Findings with the same origin (schema and path inside it)
 * and the same change are one line, shown at their shortest path with a count of the others; when
 * they differ only by oneOf/anyOf variant (an `id` in sixty JSON-RPC methods), a few variants
 * are named instead. Findings outside any $ref'd schema merge only in that second way.
 */
function collapseRepeats(found: Found[]): { first: Found; note: string }[] {
  const groups = new Map<string, Found[]>();
  for (const f of found) {
    const where = f.origin ? ["origin", f.origin.key, ...f.origin.path] : ["inline", f.variants.length > 0, ...f.path];
    const key = [f.check, f.detail, ...where].join("\u0000");
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

/** ["items", "[]", "id"] → "items[].id"; tuple positions and decoded content attach the same way. */
function renderPath(path: string[]): string {
  return path.reduce((text, segment) => (/^[[(]/.test(segment) ? `${text}${segment}` : text ? `${text}.${segment}` : segment), "");
}
