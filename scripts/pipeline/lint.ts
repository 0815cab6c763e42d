import { getLineColLocation, lint } from "@redocly/openapi-core";
import { loadConfinedSources } from "./confine-refs.js";
import { checkIdentifiers } from "./identifiers.js";
import type { Problem } from "./problems.js";
import { StageError, toStageError } from "./problems.js";
import type { Project, Provider } from "./providers.js";
import { checkServerUrls } from "./server-urls.js";

/**
 * Rules that only see the whole spec once its files are bundled (a component that is only a `$ref`
 * to another file is never reported unused in the sources): bundle.ts runs them on the bundle, and
 * the source lint leaves them out, so every rule runs once (docs/adr/0002-lint-once.md).
 */
export const WHOLE_DOCUMENT_RULES = ["no-unused-components"];

/**
 * Lints every spec: first our own checks on the YAML sources (references stay in the provider's
 * folder, size and alias limits, identifiers, server URLs), then, only for a spec that passed them,
 * the rules in redocly.yaml. Any problem, error or warning, fails the stage.
 */
export async function lintSpecs(project: Project): Promise<void> {
  const problems: Problem[] = [];
  for (const provider of project.providers) {
    const checked = checkSources(project, provider);
    problems.push(...(checked.length ? checked : await lintSpec(project, provider)));
  }
  const unique = [...new Map(problems.map((p) => [JSON.stringify(p), p])).values()];
  if (unique.length) throw new StageError("lint", unique);
}

/** Providers whose sources passed checkSources in this process: bundle.ts need not walk them again. */
const passed = new WeakSet<Provider>();

/** The checks that must pass before Redocly may read a spec: it would follow any reference and expand any alias. */
export function checkSources(project: Project, provider: Provider): Problem[] {
  try {
    const { sources, problems } = loadConfinedSources(project.root, provider);
    const found = problems.length ? problems : [...checkIdentifiers(sources), ...checkServerUrls(sources)];
    if (!found.length) passed.add(provider);
    return found;
  } catch (error) {
    return toStageError("lint", error, provider.specFile).problems;
  }
}

/** For a caller that bundles without linting first (npm run changes, tests): the same checks, once per provider. */
export function ensureSourcesChecked(project: Project, provider: Provider, stage: string): void {
  if (passed.has(provider)) return;
  const problems = checkSources(project, provider);
  if (problems.length) throw new StageError(stage, problems);
}

async function lintSpec(project: Project, provider: Provider): Promise<Problem[]> {
  let found;
  try {
    const config = project.config.forAlias(provider.name);
    config.skipRules(WHOLE_DOCUMENT_RULES);
    found = await lint({ ref: provider.specFile, config });
  } catch (error) {
    return toStageError("lint", error, provider.specFile).problems;
  }
  return found.map((problem) => {
    const location = problem.location[0];
    const start = location ? safeLineCol(location) : undefined;
    return {
      message: problem.message,
      severity: problem.severity,
      rule: problem.ruleId,
      location: location ? { file: location.source.absoluteRef, line: start?.line, column: start?.col } : { file: provider.specFile },
    };
  });
}

function safeLineCol(location: Parameters<typeof getLineColLocation>[0]) {
  try {
    return getLineColLocation(location).start;
  } catch {
    return undefined;
  }
}
