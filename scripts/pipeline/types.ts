import openapiTS, { astToString } from "openapi-typescript";
import type { OpenApiDocument } from "./bundle.js";
import { toStageError } from "./problems.js";
import type { Project } from "./providers.js";

/** Compiles each bundled spec to TypeScript types with openapi-typescript's programmatic API. */
export async function generateTypes(project: Project, bundles: Map<string, OpenApiDocument>): Promise<Map<string, string>> {
  const types = new Map<string, string>();
  for (const provider of project.providers) {
    try {
      // openapi-typescript mutates nothing we rely on, but give it a copy to be safe.
      const ast = await openapiTS(structuredClone(bundles.get(provider.name)!) as any, { silent: true, alphabetize: false });
      types.set(provider.name, `// Generated from specs/${provider.name} by scripts/pipeline/types.ts. Do not edit.\n\n${astToString(ast)}`);
    } catch (error) {
      throw toStageError("types", error, provider.specFile);
    }
  }
  return types;
}
