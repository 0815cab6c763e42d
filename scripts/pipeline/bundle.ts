import { bundle, lintFromString } from "@redocly/openapi-core";
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
      const document = result.bundle.parsed as OpenApiDocument;
      await lintBundle(project, provider.name, provider.specFile, document);
      bundles.set(provider.name, document);
    } catch (error) {
      throw toStageError("bundle", error, provider.specFile);
    }
  }
  return bundles;
}

/**
 * Lints the bundled document too: split specs hide some problems from the source lint (a
 * component that is only a $ref to another file is never reported as unused, for instance).
 */
async function lintBundle(project: Project, alias: string, specFile: string, document: OpenApiDocument): Promise<void> {
  const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: specFile, config: project.config.forAlias(alias) });
  if (!problems.length) return;
  throw new StageError(
    "bundle",
    problems.map((p) => ({
      message: `${p.severity} in the bundled document at #${p.location[0]?.pointer ?? "/"}: ${p.message}`,
      rule: p.ruleId,
      location: { file: specFile },
    })),
  );
}

/** The bundled spec as committed: stable two-space JSON with a trailing newline. */
export function serializeBundle(document: OpenApiDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
