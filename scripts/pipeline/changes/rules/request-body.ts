import type { OperationRule } from "../document.js";
import { isObject, resolveRef, ruleSet, type Finding } from "../model.js";
import { diffContent } from "./content.js";

const { rules, finding } = ruleSet("Request bodies", {
  "request-body-added": ["info", "An optional request body added; calls without one still work."],
  "request-required-body-added": ["breaking", "A required request body added: calls without one are refused and stop compiling."],
  "request-body-removed": ["breaking", "The request body removed: callers still sending one are refused, and typed calls with `body` stop compiling."],
  "request-body-became-required": ["breaking", "The request body became required: calls without one are refused and stop compiling."],
  "request-body-became-optional": ["info", "The request body became optional; calls with one still work."],
});
export { rules };

export const diffRequestBody: OperationRule = (context, pair) => {
  const operation = pair.label;
  const location = "request body";
  const was = resolveRef(context.previous, pair.previous.op.requestBody, `${pair.previous.pointer}/requestBody`);
  const is = resolveRef(context.next, pair.next.op.requestBody, `${pair.next.pointer}/requestBody`);
  if (!isObject(was.node) && !isObject(is.node)) return [];
  if (!isObject(was.node)) {
    const required = (is.node as Record<string, any>).required === true;
    return [finding(required ? "request-required-body-added" : "request-body-added", { operation, location, detail: `added (${required ? "required" : "optional"})`, pointer: is.pointer })];
  }
  if (!isObject(is.node)) return [finding("request-body-removed", { operation, location, detail: "removed", pointer: pair.next.pointer })];
  const found: Finding[] = [];
  if (was.node.required !== true && is.node.required === true) found.push(finding("request-body-became-required", { operation, location, detail: "became required", pointer: is.pointer }));
  if (was.node.required === true && is.node.required !== true) found.push(finding("request-body-became-optional", { operation, location, detail: "became optional", pointer: is.pointer }));
  const place = { operation, direction: "request" as const, label: location, rootSuffix: "", pointers: { previous: was.pointer, next: is.pointer } };
  found.push(...diffContent(context, place, was.node.content ?? {}, is.node.content ?? {}));
  return found;
};
