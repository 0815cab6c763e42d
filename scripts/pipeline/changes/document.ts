import type { Finding } from "./model.js";
import { compareText, isObject, pointerSegment, resolveRef } from "./model.js";
import type { SchemaDiffer } from "./schema/walk.js";

/*
 * The two documents a rule file compares, and the operations matched between them. Operations are
 * matched by method and path template: `/a/{id}` and `/a/{key}` are one operation whose path
 * parameter was renamed, not one removed and one added.
 */

export type OpenApiDocument = Record<string, any>;

export interface Context {
  previous: OpenApiDocument;
  next: OpenApiDocument;
  /** One schema comparer for all operations: it remembers shared schemas. */
  schemas: SchemaDiffer;
  /** YYYY-MM-DD, to read x-sunset dates against. */
  today: string;
}

export interface OperationEntry {
  path: string;
  method: string;
  /** The path item (with its parameters and servers) and the operation object. */
  item: Record<string, any>;
  op: Record<string, any>;
  pointer: string;
}

export interface OperationPair {
  /** "GET /a/{key}": method in capitals, then the path as the new version writes it. */
  label: string;
  previous?: OperationEntry;
  next?: OperationEntry;
}

export const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export function operationsOf(doc: OpenApiDocument): OperationEntry[] {
  const operations: OperationEntry[] = [];
  for (const [path, rawItem] of Object.entries<unknown>(doc.paths ?? {})) {
    const { node: item, pointer } = resolveRef(doc, rawItem, `/paths/${pointerSegment(path)}`);
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      if (isObject(item[method])) operations.push({ path, method, item, op: item[method], pointer: `${pointer}/${method}` });
    }
  }
  return operations;
}

/** `/a/{id}/b` → `/a/{}/b`: what identifies an operation on the wire. */
function template(path: string): string {
  return path.replace(/\{[^}]*\}/g, "{}");
}

/** Every operation of either version, paired by method and path template, sorted by path then method. */
export function matchOperations(previous: OpenApiDocument, next: OpenApiDocument): OperationPair[] {
  const before = operationsOf(previous);
  const after = operationsOf(next);
  // Two paths with one template in the same version (invalid, but seen) are matched by their exact text.
  const key = (entry: OperationEntry, all: OperationEntry[]) => {
    const shared = all.filter((e) => e.method === entry.method && template(e.path) === template(entry.path)).length > 1;
    return `${entry.method} ${shared ? entry.path : template(entry.path)}`;
  };
  const pairs = new Map<string, { previous?: OperationEntry; next?: OperationEntry }>();
  for (const entry of before) pairs.set(key(entry, before), { previous: entry });
  for (const entry of after) {
    const k = key(entry, after);
    pairs.set(k, { ...pairs.get(k), next: entry });
  }
  return [...pairs.values()]
    .map((pair) => {
      const entry = (pair.next ?? pair.previous)!;
      return { label: `${entry.method.toUpperCase()} ${entry.path}`, ...pair };
    })
    .sort((a, b) => compareText(sortKey(a.label), sortKey(b.label)));
}

/** Path first, then method: an endpoint's methods sit together. */
function sortKey(label: string): string {
  const space = label.indexOf(" ");
  return `${label.slice(space + 1)}\u0000${label.slice(0, space)}`;
}

/** Path parameter names in order of appearance. */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
}

/** Findings of one area of an operation, for a rule file's `diff…(context, pair)`. */
export type OperationRule = (context: Context, pair: Required<OperationPair>) => Finding[];
