// Reads one spec file with limits, before any other parser sees it. Redocly's YAML parser shares an
// aliased node instead of copying it, so an "alias bomb" (anchors nesting aliases of aliases) parses
// quickly and then exhausts memory in every tool that walks the document: it must be refused here.
import { readFileSync, statSync } from "node:fs";
import { isAlias, isCollection, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import type { Problem, SourceLocation } from "./problems.js";

/** The largest spec file the pipeline reads: 5 MiB (the largest in specs/ today is about 150 kB). */
export const MAX_SPEC_BYTES = 5 * 1024 * 1024;
/**
 * The yaml package's alias limit (its `maxAliasCount`, at its default): each time an anchor is used,
 * its uses so far times the aliases nested in it may not pass 100. Plain reuse of a node is cheap;
 * only aliases of nodes that themselves hold aliases add up.
 */
export const MAX_ALIAS_COUNT = 100;
/**
 * The most text a spec file may hold once its aliases are expanded: four times the file limit.
 * Aliases of one large scalar stay under MAX_ALIAS_COUNT and still multiply it (99 uses of a 4.5 MB
 * string made 450 MB of types and exhausted memory); reuse in real specs adds little.
 */
export const MAX_EXPANDED_BYTES = 4 * MAX_SPEC_BYTES;

/** A parsed spec file that keeps every node's position. */
export interface SpecFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** Where a node of `source` starts, as file:line:column. */
export function locate(source: SpecFile, node: Node | undefined | null): SourceLocation {
  if (!node?.range) return { file: source.file };
  const { line, col } = source.lines.linePos(node.range[0]);
  return { file: source.file, line, column: col };
}

/** Reads and parses `file` within the limits above; any problem means the file must not be read by anyone else. */
export function readSpecFile(file: string): { source?: SpecFile; problems: Problem[] } {
  const stat = statSync(file);
  if (!stat.isFile()) return fail(file, "is not a regular file");
  if (stat.size > MAX_SPEC_BYTES) {
    return fail(file, `is ${(stat.size / 1024 / 1024).toFixed(1)} MiB: a spec file may be at most ${MAX_SPEC_BYTES / 1024 / 1024} MiB (split it, or see scripts/pipeline/bounded-yaml.ts)`);
  }
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const source = { file, doc, lines };
  // One error is enough: after the first, a YAML parser mostly reports the same mistake again.
  const [error] = doc.errors;
  if (error) {
    const position = error.linePos?.[0];
    return { problems: [{ message: `invalid YAML: ${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`, location: { file, line: position?.line, column: position?.col } }] };
  }
  const first = firstNestedAlias(doc);
  if (!first) return { source, problems: [] };
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (caught) {
    if (!/alias/i.test((caught as Error).message)) throw caught;
    return {
      problems: [{
        message: `YAML aliases nest too deeply (more than ${MAX_ALIAS_COUNT} expansions of an anchor that holds aliases): refused before any tool expands them (an alias bomb?)`,
        location: locate(source, first),
      }],
    };
  }
  const expanded = expandedSize(doc);
  if (expanded > MAX_EXPANDED_BYTES) {
    return {
      problems: [{
        message: `YAML aliases expand this file to ${(expanded / 1024 / 1024).toFixed(0)} MiB of text, more than the ${MAX_EXPANDED_BYTES / 1024 / 1024} MiB a spec file may expand to: refused before any tool expands them`,
        location: locate(source, first),
      }],
    };
  }
  return { source, problems: [] };
}

/** The length of the document's text with every alias replaced by what it names; each node is measured once. */
function expandedSize(doc: Document.Parsed): number {
  const measured = new Map<unknown, number>();
  const size = (node: unknown): number => {
    if (node === null || node === undefined) return 0;
    const known = measured.get(node);
    if (known !== undefined) return known;
    let total = 0;
    if (isAlias(node)) total = size(node.resolve(doc));
    else if (isScalar(node)) total = String(node.value).length;
    else if (isPair(node)) total = size(node.key) + size(node.value);
    else if (isCollection(node)) for (const item of node.items) total += size(item);
    measured.set(node, total);
    return total;
  };
  return size(doc.contents);
}

function fail(file: string, reason: string): { problems: Problem[] } {
  return { problems: [{ message: `this spec file ${reason}`, location: { file } }] };
}

/** The first alias whose anchor itself holds an alias (where an exponential expansion starts), else the first alias. */
function firstNestedAlias(doc: Document.Parsed): Node | undefined {
  let first: Node | undefined;
  let nested: Node | undefined;
  visit(doc, {
    Alias(_, alias) {
      first ??= alias;
      const target = alias.resolve(doc);
      if (!target || !holdsAlias(target)) return undefined;
      nested = alias;
      return visit.BREAK;
    },
  });
  return nested ?? first;
}

function holdsAlias(node: Node): boolean {
  let found = false;
  visit(node, { Alias: () => ((found = true), visit.BREAK) });
  return found;
}
