// Confinement: a provider's spec may refer only to files inside its own folder (specs/<p>/).
// Redocly follows any path and fetches any URL it finds in a `$ref`, so the YAML sources are walked
// here first, before Redocly or anything else reads a file a spec names, and anything outside fails
// lint with file:line. Only files already known to be inside the folder are read, within the limits
// of bounded-yaml.ts.
import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
import { isAlias, isMap, isScalar, visit, type Node } from "yaml";
import { locate, readSpecFile, type SpecFile } from "./bounded-yaml.js";
import type { Problem } from "./problems.js";
import type { Provider } from "./providers.js";

/** A provider's spec files, parsed with positions, keyed by absolute path. */
export interface SpecSources {
  folder: string;
  rootFile: string;
  files: Map<string, SpecFile>;
}

/** Keys whose string value Redocly resolves as a reference (besides the values of a discriminator's `mapping`). */
const REFERENCE_KEYS = new Set(["$ref", "externalValue", "defaultMapping"]);
/** Redocly parses these as documents (and follows the references in them); anything else it reads as text. */
const DOCUMENT = /\.(ya?ml|json)$/;
/** More files than any spec needs; a bound on the walk. */
const MAX_FILES = 1000;

/** Where a reference points: a place in `file`, or `file` undefined for the document it is in. */
export type RefTarget = { file?: string; pointer: string[] } | { refused: string };

/**
 * Reads the provider's root spec and every file its references name, refusing references that leave
 * the folder. `problems` empty means Redocly may read the spec: it will touch no other file.
 */
export function loadConfinedSources(root: string, provider: Provider): { sources: SpecSources; problems: Problem[] } {
  const folder = path.dirname(provider.specFile);
  const sources: SpecSources = { folder, rootFile: provider.specFile, files: new Map() };
  const problems: Problem[] = [];
  const shown = `${path.relative(root, folder).split(path.sep).join("/")}/`;
  const queue = [provider.specFile];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (sources.files.has(next)) continue;
    if (sources.files.size >= MAX_FILES) {
      problems.push({ message: `the spec names more than ${MAX_FILES} files`, location: { file: provider.specFile } });
      break;
    }
    const inside = outsideReason(next, folder);
    if (inside) {
      problems.push({ message: `the spec root ${inside} ${shown}`, location: { file: next } });
      continue;
    }
    const read = readSpecFile(next);
    problems.push(...read.problems);
    if (!read.source) continue;
    sources.files.set(next, read.source);
    for (const { key, value, node } of referencesIn(read.source)) {
      const target = resolveRef(value, next, folder);
      if ("refused" in target) {
        problems.push({
          message: `${key} ${JSON.stringify(value.slice(0, 200))} ${target.refused} ${shown}: a spec may refer only to files inside its own folder, so nothing was read or fetched`,
          location: locate(read.source, node),
        });
      } else if (target.file && DOCUMENT.test(target.file) && existsSync(target.file)) {
        queue.push(target.file);
      }
    }
  }
  return { sources, problems };
}

/**
 * What Redocly would read for `ref` found in `base` (its parseRef and resolveExternalRef: the part
 * before `#/` is a path relative to `base`), or why it may not.
 */
export function resolveRef(ref: string, base: string, folder: string): RefTarget {
  if (/^#[A-Za-z][A-Za-z0-9\-_:.]*$/.test(ref)) return { pointer: [] };
  const [head = "", fragment = ""] = ref.split("#/");
  const uri = head.endsWith("#") ? head.slice(0, -1) : head;
  const pointer = fragment.split("/").filter(Boolean).map(unescapePointer);
  if (uri === "") return { pointer };
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(uri) || uri.startsWith("//")) return { refused: "is a URL, not a file in" };
  if (path.isAbsolute(uri)) return { refused: "is an absolute path, not a file in" };
  const file = path.resolve(path.dirname(base), uri);
  const reason = outsideReason(file, folder);
  return reason ? { refused: reason } : { file, pointer };
}

/** Why `file` is not inside `folder` (by its path, then, for a link, by the file it leads to). */
export function outsideReason(file: string, folder: string): string | undefined {
  if (!isInside(file, folder)) return "leaves";
  if (existsSync(file) && !isInside(realpathSync(file), realpathSync(folder))) return "is a link to a file outside";
  return undefined;
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function unescapePointer(segment: string): string {
  const unescaped = segment.replaceAll("~1", "/").replaceAll("~0", "~");
  try {
    return decodeURIComponent(unescaped);
  } catch {
    return unescaped;
  }
}

/**
 * Every string Redocly may resolve as a reference, anywhere in the file (data and extensions
 * included). A key or value may be a YAML alias (`*name`): Redocly's parser expands it, so it is
 * read as the scalar its anchor holds.
 */
function referencesIn(source: SpecFile): { key: string; value: string; node: Node }[] {
  const found: { key: string; value: string; node: Node }[] = [];
  const scalar = (node: unknown) => {
    const target = isAlias(node) ? node.resolve(source.doc) : node;
    return isScalar(target) ? target : undefined;
  };
  visit(source.doc, {
    Pair(_, pair) {
      const keyNode = scalar(pair.key);
      const key = keyNode ? String(keyNode.value) : "";
      const value = scalar(pair.value);
      if (REFERENCE_KEYS.has(key) && typeof value?.value === "string") {
        found.push({ key, value: value.value, node: (pair.value ?? pair.key) as Node });
      }
      const mapping = isAlias(pair.value) ? pair.value.resolve(source.doc) : pair.value;
      if (key === "mapping" && isMap(mapping)) {
        for (const entry of mapping.items) {
          const target = scalar(entry.value);
          if (typeof target?.value === "string") found.push({ key: "mapping", value: target.value, node: (entry.value ?? entry.key) as Node });
        }
      }
    },
  });
  return found;
}
