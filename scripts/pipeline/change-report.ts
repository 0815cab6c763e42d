import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { serializeBundle, type OpenApiDocument } from "./bundle.js";
import { appendToChangelog, formatChangeReport } from "./changelog.js";
import { diffSpecs, providerRemoved, semverBump, type SemverBump, type SpecChange } from "./changes.js";

export interface ChangeReport {
  /** For the build output: per changed provider, a summary line and one line per change. */
  lines: string[];
  /** One line for the stage log: "shadowserver: minor" or "no spec changes". */
  summary: string;
  /** The new CHANGELOG.md content; absent when the file would not change. */
  changelog?: string;
  /** The bump each changed provider implies. */
  bumps: Record<string, SemverBump>;
}

/**
 * Compares each freshly bundled spec with the committed generated/<provider>/openapi.json.
 * Reads only: call it before the build overwrites generated/, write `changelog` with the other
 * outputs. A provider with no committed bundle is new (every operation added); a committed
 * bundle with no provider behind it any more is a removed provider.
 */
export function collectChanges(root: string, bundles: ReadonlyMap<string, OpenApiDocument>): ChangeReport {
  const changelogFile = path.join(root, "CHANGELOG.md");
  const existing = existsSync(changelogFile) ? readFileSync(changelogFile, "utf8") : undefined;
  let changelog = existing;
  const lines: string[] = [];
  const bumps: Record<string, SemverBump> = {};

  for (const provider of [...new Set([...bundles.keys(), ...committedProviders(root)])].sort()) {
    const previous = readPrevious(root, provider);
    const next = bundles.get(provider);
    if (previous.state === "unreadable") {
      lines.push(`${provider}: no change report, ${previous.file} is not valid JSON (${previous.reason})`);
      continue;
    }
    if (previous.state === "found" && next && previous.text === serializeBundle(next)) continue;
    const changes: SpecChange[] = next ? diffSpecs(previous.state === "found" ? previous.document : undefined, next) : [providerRemoved(provider)];
    if (!changes.length) continue; // the same document, formatted differently
    const bump = semverBump(changes);
    bumps[provider] = bump;
    lines.push(...formatChangeReport(provider, changes, bump));
    changelog = appendToChangelog(changelog, provider, changes, bump);
  }

  const changed = Object.entries(bumps);
  const summary = changed.length ? changed.map(([provider, bump]) => `${provider}: ${bump}`).join("; ") : "no spec changes";
  return { lines, summary, bumps, ...(changelog !== undefined && changelog !== existing ? { changelog } : {}) };
}

type Previous =
  | { state: "missing" }
  | { state: "found"; text: string; document: OpenApiDocument }
  | { state: "unreadable"; file: string; reason: string };

function readPrevious(root: string, provider: string): Previous {
  const file = path.join("generated", provider, "openapi.json");
  const absolute = path.join(root, file);
  if (!existsSync(absolute)) return { state: "missing" };
  const text = readFileSync(absolute, "utf8");
  try {
    return { state: "found", text, document: JSON.parse(text) as OpenApiDocument };
  } catch (error) {
    // A merge conflict in the committed copy, say: the build that fixes it must not stop here,
    // nor log every operation as new.
    return { state: "unreadable", file, reason: (error as Error).message };
  }
}

/** Providers that have a committed bundle under generated/. */
function committedProviders(root: string): string[] {
  const dir = path.join(root, "generated");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "openapi.json")))
    .map((entry) => entry.name);
}
