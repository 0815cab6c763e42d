import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { serializeBundle, type OpenApiDocument } from "./bundle.js";
import { appendToChangelog } from "./changelog.js";
import { applyConfig, loadChangesConfig, type ChangesConfig } from "./changes/config.js";
import { compareFindings, diffSpecs, providerRemoved } from "./changes/diff.js";
import { terminalLines, type ProviderChanges } from "./changes/format.js";
import type { Finding } from "./changes/model.js";
import { semverBump, type SemverBump } from "./changes/semver.js";
import { workingTree, type PreviousSource } from "./changes/previous.js";
import { checkTypes, type TypePair } from "./changes/type-check.js";
import type { Project } from "./providers.js";
import { generateTypes } from "./types.js";

export interface ChangeReport {
  /** For the build output: per changed provider, a summary line and one line per finding. */
  lines: string[];
  /** One line for the stage log: "petstore: minor; types compared in 0.21s" or "no spec changes". */
  summary: string;
  /** The new CHANGELOG.md content; absent when the file would not change. */
  changelog?: string;
  /** The bump each changed provider implies. */
  bumps: Record<string, SemverBump>;
  providers: ProviderChanges[];
  /** package.json's version, which the bumps are relative to. */
  version: string;
}

export interface CollectOptions {
  /** Default: the committed generated/<p>/openapi.json in the working tree. */
  source?: PreviousSource;
  /** Default: changes.yaml at the root. */
  config?: ChangesConfig;
  /** YYYY-MM-DD for x-sunset dates; default today. */
  today?: string;
  /** Also compare the generated types of both versions (default true). */
  typeCheck?: boolean;
}

/**
 * Compares each freshly bundled spec with its previous version (the committed bundle by default)
 * at spec level and, for providers whose spec changed in substance, at type level. Reads only:
 * the build calls it before it overwrites generated/ and writes `changelog` with the other
 * outputs. A provider with no previous bundle is new; a previous bundle with no provider behind
 * it any more is a removed provider.
 */
export async function collectChanges(project: Project, bundles: ReadonlyMap<string, OpenApiDocument>, options: CollectOptions = {}): Promise<ChangeReport> {
  const root = project.root;
  const source = options.source ?? workingTree(root);
  const config = options.config ?? loadChangesConfig(root);
  const version = packageVersion(root);
  const lines: string[] = [];
  const found = new Map<string, { findings: Finding[]; previous?: OpenApiDocument; next?: OpenApiDocument }>();

  for (const provider of [...new Set([...bundles.keys(), ...source.providers()])].sort()) {
    const previous = source.read(provider);
    const next = bundles.get(provider);
    if (previous.state === "unreadable") {
      lines.push(`${provider}: no change report, ${previous.file} is not valid JSON (${previous.reason})`);
      continue;
    }
    const document = previous.state === "found" ? previous.document : undefined;
    if (document && next && previous.state === "found" && previous.text === serializeBundle(next)) continue;
    const findings = next ? diffSpecs(document, next, { today: options.today }) : [providerRemoved(provider)];
    found.set(provider, { findings, previous: document, next });
  }

  // Only changes inside operations can change the generated types (servers, security schemes and descriptions cannot).
  const typePairs = [...found].filter(([, f]) => f.previous && f.next && f.findings.some((x) => x.operation !== undefined && x.rule !== "operation-added"));
  let typeNote = "";
  if (options.typeCheck !== false && typePairs.length) {
    const started = performance.now();
    try {
      const result = checkTypes(await typesOf(project, typePairs.map(([provider, f]) => ({ provider, previous: f.previous!, next: f.next! }))));
      for (const [provider, findings] of result.findings) found.get(provider)!.findings.push(...findings);
      for (const problem of result.problems) lines.push(`type check: could not compare: ${problem}`);
      typeNote = `; types compared in ${((performance.now() - started) / 1000).toFixed(2)}s (${result.assignments} assignments)`;
    } catch (error) {
      lines.push(`type check skipped: ${(error as Error).message.split("\n")[0]}`);
    }
  }

  const changelogFile = path.join(root, "CHANGELOG.md");
  const existing = existsSync(changelogFile) ? readFileSync(changelogFile, "utf8") : undefined;
  let changelog = existing;
  const providers: ProviderChanges[] = [];
  for (const [provider, { findings: raw, previous, next }] of found) {
    const findings = applyConfig(raw, config, provider).sort(compareFindings);
    if (!findings.length) continue; // the same document, formatted differently, or everything ignored
    const changes = { provider, bump: semverBump(findings, version), findings, file: source.file(provider), document: (next ?? previous)! };
    providers.push(changes);
    lines.push(...terminalLines(changes));
    changelog = appendToChangelog(changelog, provider, findings, changes.bump);
  }

  const bumps = Object.fromEntries(providers.map((p) => [p.provider, p.bump]));
  const summary = providers.length ? `${providers.map((p) => `${p.provider}: ${p.bump}`).join("; ")}${typeNote}` : "no spec changes";
  return { lines, summary, bumps, providers, version, ...(changelog !== undefined && changelog !== existing ? { changelog } : {}) };
}

/** The generated types of both versions, from the types stage's own generator. */
async function typesOf(project: Project, pairs: Omit<TypePair, "previousTypes" | "nextTypes">[]): Promise<TypePair[]> {
  const names = new Set(pairs.map((p) => p.provider));
  const subset = { ...project, providers: project.providers.filter((p) => names.has(p.name)) };
  const previous = await generateTypes(subset, new Map(pairs.map((p) => [p.provider, p.previous])));
  const next = await generateTypes(subset, new Map(pairs.map((p) => [p.provider, p.next])));
  return pairs.filter((p) => previous.has(p.provider)).map((p) => ({ ...p, previousTypes: previous.get(p.provider)!, nextTypes: next.get(p.provider)! }));
}

function packageVersion(root: string): string {
  try {
    return String(JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version ?? "0.0.0");
  } catch {
    return "0.0.0";
  }
}
