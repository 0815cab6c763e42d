import type { Context, OperationRule } from "../document.js";
import { compareText, isObject, pointerSegment, ruleSet, sortedUnion, type Finding } from "../model.js";
import { DOC_KEYS } from "../schema/normalize.js";

/*
 * Security requirements are alternatives (a list: any one will do) of scheme sets (an object: all
 * of them, each with its scopes). What breaks callers is losing the alternative they use: anonymous
 * access now needing credentials, a scheme added to an alternative, a scope required. The
 * requirement is the operation's `security`, else the document's.
 */

const { rules, finding } = ruleSet("Security and servers", {
  "security-requirement-removed": ["breaking", "A way to authenticate that worked (or anonymous access) is no longer accepted."],
  "security-requirement-added": ["info", "Another way to authenticate (or anonymous access) is accepted; the old ones still are."],
  "security-scope-added": ["breaking", "An alternative needs another OAuth/OpenID scope: tokens without it are refused."],
  "security-scope-removed": ["info", "An alternative needs one scope fewer; tokens with it still work."],
  "security-scheme-changed": ["breaking", "A security scheme in use changed how credentials are sent (type, in, name, scheme, flows…)."],
});
export { rules };

type Requirement = Record<string, string[]>;

export const diffSecurity: OperationRule = (context, pair) => {
  const before = requirementsOf(context.previous, pair.previous.op);
  const after = requirementsOf(context.next, pair.next.op);
  const at = { operation: pair.label, location: "security", pointer: pair.next.op.security ? `${pair.next.pointer}/security` : "/security" };
  const found: Finding[] = [];
  const afterKeys = new Map(after.map((r) => [keyOf(r), r]));
  const beforeKeys = new Set(before.map(keyOf));
  for (const requirement of before) {
    const same = afterKeys.get(keyOf(requirement));
    if (same) {
      for (const scheme of Object.keys(requirement).sort(compareText)) {
        const had = new Set(requirement[scheme]);
        const has = new Set(same[scheme]);
        for (const scope of [...has].filter((s) => !had.has(s)).sort(compareText)) found.push(finding("security-scope-added", { ...at, detail: `\`${scheme}\` needs scope \`${scope}\`` }));
        for (const scope of [...had].filter((s) => !has.has(s)).sort(compareText)) found.push(finding("security-scope-removed", { ...at, detail: `\`${scheme}\` no longer needs scope \`${scope}\`` }));
      }
    } else if (!after.some((r) => satisfiedBy(requirement, r))) {
      found.push(finding("security-requirement-removed", { ...at, detail: `${describe(requirement)} no longer accepted${after.length ? `; now ${after.map(describe).join(" or ")}` : ""}` }));
    }
  }
  for (const requirement of after) {
    if (!beforeKeys.has(keyOf(requirement))) found.push(finding("security-requirement-added", { ...at, detail: `${describe(requirement)} accepted` }));
  }
  return found;
};

/** Schemes used by operations of both versions whose definition changed: once per document. */
export function diffSecuritySchemes(context: Context, used: Iterable<string>): Finding[] {
  const before = context.previous.components?.securitySchemes ?? {};
  const after = context.next.components?.securitySchemes ?? {};
  const found: Finding[] = [];
  for (const name of sortedUnion(used, [])) {
    if (!isObject(before[name]) || !isObject(after[name])) continue;
    const changed = sortedUnion(Object.keys(before[name]), Object.keys(after[name])).filter((key) => !DOC_KEYS.has(key) && JSON.stringify(before[name][key]) !== JSON.stringify(after[name][key]));
    if (changed.length) {
      found.push(finding("security-scheme-changed", { location: `security scheme \`${name}\``, detail: `${changed.join(", ")} changed`, pointer: `/components/securitySchemes/${pointerSegment(name)}` }));
    }
  }
  return found;
}

/** The schemes an operation may use in a version. */
export function schemesOf(doc: Record<string, any>, op: Record<string, any>): string[] {
  return requirementsOf(doc, op).flatMap((r) => Object.keys(r));
}

/** No requirement at all means anonymous access: one empty alternative. */
function requirementsOf(doc: Record<string, any>, op: Record<string, any>): Requirement[] {
  const list: unknown = op.security ?? doc.security;
  if (!Array.isArray(list) || !list.length) return [{}];
  return list.filter(isObject).map((r) => Object.fromEntries(Object.entries(r).map(([scheme, scopes]) => [scheme, Array.isArray(scopes) ? scopes.map(String) : []])));
}

function keyOf(requirement: Requirement): string {
  return Object.keys(requirement).sort(compareText).join(" + ");
}

/** Whether credentials for `old` also satisfy `candidate`: it asks for no other scheme and no other scope. */
function satisfiedBy(old: Requirement, candidate: Requirement): boolean {
  return Object.entries(candidate).every(([scheme, scopes]) => Object.hasOwn(old, scheme) && scopes.every((s) => old[scheme]!.includes(s)));
}

function describe(requirement: Requirement): string {
  const schemes = Object.keys(requirement).sort(compareText);
  return schemes.length ? schemes.map((s) => `\`${s}\``).join(" + ") : "anonymous access";
}
