import type { Context, OperationPair } from "../document.js";
import { isObject, ruleSet, sortedUnion, type Finding } from "../model.js";

/*
 * Servers: the client's default base URL is the first server of the document (or of the path or
 * operation, which override it). Compared once for the document, and per operation only where a
 * path or operation declares its own.
 */

const { rules, finding } = ruleSet("Security and servers", {
  "server-added": ["info", "Another server listed; the others still are."],
  "server-removed": ["warning", "A server no longer listed: callers configured with its URL may stop working."],
  "default-server-changed": ["warning", "The first server changed: clients without an explicit baseUrl now call another host or base path."],
});
export { rules };

export function diffServers(context: Context, pairs: readonly OperationPair[]): Finding[] {
  const found = compareServers(urlsOf(context.previous.servers), urlsOf(context.next.servers), { location: "servers", pointer: "/servers" });
  for (const pair of pairs) {
    if (!pair.previous || !pair.next) continue;
    const own = (entry: NonNullable<OperationPair["next"]>) => entry.op.servers ?? entry.item.servers;
    if (!own(pair.previous) && !own(pair.next)) continue;
    const effective = (doc: Record<string, any>, entry: NonNullable<OperationPair["next"]>) => urlsOf(own(entry) ?? doc.servers);
    found.push(...compareServers(effective(context.previous, pair.previous), effective(context.next, pair.next), { operation: pair.label, location: "servers", pointer: pair.next.pointer }));
  }
  return found;
}

function compareServers(before: string[], after: string[], at: Omit<Finding, "rule" | "level" | "detail">): Finding[] {
  const found: Finding[] = [];
  // One server replaced by another (http → https, say) is one change of the default, not three.
  const replaced = before[0] !== undefined && after[0] !== undefined && before[0] !== after[0];
  if (replaced) found.push(finding("default-server-changed", { ...at, detail: `\`${before[0]}\` → \`${after[0]}\`` }));
  for (const url of sortedUnion(before, after)) {
    if (!before.includes(url) && !(replaced && url === after[0])) found.push(finding("server-added", { ...at, detail: `\`${url}\` added` }));
    else if (!after.includes(url) && !(replaced && url === before[0])) found.push(finding("server-removed", { ...at, detail: `\`${url}\` removed` }));
  }
  return found;
}

function urlsOf(servers: unknown): string[] {
  return Array.isArray(servers) ? servers.filter(isObject).map((s) => String(s.url)) : [];
}
