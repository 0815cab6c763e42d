// Inputs checked against their schema before anything is sent: types, required fields, and keys
// the spec does not know (with the closest known names), for the command line and the MCP server.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { JsonSchema } from "./spec.js";
import { closest } from "./suggest.js";

let ajv: Ajv2020 | undefined;
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

function compile(schema: JsonSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    // Not strict: the spec's own formats ("password") and keywords are notes, not rules.
    ajv ??= addFormats.default(new Ajv2020({ strict: false, allErrors: true, validateFormats: true, logger: false }));
    compiled.set(schema, (validate = ajv.compile(schema)));
  }
  return validate;
}

/** What is wrong with `input`, in one line (at most three problems), or undefined when it fits the schema. */
export function inputProblem(schema: JsonSchema, input: unknown): string | undefined {
  const validate = compile(schema);
  if (validate(input)) return undefined;
  const errors = (validate.errors ?? []).filter((error) => error.keyword !== "if");
  // An unknown key explains the rest (a oneOf that failed because of it, say): say it first.
  const unknownKey = (error: ErrorObject) => Number(error.keyword === "additionalProperties" || error.keyword === "unevaluatedProperties");
  errors.sort((a, b) => unknownKey(b) - unknownKey(a));
  const lines = [...new Set(errors.map((error) => describe(schema, error)))];
  return lines.slice(0, 3).join("; ") + (lines.length > 3 ? ` (and ${lines.length - 3} more)` : "");
}

function describe(root: JsonSchema, error: ErrorObject): string {
  const where = fieldName(error.instancePath);
  switch (error.keyword) {
    case "additionalProperties":
    case "unevaluatedProperties": {
      const unknown = String(error.params.additionalProperty ?? error.params.unevaluatedProperty);
      const known = knownNames(schemaAt(root, error.schemaPath));
      const close = closest(unknown, known);
      const hint = close.length ? `; did you mean ${close.map((name) => `"${name}"`).join(" or ")}?` : known.length ? ` (known: ${known.slice(0, 12).join(", ")}${known.length > 12 ? ", …" : ""})` : " (it takes no fields)";
      return `unknown field "${where ? `${where}.` : ""}${unknown}"${hint}`;
    }
    case "required":
      return `missing ${where ? `${where}.` : ""}${String(error.params.missingProperty)}`;
    case "enum":
      return `${where || "the input"} must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return `${where || "the input"} ${error.message ?? "is not valid"}`;
  }
}

/** The field names an object schema lists, its variants' (oneOf…) included. */
function knownNames(schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  const variants = ["allOf", "anyOf", "oneOf"].flatMap((key) => (Array.isArray(schema[key]) ? (schema[key] as JsonSchema[]) : []));
  return [...new Set([...Object.keys((schema.properties ?? {}) as object), ...variants.flatMap((variant) => Object.keys((variant.properties ?? {}) as object))])];
}

/** "/settings/0/name" → "settings[0].name". */
function fieldName(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((name, part) => (/^\d+$/.test(part) ? `${name}[${part}]` : name ? `${name}.${part}` : part), "");
}

/** The schema object an error's schemaPath ("#/properties/a/additionalProperties") belongs to. */
function schemaAt(root: JsonSchema, schemaPath: string): JsonSchema | undefined {
  const parts = schemaPath.replace(/^#\/?/, "").split("/").slice(0, -1);
  let node: unknown = root;
  for (const part of parts) node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
  return node as JsonSchema | undefined;
}
