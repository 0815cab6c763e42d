import type { CatalogOperation } from "../../src/core/catalog.js";
import { defaultEffect, type Effect } from "../../src/core/effects.js";
import type { OperationTable } from "../../src/core/operations.js";
import type { Paging } from "../../src/core/paging.js";

type Operation = CatalogOperation & { server?: string };

/**
 * The runtime table of a provider: what a call needs and the defaults do not say. Per-path servers
 * become the shortest path prefixes that pick them without ambiguity, so a hundred operations on
 * three hosts cost a handful of entries.
 */
export function runtimeTable(defaultServer: string, bound: Record<string, string>, operations: readonly Operation[]): OperationTable {
  const serverOf = (op: Operation) => op.server ?? defaultServer;
  const effects: Record<string, Effect> = {};
  const anonymous: string[] = [];
  const paging: Record<string, Paging> = {};
  for (const op of operations) {
    const key = `${op.method.toUpperCase()} ${op.path}`;
    if (op.effect !== defaultEffect(op.method)) effects[key] = op.effect;
    if (op.security.length === 0) anonymous.push(key);
    if (op.paging) paging[key] = op.paging;
  }
  return { server: defaultServer, servers: serverPrefixes(operations, serverOf, defaultServer), bound, effects, anonymous, paging };
}

function serverPrefixes(operations: readonly Operation[], serverOf: (op: Operation) => string, defaultServer: string): Record<string, string> {
  const prefixes: Record<string, string> = {};
  const segments = (path: string) => path.split("/").slice(1);
  const under = (prefix: string) => operations.filter((op) => op.path === prefix || op.path.startsWith(`${prefix}/`));
  for (const op of operations) {
    const server = serverOf(op);
    if (server === defaultServer) continue;
    const parts = segments(op.path);
    for (let length = 1; length <= parts.length; length++) {
      const prefix = `/${parts.slice(0, length).join("/")}`;
      // The shortest prefix under which every operation goes to this server (the full path always qualifies unless a sibling method differs).
      if (under(prefix).every((other) => serverOf(other) === server)) {
        prefixes[prefix] = server;
        break;
      }
    }
  }
  // Drop prefixes covered by a shorter one for the same server.
  for (const prefix of Object.keys(prefixes)) {
    if (Object.keys(prefixes).some((other) => other !== prefix && prefix.startsWith(`${other}/`) && prefixes[other] === prefixes[prefix])) delete prefixes[prefix];
  }
  return Object.fromEntries(Object.entries(prefixes).sort(([a], [b]) => a.localeCompare(b)));
}
