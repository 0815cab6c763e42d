import type { Direction, Level, Rule } from "../model.js";

/*
 * What the schema differ can find, once for every place a schema sits. A check moves what a schema
 * accepts: narrowed breaks callers who write it (requests), widened breaks callers who read it
 * (responses), incompatible breaks both, uncertain may break either and is a warning. Each check
 * becomes one rule per scope: `request-property-max-length-decreased`,
 * `response-header-type-widened`, `request-required-property-added`…
 */

export type Scope = "request-parameter" | "request-property" | "response-property" | "response-header";

interface ScopeInfo {
  direction: Direction;
  noun: "parameter" | "property" | "header";
  /** Sentence start for explanations. */
  words: string;
}

export const SCOPES: Record<Scope, ScopeInfo> = {
  "request-parameter": { direction: "request", noun: "parameter", words: "A request parameter's schema" },
  "request-property": { direction: "request", noun: "property", words: "A request body schema or a field in it" },
  "response-property": { direction: "response", noun: "property", words: "A response body schema or a field in it" },
  "response-header": { direction: "response", noun: "header", words: "A response header's schema" },
};

type Movement = "narrowed" | "widened" | "incompatible" | "uncertain" | "neutral";

interface Check {
  /** What changed, completing "<scope words>: …". */
  what: string;
  move: Movement;
  /** Overrides of the level the movement gives; null: the check does not exist on that side. */
  request?: Level | null;
  response?: Level | null;
  /** Overrides of the reason the level gives. */
  why?: Partial<Record<Direction, string>>;
  /** About a field inside the schema: in a body the id names only the field (`request-required-property-added`). */
  field?: true;
}

function limit(keyword: string, change: string, move: Movement): Check {
  return { what: `${keyword} ${change}`, move };
}

export const CHECKS = {
  "type-changed": { what: "type changed to one that neither contains nor is contained in the old (string → integer)", move: "incompatible" },
  "type-widened": { what: "type widened (a type added, integer → number, or no type at all)", move: "widened" },
  "type-narrowed": { what: "type narrowed (a type dropped, number → integer, or a type where there was none)", move: "narrowed" },
  "format-narrowed": { what: "format added or narrowed (int64 → int32)", move: "narrowed" },
  "format-widened": { what: "format removed or widened (int32 → int64)", move: "widened" },
  "format-changed": { what: "format changed (date → date-time)", move: "incompatible" },
  "became-nullable": { what: "now accepts null", move: "widened" },
  "became-not-nullable": { what: "no longer accepts null", move: "narrowed" },
  "enum-value-added": { what: "an enum (or const) value added", move: "widened" },
  "enum-value-removed": {
    what: "an enum (or const) value removed",
    move: "narrowed",
    response: "warning",
    why: { response: "every response is still one callers handled, but comparisons with the removed literal stop compiling" },
  },
  "enum-added": { what: "restricted to enum (or const) values where any value of its type was allowed", move: "narrowed" },
  "enum-removed": { what: "no longer restricted to enum (or const) values", move: "widened" },
  "max-length-decreased": limit("maxLength", "lowered or newly set", "narrowed"),
  "max-length-increased": limit("maxLength", "raised or removed", "widened"),
  "min-length-increased": limit("minLength", "raised or newly set", "narrowed"),
  "min-length-decreased": limit("minLength", "lowered or removed", "widened"),
  "maximum-decreased": limit("maximum or exclusiveMaximum", "lowered, made exclusive or newly set", "narrowed"),
  "maximum-increased": limit("maximum or exclusiveMaximum", "raised, made inclusive or removed", "widened"),
  "minimum-increased": limit("minimum or exclusiveMinimum", "raised, made exclusive or newly set", "narrowed"),
  "minimum-decreased": limit("minimum or exclusiveMinimum", "lowered, made inclusive or removed", "widened"),
  "max-items-decreased": limit("maxItems", "lowered or newly set", "narrowed"),
  "max-items-increased": limit("maxItems", "raised or removed", "widened"),
  "min-items-increased": limit("minItems", "raised or newly set", "narrowed"),
  "min-items-decreased": limit("minItems", "lowered or removed", "widened"),
  "max-properties-decreased": limit("maxProperties", "lowered or newly set", "narrowed"),
  "max-properties-increased": limit("maxProperties", "raised or removed", "widened"),
  "min-properties-increased": limit("minProperties", "raised or newly set", "narrowed"),
  "min-properties-decreased": limit("minProperties", "lowered or removed", "widened"),
  "multiple-of-narrowed": { what: "multipleOf set, or changed to a multiple of the old one", move: "narrowed" },
  "multiple-of-widened": { what: "multipleOf removed, or changed to a divisor of the old one", move: "widened" },
  "multiple-of-changed": { what: "multipleOf changed to a value that is neither a multiple nor a divisor of the old one", move: "incompatible" },
  "unique-items-added": { what: "uniqueItems set", move: "narrowed" },
  "unique-items-removed": { what: "uniqueItems dropped", move: "widened" },
  "pattern-added": { what: "pattern added", move: "narrowed" },
  "pattern-removed": { what: "pattern removed", move: "widened" },
  "pattern-changed": { what: "pattern changed", move: "uncertain", why: { request: "whether the new pattern accepts every value the old one did cannot be decided; check by hand", response: "whether every value the new pattern allows was allowed before cannot be decided; check by hand" } },
  "default-changed": { what: "default value changed", move: "neutral", request: "warning", why: { request: "callers who omit the field now get another behaviour", response: "informational" } },
  deprecated: { what: "marked deprecated", move: "neutral", why: { request: "it still works; callers should move off it", response: "it is still returned; callers should stop relying on it" } },
  "property-added": { what: "an optional field added (request) or a field added (response)", move: "neutral", field: true, why: { request: "callers who do not send it are unaffected", response: "callers who ignore it are unaffected" } },
  "required-property-added": { what: "a required field added (or a required read-only field made writable)", move: "narrowed", response: null, field: true },
  "property-removed": {
    what: "a field removed",
    move: "incompatible",
    field: true,
    why: { request: "callers still sending it are refused, and object literals with it stop compiling", response: "code reading it stops compiling and gets undefined" },
  },
  "property-became-required": { what: "a field became required", move: "narrowed", field: true },
  "property-became-optional": { what: "a field became optional", move: "widened", field: true },
  "property-became-read-only": {
    what: "a field callers could send became readOnly",
    move: "uncertain",
    response: null,
    field: true,
    why: { request: "servers ignore or refuse read-only fields: callers sending it may lose what it did" },
  },
  "property-became-write-only": { what: "a field became writeOnly: no longer returned", move: "incompatible", request: null, field: true, why: { response: "code reading it gets undefined" } },
  "additional-properties-narrowed": { what: "additionalProperties closed (false) or constrained where fields were free", move: "narrowed" },
  "additional-properties-widened": { what: "additionalProperties opened where fields were closed or constrained", move: "widened" },
  "variant-added": { what: "a oneOf/anyOf alternative added (or a schema became a union)", move: "widened" },
  "variant-removed": { what: "a oneOf/anyOf alternative removed", move: "narrowed" },
  "union-kind-changed": { what: "oneOf became anyOf or the reverse", move: "uncertain", why: { request: "a value matching several alternatives is accepted by only one of them", response: "a value may now match several alternatives" } },
  "discriminator-added": { what: "a discriminator added", move: "neutral", request: "warning", why: { request: "values without the discriminating property are now refused", response: "informational" } },
  "discriminator-removed": { what: "a discriminator removed", move: "neutral", response: "warning", why: { request: "informational", response: "code dispatching on the property loses its guarantee" } },
  "discriminator-property-changed": { what: "the discriminator's propertyName changed", move: "incompatible" },
  "discriminator-mapping-added": { what: "a discriminator mapping value added", move: "widened" },
  "discriminator-mapping-removed": { what: "a discriminator mapping value removed", move: "narrowed" },
  "discriminator-mapping-changed": { what: "a discriminator mapping value points to another schema", move: "incompatible" },
  "not-added": { what: "a `not` subschema added", move: "narrowed" },
  "not-removed": { what: "a `not` subschema removed", move: "widened" },
  "not-changed": { what: "the `not` subschema changed", move: "uncertain" },
  "conditional-added": { what: "if/then/else added", move: "narrowed" },
  "conditional-removed": { what: "if/then/else removed", move: "widened" },
  "conditional-changed": { what: "if/then/else changed", move: "uncertain" },
  "prefix-item-added": { what: "a prefixItems position added", move: "narrowed" },
  "prefix-item-removed": { what: "a prefixItems position removed", move: "widened" },
  "content-encoding-changed": { what: "contentEncoding added, removed or changed", move: "incompatible" },
  "content-media-type-changed": { what: "contentMediaType added, removed or changed", move: "incompatible" },
  "content-schema-added": { what: "contentSchema added", move: "narrowed" },
  "content-schema-removed": { what: "contentSchema removed", move: "widened" },
} satisfies Record<string, Check>;

export type CheckId = keyof typeof CHECKS;

const DEFAULT_WHY: Record<Direction, Partial<Record<Level, string>>> = {
  request: {
    breaking: "requests that were valid may now be refused",
    warning: "may break callers; check by hand",
    info: "every request that was valid still is",
  },
  response: {
    breaking: "responses may now hold values callers' code never handled",
    warning: "may break callers; check by hand",
    info: "every response is still one callers handled",
  },
};

function levelOf(check: Check, direction: Direction): Level | null {
  const override = check[direction];
  if (override !== undefined) return override;
  switch (check.move) {
    case "narrowed":
      return direction === "request" ? "breaking" : "info";
    case "widened":
      return direction === "request" ? "info" : "breaking";
    case "incompatible":
      return "breaking";
    case "uncertain":
      return "warning";
    case "neutral":
      return "info";
  }
}

/** `request-property-max-length-decreased`; for field checks in a body, `request-required-property-added`. */
export function schemaRuleId(scope: Scope, check: CheckId): string {
  const { noun } = SCOPES[scope];
  const side = scope.slice(0, scope.indexOf("-"));
  if (!(CHECKS[check] as Check).field) return `${scope}-${check}`;
  // A field of a body is a property already: "request-property-added", not "request-property-property-added".
  return `${side}-${noun === "property" ? check : check.replace("property", `${noun}-property`)}`;
}

export function schemaRules(): Rule[] {
  const rules: Rule[] = [];
  for (const [scope, info] of Object.entries(SCOPES) as [Scope, ScopeInfo][]) {
    for (const [id, check] of Object.entries(CHECKS) as [CheckId, Check][]) {
      const level = levelOf(check, info.direction);
      if (!level) continue;
      const why = check.why?.[info.direction] ?? DEFAULT_WHY[info.direction][level]!;
      rules.push({ id: schemaRuleId(scope, id), level, explanation: `${info.words}: ${check.what}; ${why}.`, area: `Schemas: ${scope}` });
    }
  }
  return rules;
}

/** Whether a check exists on a side (some are about requests or responses only). */
export function checkApplies(check: CheckId, direction: Direction): boolean {
  return levelOf(CHECKS[check] as Check, direction) !== null;
}
