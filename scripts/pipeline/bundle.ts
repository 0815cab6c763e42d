import { bundle } from "@redocly/openapi-core";
import { StageError, toStageError } from "./problems.js";
import type { Project } from "./providers.js";

export type OpenApiDocument = Record<string, any>;

/** Resolves each spec's split files into one document (refs to components stay refs). */
export async function bundleSpecs(project: Project): Promise<Map<string, OpenApiDocument>> {
  const bundles = new Map<string, OpenApiDocument>();
  for (const provider of project.providers) {
    try {
      const result = await bundle({ ref: provider.specFile, config: project.config.forAlias(provider.name) });
      const errors = result.problems.filter((p) => p.severity === "error");
      if (errors.length) {
        throw new StageError("bundle", errors.map((p) => ({ message: p.message, rule: p.ruleId, location: { file: p.location[0]?.source.absoluteRef ?? provider.specFile } })));
      }
      bundles.set(provider.name, result.bundle.parsed as OpenApiDocument);
    } catch (error) {
      throw toStageError("bundle", error, provider.specFile);
    }
  }
  return bundles;
}

/** The bundled spec as committed: stable two-space JSON with a trailing newline. */
export function serializeBundle(document: OpenApiDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
