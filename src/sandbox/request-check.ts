// A request against its operation in the spec, as a validating mock (Prism) checks it: path and query
// parameters (text read as numbers where the schema says so) and the JSON body. Each emulator turns
// the first problem into its provider's documented error, naming the field.
import type { Route } from "./routes.js";
import { deref, specPointer, type Spec } from "./spec.js";
import type { Validator } from "./validator.js";

export interface Problem {
  in: "path" | "query" | "body";
  /** The parameter's name, or "body". */
  name: string;
  /** missing: a required parameter or body is absent; undeclared: the operation has no such parameter. */
  kind: "missing" | "invalid" | "undeclared";
  /** e.g. `limit must be integer`, `body/name must be string`. */
  message: string;
}

interface Declared {
  name: string;
  in: string;
  required?: boolean;
  schema?: unknown;
  pointer: string;
}

/** The operation's path and query parameters (path-level ones first), each with a pointer to its schema. */
export function declaredParameters(spec: Spec, route: Route): Declared[] {
  const method = route.method.toLowerCase();
  const list = (items: unknown[] | undefined, ...at: string[]) =>
    (items ?? []).map((reference, i) => ({ ...deref(spec, reference), pointer: specPointer(spec, ["paths", route.path, ...at, "parameters", String(i), "schema"]) }));
  return [...list(route.pathItem.parameters), ...list(route.operation.parameters, method)];
}

/**
 * Path and query parameters against their schemas. With `undeclared: true` a query parameter the
 * operation does not declare is a problem too (APIs that refuse unknown parameters).
 */
export function checkParameters(
  spec: Spec,
  validator: Validator,
  route: Route,
  given: { path?: Record<string, string>; query?: Record<string, string> },
  options: { undeclared?: boolean } = {},
): Problem | undefined {
  const declared = declaredParameters(spec, route).filter((p) => p.in === "path" || p.in === "query");
  if (options.undeclared) {
    const unknown = Object.keys(given.query ?? {}).find((name) => !declared.some((p) => p.in === "query" && p.name === name));
    if (unknown !== undefined) return { in: "query", name: unknown, kind: "undeclared", message: `${unknown} is not a parameter of this operation` };
  }
  for (const parameter of declared) {
    const where = parameter.in as "path" | "query";
    const values = given[where] ?? {};
    const text = Object.hasOwn(values, parameter.name) ? values[parameter.name] : undefined;
    if (text === undefined) {
      if (parameter.required) return { in: where, name: parameter.name, kind: "missing", message: `${parameter.name} is required` };
      continue;
    }
    const invalid = validator.check(parameter.pointer, coerce(deref(spec, parameter.schema), text));
    if (invalid) return { in: where, name: parameter.name, kind: "invalid", message: `${parameter.name} ${invalid.replace(/^\(root\) /, "")}` };
  }
  return undefined;
}

/** A body against the operation's request schema for `mediaType`; `undefined` is a missing body. */
export function checkBody(spec: Spec, validator: Validator, route: Route, body: unknown, mediaType = "application/json"): Problem | undefined {
  const requestBody = deref(spec, route.operation.requestBody);
  if (!requestBody) return undefined;
  if (body === undefined) return requestBody.required ? { in: "body", name: "body", kind: "missing", message: "a request body is required" } : undefined;
  if (!deref(spec, requestBody.content)?.[mediaType]) return undefined;
  const pointer = specPointer(spec, ["paths", route.path, route.method.toLowerCase(), "requestBody", "content", mediaType, "schema"]);
  const invalid = validator.check(pointer, body);
  return invalid ? { in: "body", name: "body", kind: "invalid", message: `body${invalid.replace(/^\(root\)/, "")}` } : undefined;
}

/** Query values are text; a parameter whose schema is a number reads digits as a number. */
function coerce(schema: any, text: string): unknown {
  const types = [schema?.type].flat();
  return (types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}
