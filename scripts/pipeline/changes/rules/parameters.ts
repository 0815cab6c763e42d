import { pathParameterNames, type Context, type OperationEntry, type OperationRule } from "../document.js";
import { isObject, pointerSegment, resolveRef, ruleSet, showValue, sortedUnion, type Finding } from "../model.js";
import { schemaFinding } from "../schema/walk.js";

/*
 * Parameters, path-level and the operation's own (which override them), matched by location and
 * name (header names ignore case). Their schemas go through the schema differ as
 * `request-parameter-…` rules.
 */

const { rules, finding } = ruleSet("Parameters", {
  "request-parameter-added": ["info", "An optional parameter added; calls without it still work."],
  "request-required-parameter-added": ["breaking", "A required parameter added: calls without it are refused and stop compiling."],
  "request-parameter-removed": ["breaking", "A parameter removed: callers passing it are refused or silently ignored, and typed calls with it stop compiling."],
  "request-parameter-became-required": ["breaking", "A parameter became required: calls without it are refused and stop compiling."],
  "request-parameter-became-optional": ["info", "A parameter became optional; calls with it still work."],
  "request-parameter-location-changed": ["breaking", "A parameter moved between query, header, path and cookie: callers send it where it is no longer read."],
  "request-parameter-style-changed": ["breaking", "A parameter's style changed (form, simple, pipeDelimited…): the same value goes on the wire differently."],
  "request-parameter-explode-changed": ["breaking", "A parameter's explode changed: arrays and objects go on the wire differently."],
  "request-parameter-media-type-changed": ["breaking", "A parameter described by `content` changed media type: its value is encoded differently."],
  "request-path-parameter-renamed": ["warning", "A path parameter renamed (`/a/{id}` → `/a/{key}`): the same operation on the wire, but the typed client's path and `params.path` names change (the type check reports what stops compiling)."],
});
export { rules };

interface Parameter {
  value: Record<string, any>;
  pointer: string;
  /** Its name in the next version (a renamed path parameter's new name). */
  name: string;
}

export const diffParameters: OperationRule = (context, pair) => {
  const { label } = pair;
  const renames = renamedPathParameters(pair.previous.path, pair.next.path);
  const before = parametersOf(context.previous, pair.previous, renames);
  const after = parametersOf(context.next, pair.next, new Map());
  const found: Finding[] = [];
  for (const [from, to] of renames) {
    found.push(finding("request-path-parameter-renamed", { operation: label, location: `path parameter \`${to}\``, detail: `renamed from \`${from}\` (path ${pair.previous.path} → ${pair.next.path})`, pointer: pair.next.pointer }));
  }
  const moved = movedParameters(before, after);
  for (const key of sortedUnion(before.keys(), after.keys())) {
    const was = before.get(key);
    const is = after.get(key);
    if (was && !is && moved.has(key)) {
      const target = moved.get(key)!;
      found.push(finding("request-parameter-location-changed", { operation: label, location: describe(was), detail: `moved to ${target.value.in}`, pointer: target.pointer }));
    } else if (!was && is && ![...moved.values()].includes(is)) {
      const required = is.value.required === true;
      found.push(finding(required ? "request-required-parameter-added" : "request-parameter-added", { operation: label, location: describe(is), detail: `added (${required ? "required" : "optional"})`, pointer: is.pointer }));
    } else if (was && !is) {
      found.push(finding("request-parameter-removed", { operation: label, location: describe(was), detail: "removed", pointer: pair.next.pointer }));
    } else if (was && is) {
      found.push(...compareParameter(context, label, was, is));
    }
  }
  return found;
};

function compareParameter(context: Context, operation: string, was: Parameter, is: Parameter): Finding[] {
  const location = describe(is);
  const at = { operation, location, pointer: is.pointer };
  const found: Finding[] = [];
  if (was.value.required !== true && is.value.required === true) found.push(finding("request-parameter-became-required", { ...at, detail: "became required" }));
  if (was.value.required === true && is.value.required !== true) found.push(finding("request-parameter-became-optional", { ...at, detail: "became optional" }));
  const styleBefore = styleOf(was.value);
  const styleAfter = styleOf(is.value);
  if (styleBefore !== styleAfter) found.push(finding("request-parameter-style-changed", { ...at, detail: `style ${styleBefore} → ${styleAfter}` }));
  else if (explodeOf(was.value) !== explodeOf(is.value)) found.push(finding("request-parameter-explode-changed", { ...at, detail: `explode ${explodeOf(was.value)} → ${explodeOf(is.value)}` }));
  if (was.value.deprecated !== true && is.value.deprecated === true) found.push(schemaFinding("request-parameter", "deprecated", { ...at, detail: "deprecated" }));
  const schemaBefore = schemaOf(was);
  const schemaAfter = schemaOf(is);
  if (schemaBefore.mediaType !== schemaAfter.mediaType) {
    found.push(finding("request-parameter-media-type-changed", { ...at, detail: `media type ${showValue(schemaBefore.mediaType ?? "none")} → ${showValue(schemaAfter.mediaType ?? "none")}` }));
  }
  const place = { operation, scope: "request-parameter" as const, rootLabel: location, fieldPrefix: location, at: { previous: schemaBefore.pointer, next: schemaAfter.pointer } };
  found.push(...context.schemas(place, schemaBefore.schema, schemaAfter.schema));
  return found;
}

/** Path-level parameters, overridden by the operation's own; keyed by location and next-version name. */
function parametersOf(doc: Record<string, any>, entry: OperationEntry, renames: ReadonlyMap<string, string>): Map<string, Parameter> {
  const parameters = new Map<string, Parameter>();
  const itemPointer = entry.pointer.slice(0, entry.pointer.lastIndexOf("/"));
  const lists: [unknown, string][] = [
    [entry.item.parameters, `${itemPointer}/parameters`],
    [entry.op.parameters, `${entry.pointer}/parameters`],
  ];
  for (const [list, base] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, i) => {
      const { node, pointer } = resolveRef(doc, raw, `${base}/${i}`);
      if (!isObject(node) || typeof node.name !== "string" || typeof node.in !== "string") return;
      const name = node.in === "path" ? (renames.get(node.name) ?? node.name) : node.name;
      parameters.set(keyOf(node.in, name), { value: node, pointer, name });
    });
  }
  return parameters;
}

function keyOf(location: string, name: string): string {
  return `${location} ${location === "header" ? name.toLowerCase() : name}`;
}

/** A parameter that left one location and appeared in another under the same name moved. */
function movedParameters(before: Map<string, Parameter>, after: Map<string, Parameter>): Map<string, Parameter> {
  const moved = new Map<string, Parameter>();
  for (const [key, was] of before) {
    if (after.has(key)) continue;
    const target = [...after.entries()].find(([k, is]) => !before.has(k) && is.name.toLowerCase() === was.name.toLowerCase());
    if (target) moved.set(key, target[1]);
  }
  return moved;
}

/** Old name → new name of path parameters whose position in the template stayed and whose name changed. */
function renamedPathParameters(previousPath: string, nextPath: string): Map<string, string> {
  const before = pathParameterNames(previousPath);
  const after = pathParameterNames(nextPath);
  return new Map(before.map((name, i) => [name, after[i]!] as const).filter(([from, to]) => to !== undefined && from !== to));
}

function describe(parameter: Parameter): string {
  return `${parameter.value.in} parameter \`${parameter.name}\``;
}

/** The defaults OpenAPI gives: form for query and cookie, simple for path and header; explode only for form. */
function styleOf(parameter: Record<string, any>): string {
  return typeof parameter.style === "string" ? parameter.style : parameter.in === "query" || parameter.in === "cookie" ? "form" : "simple";
}

function explodeOf(parameter: Record<string, any>): boolean {
  return typeof parameter.explode === "boolean" ? parameter.explode : styleOf(parameter) === "form";
}

function schemaOf(parameter: Parameter): { schema: unknown; pointer: string; mediaType?: string } {
  if (parameter.value.schema !== undefined) return { schema: parameter.value.schema, pointer: `${parameter.pointer}/schema` };
  const [mediaType, content] = Object.entries<any>(isObject(parameter.value.content) ? parameter.value.content : {})[0] ?? [];
  return mediaType ? { schema: content?.schema, pointer: `${parameter.pointer}/content/${pointerSegment(mediaType)}/schema`, mediaType } : { schema: undefined, pointer: parameter.pointer };
}
