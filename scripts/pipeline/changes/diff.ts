import { isDeepStrictEqual } from "node:util";
import { matchOperations, type Context, type OpenApiDocument, type OperationRule } from "./document.js";
import { compareText, ruleSet, type Finding } from "./model.js";
import { diffClientSurface, diffPaging } from "./rules/client-surface.js";
import { diffOperation, operationAdded, operationRemoved, stabilityOf, UNSTABLE } from "./rules/operations.js";
import { diffParameters } from "./rules/parameters.js";
import { diffRequestBody } from "./rules/request-body.js";
import { diffResponses } from "./rules/responses.js";
import { diffSecurity, diffSecuritySchemes, schemesOf } from "./rules/security.js";
import { diffServers } from "./rules/servers.js";
import { schemaDiffer } from "./schema/walk.js";

/*
 * What changed between two bundled versions of a provider's spec. Each area is one file under
 * rules/ (its rule ids, levels and explanations beside the code that raises them); schemas go
 * through schema/, once per place they sit. docs/change-rules.md lists every rule.
 */

const { rules, finding } = ruleSet("Document", {
  "provider-added": ["info", "A new provider: a new package subpath."],
  "provider-removed": ["breaking", "A provider removed: its package subpath and CLI commands are gone."],
  "details-changed": ["info", "The documents differ only in what no rule looks at: descriptions, examples, unused components (a patch)."],
});
export { rules };

export interface DiffOptions {
  /** YYYY-MM-DD to read x-sunset dates against; default today (UTC). */
  today?: string;
}

const PER_OPERATION: OperationRule[] = [diffOperation, diffParameters, diffRequestBody, diffResponses, diffSecurity, diffPaging];

/** Every change from `previous` to `next`, sorted. No `previous` means a new provider. */
export function diffSpecs(previous: OpenApiDocument | undefined, next: OpenApiDocument, options: DiffOptions = {}): Finding[] {
  const documents = { previous: previous ?? {}, next };
  const context: Context = { ...documents, schemas: schemaDiffer(documents), today: options.today ?? new Date().toISOString().slice(0, 10) };
  const pairs = matchOperations(context.previous, next);
  const findings: Finding[] = [];
  if (!previous) findings.push(finding("provider-added", { location: "new provider", detail: `with ${pairs.length} operation${pairs.length === 1 ? "" : "s"}` }));
  const schemesInUse = new Set<string>();
  for (const pair of pairs) {
    if (!pair.previous) findings.push(operationAdded(pair.next!, pair.label));
    else if (!pair.next) findings.push(capUnstable(operationRemoved(context, pair.previous, pair.label), stabilityOf(pair.previous)));
    else {
      const both = pair as Required<typeof pair>;
      const stability = stabilityOf(pair.previous);
      for (const rule of PER_OPERATION) findings.push(...rule(context, both).map((f) => capUnstable(f, stability)));
      for (const scheme of schemesOf(context.previous, pair.previous.op)) if (schemesOf(next, pair.next.op).includes(scheme)) schemesInUse.add(scheme);
    }
  }
  if (previous) findings.push(...diffServers(context, pairs), ...diffSecuritySchemes(context, schemesInUse), ...diffClientSurface(context));
  if (previous && !findings.length && !isDeepStrictEqual(previous, next)) {
    findings.push(finding("details-changed", { location: "descriptions, examples or other details", detail: "changed" }));
  }
  return findings.sort(compareFindings);
}

/** A provider dropped from redocly.yaml: its package subpath disappears. */
export function providerRemoved(provider: string): Finding {
  return finding("provider-removed", { location: "provider", detail: `removed (the \`specfirst/${provider}\` subpath is gone)` });
}

/** An operation at x-stability draft or alpha promised nothing: its breaks are warnings. */
export function capUnstable(found: Finding, stability: string | undefined): Finding {
  if (!stability || !UNSTABLE.has(stability)) return found;
  return { ...found, unstable: stability, ...(found.level === "breaking" ? { level: "warning" } : {}) };
}

/**
 * Whole-document changes first, then by path and method (so an endpoint's methods sit
 * together), then operation, parameters, request body, responses, then location and detail.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(operationKey(a.operation), operationKey(b.operation)) ||
    section(a.location) - section(b.location) ||
    compareText(locationKey(a.location), locationKey(b.location)) ||
    compareText(a.rule, b.rule) ||
    compareText(a.detail, b.detail)
  );
}

function operationKey(operation: string | undefined): string {
  if (!operation) return "";
  const space = operation.indexOf(" ");
  return `${operation.slice(space + 1)}\u0000${operation.slice(0, space)}`;
}

function section(location: string): number {
  if (location === "operation") return 0;
  if (location.startsWith("request body")) return 2;
  if (location.startsWith("response ")) return 3;
  if (location.startsWith("types: ")) return 5;
  if (location === "security" || location === "servers") return 4;
  return 1;
}

/** The closing backtick sorts lowest, so a field comes before its children (`a` before `a.b`, `items` before `items[]`). */
function locationKey(location: string): string {
  return location.replaceAll("`", "\u0000");
}
