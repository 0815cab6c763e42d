import { bundle, createConfig, lintFromString, unescapePointerFragment } from "@redocly/openapi-core";
import { locate } from "./bounded-yaml.js";
import { loadConfinedSources } from "./confine-refs.js";
import { ensureSourcesChecked, WHOLE_DOCUMENT_RULES } from "./lint.js";
import { StageError, toStageError } from "./problems.js";
import type { Project, Provider } from "./providers.js";
import { nodeAt } from "./source-nodes.js";

export type OpenApiDocument = Record<string, any>;

/** Resolves each spec's split files into one document (refs to components stay refs). */
export async function bundleSpecs(project: Project): Promise<Map<string, OpenApiDocument>> {
  const bundles = new Map<string, OpenApiDocument>();
  for (const provider of project.providers) {
    try {
      ensureSourcesChecked(project, provider, "bundle");
      const result = await bundle({ ref: provider.specFile, config: project.config.forAlias(provider.name) });
      const errors = result.problems.filter((p) => p.severity === "error");
      if (errors.length) {
        throw new StageError("bundle", errors.map((p) => ({ message: p.message, rule: p.ruleId, location: { file: p.location[0]?.source.absoluteRef ?? provider.specFile } })));
      }
      const document = result.bundle.parsed as OpenApiDocument;
      await lintBundle(project, provider, document);
      bundles.set(provider.name, document);
    } catch (error) {
      throw toStageError("bundle", error, provider.specFile);
    }
  }
  return bundles;
}

/**
 * Runs the rules that need the whole document (lint.ts leaves them out of the source lint) on the
 * bundle, with the severity redocly.yaml gives them, and reports each problem where the sources
 * define what it points at.
 */
async function lintBundle(project: Project, provider: Provider, document: OpenApiDocument): Promise<void> {
  const configured = project.config.forAlias(provider.name);
  const rules = Object.fromEntries(WHOLE_DOCUMENT_RULES.map((rule) => [rule, configured.getRuleSettings(rule, "oas3_1").severity]));
  const config = await createConfig({ extends: [], rules } as Parameters<typeof createConfig>[0]);
  const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: provider.specFile, config });
  if (!problems.length) return;
  const { sources } = loadConfinedSources(project.root, provider);
  throw new StageError(
    "bundle",
    problems.map((p) => {
      const pointer = p.location[0]?.pointer ?? "#/";
      const found = nodeAt(sources, pointer.replace(/^#\/?/, "").split("/").filter(Boolean).map(unescapePointerFragment));
      return { message: p.message, severity: p.severity, rule: p.ruleId, location: found ? locate(found.source, found.key ?? found.node) : { file: provider.specFile } };
    }),
  );
}

/** The bundled spec as committed: stable two-space JSON with a trailing newline. */
export function serializeBundle(document: OpenApiDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
