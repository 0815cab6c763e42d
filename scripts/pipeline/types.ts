import openapiTS, { astToString } from "openapi-typescript";
import type { OpenApiDocument } from "./bundle.js";
import { toStageError } from "./problems.js";
import type { Project } from "./providers.js";

/** Compiles each bundled spec to TypeScript types with openapi-typescript's programmatic API. */
export async function generateTypes(project: Project, bundles: Map<string, OpenApiDocument>): Promise<Map<string, string>> {
  const types = new Map<string, string>();
  for (const provider of project.providers) {
    try {
      const ast = await openapiTS(structuredClone(bundles.get(provider.name)!) as any, {
        silent: true,
        // `type: object` without properties means "any object", not Record<string, never>.
        emptyObjectsUnknown: true,
        // A default is what the server assumes when a field is omitted: it must stay optional in requests.
        defaultNonNullable: false,
      });
      types.set(provider.name, `// Generated from specs/${provider.name} by scripts/pipeline/types.ts. Do not edit.\n\n${astToString(ast)}`);
    } catch (error) {
      throw toStageError("types", error, provider.specFile);
    }
  }
  return types;
}
