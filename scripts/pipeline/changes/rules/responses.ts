import type { Context, OperationRule } from "../document.js";
import { isObject, pointerSegment, resolveRef, ruleSet, sortedUnion, type Finding } from "../model.js";
import { schemaFinding } from "../schema/walk.js";
import { diffContent } from "./content.js";

/*
 * Responses by status, their headers and their bodies. Callers' success handling is typed from the
 * 2xx responses, so losing one breaks them; error statuses (and `default`) they handle in general.
 */

const { rules, finding } = ruleSet("Responses and headers", {
  "response-success-status-added": ["info", "A new 2xx status (the type check reports it when the typed result changes)."],
  "response-success-status-removed": ["breaking", "A 2xx status removed: callers handling it get something else."],
  "response-error-status-added": ["info", "A new error status documented; callers handle errors in general."],
  "response-error-status-removed": ["info", "An error status no longer documented."],
  "response-header-added": ["info", "A response header added; callers ignoring it are unaffected."],
  "response-required-header-removed": ["breaking", "A required response header removed: code reading it gets nothing."],
  "response-header-removed": ["warning", "An optional response header removed: code reading it now always gets nothing."],
  "response-header-became-optional": ["breaking", "A response header became optional: code relying on it may get nothing."],
  "response-header-became-required": ["info", "A response header became required; code reading it gets it more often."],
});
export { rules };

export const diffResponses: OperationRule = (context, pair) => {
  const operation = pair.label;
  const before: Record<string, unknown> = pair.previous.op.responses ?? {};
  const after: Record<string, unknown> = pair.next.op.responses ?? {};
  const found: Finding[] = [];
  for (const status of sortedUnion(Object.keys(before), Object.keys(after))) {
    const success = /^2/.test(status);
    const location = `response ${status}`;
    const was = resolveRef(context.previous, before[status], `${pair.previous.pointer}/responses/${pointerSegment(status)}`);
    const is = resolveRef(context.next, after[status], `${pair.next.pointer}/responses/${pointerSegment(status)}`);
    if (!isObject(was.node)) found.push(finding(success ? "response-success-status-added" : "response-error-status-added", { operation, location, detail: "added", pointer: is.pointer }));
    else if (!isObject(is.node)) found.push(finding(success ? "response-success-status-removed" : "response-error-status-removed", { operation, location, detail: "removed", pointer: pair.next.pointer }));
    else {
      const pointers = { previous: was.pointer, next: is.pointer };
      found.push(...diffHeaders(context, operation, location, pointers, was.node.headers ?? {}, is.node.headers ?? {}));
      found.push(...diffContent(context, { operation, direction: "response", label: location, rootSuffix: " body", pointers }, was.node.content ?? {}, is.node.content ?? {}));
    }
  }
  return found;
};

function diffHeaders(context: Context, operation: string, status: string, pointers: { previous: string; next: string }, before: Record<string, unknown>, after: Record<string, unknown>): Finding[] {
  // Header names ignore case; Content-Type is described by the media types instead.
  const byName = (headers: Record<string, unknown>) => new Map(Object.entries(headers).filter(([name]) => name.toLowerCase() !== "content-type").map(([name, header]) => [name.toLowerCase(), { name, header }]));
  const was = byName(before);
  const is = byName(after);
  const found: Finding[] = [];
  for (const key of sortedUnion(was.keys(), is.keys())) {
    const name = (is.get(key) ?? was.get(key))!.name;
    const location = `${status} header \`${name}\``;
    const old = was.get(key) && resolveRef(context.previous, was.get(key)!.header, `${pointers.previous}/headers/${pointerSegment(was.get(key)!.name)}`);
    const current = is.get(key) && resolveRef(context.next, is.get(key)!.header, `${pointers.next}/headers/${pointerSegment(name)}`);
    const header = (side: typeof old) => (isObject(side?.node) ? side.node : undefined);
    const oldHeader = header(old);
    const newHeader = header(current);
    if (!oldHeader && newHeader) found.push(finding("response-header-added", { operation, location, detail: "added", pointer: current!.pointer }));
    else if (oldHeader && !newHeader) found.push(finding(oldHeader.required === true ? "response-required-header-removed" : "response-header-removed", { operation, location, detail: "removed", pointer: pointers.next }));
    else if (oldHeader && newHeader) {
      const at = { operation, location, pointer: current!.pointer };
      if (oldHeader.required === true && newHeader.required !== true) found.push(finding("response-header-became-optional", { ...at, detail: "became optional" }));
      if (oldHeader.required !== true && newHeader.required === true) found.push(finding("response-header-became-required", { ...at, detail: "became required" }));
      if (oldHeader.deprecated !== true && newHeader.deprecated === true) found.push(schemaFinding("response-header", "deprecated", { ...at, detail: "deprecated" }));
      const place = { operation, scope: "response-header" as const, rootLabel: location, fieldPrefix: location, at: { previous: `${old!.pointer}/schema`, next: `${current!.pointer}/schema` } };
      found.push(...context.schemas(place, oldHeader.schema, newHeader.schema));
    }
  }
  return found;
}
