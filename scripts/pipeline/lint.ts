import { getLineColLocation, lint } from "@redocly/openapi-core";
import type { Problem } from "./problems.js";
import { StageError, toStageError } from "./problems.js";
import type { Project, Provider } from "./providers.js";

/** Lints every spec with the rules in redocly.yaml. Any problem, error or warning, fails the stage. */
export async function lintSpecs(project: Project): Promise<void> {
  const problems: Problem[] = [];
  for (const provider of project.providers) problems.push(...(await lintSpec(project, provider)));
  const unique = [...new Map(problems.map((p) => [JSON.stringify(p), p])).values()];
  if (unique.length) throw new StageError("lint", unique);
}

async function lintSpec(project: Project, provider: Provider): Promise<Problem[]> {
  let found;
  try {
    found = await lint({ ref: provider.specFile, config: project.config.forAlias(provider.name) });
  } catch (error) {
    return toStageError("lint", error, provider.specFile).problems;
  }
  return found.map((problem) => {
    const location = problem.location[0];
    const start = location ? safeLineCol(location) : undefined;
    return {
      message: `${problem.severity}: ${problem.message}`,
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
