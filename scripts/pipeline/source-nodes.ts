// Finding a place of the spec in the YAML files people edit, following `$ref`s across them the way
// Redocly resolves them, so a check can report file:line where the value was written.
import { isAlias, isMap, isScalar, isSeq, type Node } from "yaml";
import type { SpecFile } from "./bounded-yaml.js";
import { resolveRef, type SpecSources } from "./confine-refs.js";

/** A node and the file it was written in. */
export interface Located {
  source: SpecFile;
  node: Node;
  /** The mapping key the node is the value of, when it is one. */
  key?: Node;
}

const MAX_HOPS = 32;

/** The root of the provider's spec. */
export function specRoot(sources: SpecSources): Located | undefined {
  const source = sources.files.get(sources.rootFile);
  return source?.doc.contents ? { source, node: source.doc.contents } : undefined;
}

/** The node at a JSON pointer (as segments) from the spec's root, or undefined. */
export function nodeAt(sources: SpecSources, pointer: readonly string[]): Located | undefined {
  return pointer.reduce<Located | undefined>((at, segment) => child(sources, at, segment), specRoot(sources));
}

/** The value under `key` of a mapping, or item `key` of a sequence, after following `at`'s `$ref`. */
export function child(sources: SpecSources, at: Located | undefined, key: string): Located | undefined {
  return entries(sources, at).find(([name]) => name === key)?.[1];
}

/** The entries of a mapping (or the items of a sequence, keyed "0", "1"…) after following `at`'s `$ref`. */
export function entries(sources: SpecSources, at: Located | undefined): [string, Located][] {
  const here = follow(sources, at);
  if (!here) return [];
  const { node, source } = here;
  const located = (value: unknown, key?: unknown): Located | undefined => {
    const target = isAlias(value) ? value.resolve(source.doc) : value;
    return target ? { source, node: target as Node, ...(isScalar(key) ? { key } : {}) } : undefined;
  };
  const pairs: [string, Located | undefined][] = isMap(node)
    ? node.items.map((pair) => [isScalar(pair.key) ? String(pair.key.value) : "", located(pair.value, pair.key)])
    : isSeq(node)
      ? node.items.map((item, i) => [String(i), located(item)])
      : [];
  return pairs.filter((pair): pair is [string, Located] => pair[1] !== undefined);
}

/** The string value of a scalar node, else undefined. */
export function text(at: Located | undefined): string | undefined {
  return at && isScalar(at.node) && typeof at.node.value === "string" ? at.node.value : undefined;
}

/** Follows `$ref`s to the node they name; undefined when one cannot be followed. */
export function follow(sources: SpecSources, at: Located | undefined): Located | undefined {
  let current = at;
  for (let hops = 0; current && hops < MAX_HOPS; hops++) {
    const { node, source } = current;
    const ref = isMap(node) ? node.items.find((pair) => isScalar(pair.key) && pair.key.value === "$ref")?.value : undefined;
    if (!isScalar(ref) || typeof ref.value !== "string") return current;
    const target = resolveRef(ref.value, source.file, sources.folder);
    if ("refused" in target) return undefined;
    const file = target.file ? sources.files.get(target.file) : source;
    if (!file?.doc.contents) return undefined;
    current = target.pointer.reduce<Located | undefined>((there, segment) => child(sources, there, segment), { source: file, node: file.doc.contents });
  }
  return undefined;
}

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** Every path item of the spec and every operation in them. */
export function pathItemsAndOperations(sources: SpecSources): { pathItems: Located[]; operations: Located[] } {
  const pathItems = entries(sources, child(sources, specRoot(sources), "paths")).map(([, item]) => item);
  const operations = pathItems.flatMap((item) => entries(sources, item).filter(([key]) => METHODS.has(key)).map(([, op]) => op));
  return { pathItems, operations };
}
