// Schemas as people read them in --help: a short type label, and a sample value for examples.
import type { JsonSchema } from "./spec.js";

/** "string (date-time)", "integer", "\"day\" | \"week\"", "string[]", "[string, object]", "any". */
export function typeLabel(schema: JsonSchema | undefined, depth = 0): string {
  if (!schema || depth > 3) return "any";
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.map((value) => JSON.stringify(value));
    return values.length > 6 ? `${values.slice(0, 4).join(" | ")} | … (${values.length} values)` : values.join(" | ");
  }
  if ("const" in schema) return JSON.stringify(schema.const);
  for (const key of ["oneOf", "anyOf"]) {
    const variants = schema[key];
    if (Array.isArray(variants)) return [...new Set(variants.map((variant: JsonSchema) => typeLabel(variant, depth + 1)))].join(" | ");
  }
  if (Array.isArray(schema.allOf)) return schema.allOf.map((part: JsonSchema) => typeLabel(part, depth + 1)).join(" & ");
  if (Array.isArray(schema.prefixItems)) return `[${schema.prefixItems.map((item: JsonSchema) => typeLabel(item, depth + 1)).join(", ")}]`;
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : schema.type;
  if (type === "array") {
    const item = typeLabel(schema.items as JsonSchema | undefined, depth + 1);
    return item.includes(" ") ? `(${item})[]` : `${item}[]`;
  }
  if (typeof type === "string") return schema.format ? `${type} (${schema.format})` : type;
  return schema.properties ? "object" : "any";
}

const SAMPLE_STRINGS: Record<string, string> = { "date-time": "2024-01-31T12:00:00Z", date: "2024-01-31", email: "user@example.org", uri: "https://example.org/" };

/** A value that fits the schema, for examples: its own example or default when it has one, else a placeholder. */
export function sampleValue(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 4) return null;
  for (const key of ["example", "default", "const"]) if (schema[key] !== undefined) return schema[key];
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  const variants = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(variants) && variants.length) return sampleValue(variants[0], depth + 1);
  if (Array.isArray(schema.allOf)) return Object.assign({}, ...schema.allOf.map((part: JsonSchema) => sampleValue(part, depth + 1)));
  if (Array.isArray(schema.prefixItems)) return schema.prefixItems.slice(0, Number(schema.minItems ?? schema.prefixItems.length)).map((item: JsonSchema) => sampleValue(item, depth + 1));
  switch (Array.isArray(schema.type) ? schema.type[0] : schema.type) {
    case "string":
      return SAMPLE_STRINGS[String(schema.format)] ?? "text";
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 1;
    case "boolean":
      return true;
    case "array":
      return Number(schema.minItems ?? 0) > 0 ? [sampleValue(schema.items as JsonSchema, depth + 1)] : [];
    case "null":
      return null;
    default:
      return sampleObject(schema, depth);
  }
}

/** The required fields of an object schema, each with a sample. */
export function sampleObject(schema: JsonSchema, depth = 0): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = (schema.required ?? []) as string[];
  return Object.fromEntries(required.filter((name) => properties[name]).map((name) => [name, sampleValue(properties[name], depth + 1)]));
}
