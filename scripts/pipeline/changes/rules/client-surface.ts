import { isDeepStrictEqual } from "node:util";
import type { Context, OperationRule } from "../document.js";
import { isObject, ruleSet, showValue, sortedUnion, type Finding } from "../model.js";

/*
 * The extensions the generated client is made from, so a change to them changes what users'
 * code compiles against: `info.x-client-name` (the factory's and types' names),
 * `info.x-client-bound-parameters` (path parameters the client fills in), `x-error-codes` (the
 * named error-code constants) and an operation's `x-paging` (its `paginate()` and `--all`).
 */

const { rules, finding } = ruleSet("Client surface", {
  "client-name-changed": ["breaking", "x-client-name changed: the factory, its options type and the error-code constants are renamed."],
  "bound-parameters-changed": ["breaking", "x-client-bound-parameters changed: callers must now pass a path parameter the client filled in, or may no longer pass one."],
  "error-code-removed": ["breaking", "An entry of x-error-codes removed or renamed: code that names its constant no longer compiles."],
  "error-code-added": ["info", "A new entry in x-error-codes: one more named constant."],
  "paging-removed": ["breaking", "x-paging removed from an operation: its paginate() call no longer compiles and --all stops working."],
  "paging-added": ["info", "x-paging added: the operation can be walked with paginate() and --all."],
  "paging-changed": ["warning", "x-paging changed (style, parameter, items…): the pages walked or the items yielded may differ."],
});
export { rules };

export function diffClientSurface(context: Context): Finding[] {
  const found: Finding[] = [];
  const infoBefore = isObject(context.previous.info) ? context.previous.info : {};
  const infoAfter = isObject(context.next.info) ? context.next.info : {};
  const nameBefore = infoBefore["x-client-name"];
  const nameAfter = infoAfter["x-client-name"];
  if (nameBefore !== undefined && nameBefore !== nameAfter) {
    found.push(finding("client-name-changed", { location: "info", pointer: "/info/x-client-name", detail: `${showValue(nameBefore)} → ${showValue(nameAfter ?? "none")}` }));
  }
  const boundBefore = infoBefore["x-client-bound-parameters"] ?? {};
  const boundAfter = infoAfter["x-client-bound-parameters"] ?? {};
  if (!isDeepStrictEqual(boundBefore, boundAfter)) {
    found.push(finding("bound-parameters-changed", { location: "info", pointer: "/info/x-client-bound-parameters", detail: `${showValue(boundBefore)} → ${showValue(boundAfter)}` }));
  }
  const codesBefore = errorCodeNames(context.previous);
  const codesAfter = errorCodeNames(context.next);
  for (const name of sortedUnion([...codesBefore], [...codesAfter])) {
    if (!codesAfter.has(name)) found.push(finding("error-code-removed", { location: "x-error-codes", pointer: "/x-error-codes", detail: `\`${name}\` removed` }));
    else if (!codesBefore.has(name)) found.push(finding("error-code-added", { location: "x-error-codes", pointer: "/x-error-codes", detail: `\`${name}\` added` }));
  }
  return found;
}

export const diffPaging: OperationRule = (_context, { previous, next, label }) => {
  const before = previous.op["x-paging"];
  const after = next.op["x-paging"];
  const at = { operation: label, location: "x-paging", pointer: next.pointer };
  if (before !== undefined && after === undefined) return [finding("paging-removed", { ...at, detail: "removed" })];
  if (before === undefined && after !== undefined) return [finding("paging-added", { ...at, detail: "added" })];
  if (before !== undefined && !isDeepStrictEqual(before, after)) return [finding("paging-changed", { ...at, detail: `${showValue(before)} → ${showValue(after)}` })];
  return [];
};

function errorCodeNames(document: Record<string, unknown>): Set<string> {
  const codes = document["x-error-codes"];
  return new Set(Array.isArray(codes) ? codes.filter(isObject).map((entry) => String(entry.name)) : []);
}
