import type { Context, OperationEntry, OperationRule } from "../document.js";
import { defaultEffect } from "../../../../src/core/effects.js";
import { STABILITY as LEVELS } from "../../../lint-rules/x-stability.js";
import { ruleSet, showValue, type Finding } from "../model.js";

/*
 * Operations as a whole: added, removed, renamed (operationId), and their lifecycle: `deprecated`,
 * the `x-sunset` date (YYYY-MM-DD) announcing the removal, `x-stability` (draft < alpha < beta <
 * stable) and `x-effect` (read | idempotent | write).
 */

const { rules, finding } = ruleSet("Operations and lifecycle", {
  "operation-added": ["info", "A new operation; nothing that exists changes."],
  "operation-removed": ["breaking", "An operation removed without being deprecated first: calls fail and code naming its path stops compiling."],
  "operation-removed-before-sunset": ["breaking", "A deprecated operation removed before the x-sunset date it announced."],
  "deprecated-operation-removed": ["warning", "A deprecated operation removed on or after its x-sunset date (or deprecated with no date): announced, yet calls to it now fail."],
  "operation-id-changed": ["breaking", "operationId changed: it names the CLI command and the generated `operations` type."],
  "operation-deprecated": ["info", "An operation marked deprecated; it still works."],
  "operation-reactivated": ["info", "An operation is no longer deprecated."],
  "operation-sunset-earlier": ["warning", "A deprecated operation's x-sunset date was set or moved earlier: callers have less time to move."],
  "operation-sunset-later": ["info", "A deprecated operation's x-sunset date moved later or was dropped."],
  "operation-stability-decreased": ["warning", "x-stability lowered (stable → beta, beta → alpha…): the operation promises less from now on."],
  "operation-stability-increased": ["info", "x-stability raised (beta → stable…)."],
  "operation-effect-changed": ["warning", "x-effect changed between read, idempotent and write: retries and caches that relied on the old effect may now be wrong."],
});
export { rules };

/** The levels in order, as the x-stability lint rule allows them. */
const STABILITY: readonly string[] = LEVELS;
/** Levels that promise nothing: a break there is reported as a warning. */
export const UNSTABLE = new Set(["draft", "alpha"]);

export function stabilityOf(entry: OperationEntry): string | undefined {
  const value = entry.op["x-stability"] ?? entry.item["x-stability"];
  return typeof value === "string" ? value : undefined;
}

export function operationAdded(entry: OperationEntry, label: string): Finding {
  return finding("operation-added", { operation: label, location: "operation", detail: `added${idNote(entry)}`, pointer: entry.pointer });
}

/** Removal, judged by what the previous version announced. */
export function operationRemoved(context: Context, entry: OperationEntry, label: string): Finding {
  const fields = { operation: label, location: "operation", pointer: `/paths/${entry.pointer.split("/")[2]}` };
  const sunset = sunsetOf(entry);
  if (entry.op.deprecated !== true) return finding("operation-removed", { ...fields, detail: `removed${idNote(entry)}` });
  if (sunset && sunset > context.today) return finding("operation-removed-before-sunset", { ...fields, detail: `removed${idNote(entry)} before its sunset date ${sunset}` });
  return finding("deprecated-operation-removed", { ...fields, detail: `removed${idNote(entry)} after deprecation${sunset ? ` (sunset ${sunset})` : ""}` });
}

export const diffOperation: OperationRule = (_context, pair) => {
  const { previous, next, label } = pair;
  const at = { operation: label, location: "operation", pointer: next.pointer };
  const found: Finding[] = [];
  if (previous.op.operationId !== next.op.operationId) {
    found.push(finding("operation-id-changed", { ...at, detail: `operationId ${showValue(previous.op.operationId ?? "none")} → ${showValue(next.op.operationId ?? "none")}` }));
  }
  const wasDeprecated = previous.op.deprecated === true;
  const isDeprecated = next.op.deprecated === true;
  const sunset = sunsetOf(next);
  if (!wasDeprecated && isDeprecated) found.push(finding("operation-deprecated", { ...at, detail: `deprecated${sunset ? `, sunset ${sunset}` : ""}` }));
  if (wasDeprecated && !isDeprecated) found.push(finding("operation-reactivated", { ...at, detail: "no longer deprecated" }));
  const sunsetBefore = sunsetOf(previous);
  if (wasDeprecated && isDeprecated && sunsetBefore !== sunset) {
    const earlier = sunset !== undefined && (sunsetBefore === undefined || sunset < sunsetBefore);
    found.push(finding(earlier ? "operation-sunset-earlier" : "operation-sunset-later", { ...at, detail: `sunset ${sunsetBefore ?? "none"} → ${sunset ?? "none"}` }));
  }
  // What the operation promises and does, marked or not: no mark is stable, and the method's effect.
  const stabilityBefore = STABILITY.indexOf(stabilityOf(previous) ?? "stable");
  const stabilityAfter = STABILITY.indexOf(stabilityOf(next) ?? "stable");
  if (stabilityBefore !== -1 && stabilityAfter !== -1 && stabilityBefore !== stabilityAfter) {
    const detail = `x-stability ${STABILITY[stabilityBefore]} → ${STABILITY[stabilityAfter]}`;
    found.push(finding(stabilityAfter < stabilityBefore ? "operation-stability-decreased" : "operation-stability-increased", { ...at, detail }));
  }
  const method = label.slice(0, label.indexOf(" "));
  const effectBefore = effectOf(previous, method);
  const effectAfter = effectOf(next, method);
  if (effectBefore !== effectAfter) {
    found.push(finding("operation-effect-changed", { ...at, detail: `x-effect ${effectBefore} → ${effectAfter}${typeof next.op["x-effect"] === "string" ? "" : " (the method's default)"}` }));
  }
  return found;
};

/** The operation's x-effect, or its method's default effect when it has none. */
function effectOf(entry: OperationEntry, method: string): string {
  const marked = entry.op["x-effect"];
  return typeof marked === "string" ? marked : defaultEffect(method);
}

/** The date part of `x-sunset` (a date or a date-time); dates compare as text. */
function sunsetOf(entry: OperationEntry): string | undefined {
  const value = entry.op["x-sunset"];
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

function idNote(entry: OperationEntry): string {
  return typeof entry.op.operationId === "string" ? ` (\`${entry.op.operationId}\`)` : "";
}
