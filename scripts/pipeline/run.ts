import { mkdtemp, rm } from "node:fs/promises";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { bundleSpecs, type OpenApiDocument } from "./bundle.js";
import { readState, writeState } from "./cache.js";
import { collectChanges } from "./change-report.js";
import { summarizeSpec } from "./describe.js";
import { buildDocs } from "./docs.js";
import { renderExtensionsDoc } from "./extensions-doc.js";
import { lintSpecs } from "./lint.js";
import { renderManifest } from "./manifest.js";
import { commitOutputs, findDrift, swapDirectory, type Drift } from "./outputs.js";
import { compilePackage } from "./package.js";
import { formatSize, measureEntries } from "./size.js";
import { formatProblem, StageError, toStageError } from "./problems.js";
import { loadProject, type Project } from "./providers.js";
import { renderGenerated, type Outputs } from "./render.js";
import { generateTypes } from "./types.js";

export type Log = (line: string) => void;

async function stage<T>(log: Log, name: string, work: () => Promise<T> | T, detail: (result: T) => string): Promise<T> {
  const started = performance.now();
  try {
    const result = await work();
    log(`✓ ${name.padEnd(7)} ${((performance.now() - started) / 1000).toFixed(2).padStart(6)}s  ${detail(result)}`);
    return result;
  } catch (error) {
    log(`✗ ${name.padEnd(7)} ${((performance.now() - started) / 1000).toFixed(2).padStart(6)}s`);
    // Report the stage that was running, even when a helper it shares (a template) threw.
    throw new StageError(name, toStageError(name, error).problems);
  }
}

/** lint → bundle → types → render, in memory: everything `generated/`, package.json and docs/extensions.md should hold. */
async function produceSources(project: Project, log: Log): Promise<{ outputs: Outputs; bundles: Map<string, OpenApiDocument> }> {
  const count = project.providers.length;
  await stage(log, "lint", () => lintSpecs(project), () => `${count} spec${count === 1 ? "" : "s"}, 0 problems`);
  const bundles = await stage(log, "bundle", () => bundleSpecs(project), (b) => [...b].map(([name, spec]) => `${name}: ${summarizeSpec(spec)}`).join("; "));
  const types = await stage(log, "types", () => generateTypes(project, bundles), (t) => `${[...t.values()].reduce((n, s) => n + s.length, 0)} chars`);
  const outputs = await stage(log, "render", () => {
    const rendered = renderGenerated(project, bundles, types);
    rendered.set("package.json", renderManifest(project));
    rendered.set("docs/extensions.md", renderExtensionsDoc(project));
    return rendered;
  }, (o) => `${o.size} files`);
  return { outputs, bundles };
}

/** `npm run build`: every stage, then commits all outputs at once. A failure writes nothing. */
export async function build(root: string, log: Log): Promise<string[]> {
  const project = await loadProject(root);
  const { outputs, bundles } = await produceSources(project, log);
  // Before anything is written: the committed generated/<p>/openapi.json is the previous version.
  const report = await stage(log, "changes", () => collectChanges(project, bundles), (r) => r.summary);
  for (const line of report.lines) log(`    ${line}`);
  if (report.changelog !== undefined) outputs.set("CHANGELOG.md", report.changelog);
  mkdirSync(path.join(root, ".specfirst-tmp"), { recursive: true });
  const scratch = await mkdtemp(path.join(root, ".specfirst-tmp", "build-"));
  try {
    const site = path.join(scratch, "site");
    const dist = path.join(scratch, "dist");
    const previous = readState(root)?.docs ?? {};
    const docs = await stage(log, "docs", () => buildDocs(project, bundles, site, previous), (d) => `site/ with ${project.providers.length} provider page(s), ${d.rebuilt.length} rebuilt`);
    await stage(log, "package", () => compilePackage(project, outputs, dist), (files) => `dist/ with ${files.length} files`);
    const sizes = await stage(log, "size", () => measureEntries(project, dist), (s) => `${s.length} browser entr${s.length === 1 ? "y" : "ies"}, minified + gzipped:`);
    for (const size of sizes) log(`    ${size.entry.padEnd(24)} ${formatSize(size.gzipped).padStart(8)} (${formatSize(size.minified)} minified)`);
    const changed = await commitOutputs(root, outputs);
    await swapDirectory(path.join(root, "site"), site, scratch);
    await swapDirectory(path.join(root, "dist"), dist, scratch);
    await writeState(root, docs.hashes);
    return changed;
  } finally {
    await removeScratch(scratch, log);
  }
}

/** Removes the build's scratch folder; a failure to do so is reported but never hides the build's own error. */
async function removeScratch(scratch: string, log: Log): Promise<void> {
  try {
    await rm(scratch, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  } catch (error) {
    log(`warning: could not remove ${scratch}: ${(error as Error).message}`);
  }
}

/** `npm run check`: the source stages in memory, compared with what is committed. Writes nothing. */
export async function check(root: string, log: Log): Promise<Drift> {
  const project = await loadProject(root);
  return findDrift(root, (await produceSources(project, log)).outputs);
}

export function reportFailure(error: unknown, root: string, log: Log): void {
  const failure = error instanceof StageError ? error : toStageError("build", error);
  log(`${failure.stage} failed:`);
  for (const problem of failure.problems) log(`  ${formatProblem(problem, root)}`);
}
