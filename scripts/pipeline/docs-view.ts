// The document a provider's Redoc page is built from: the published spec with changes that only
// concern the page. The spec, the published <p>.openapi.json and the generated types are untouched.
import type { OpenApiDocument } from "./bundle.js";
import { rpcCatalogues } from "./describe.js";

/**
 * The published spec as Redoc should see it:
 *
 * - `$defs` are left out. Redoc never shows them, but it resolves everything under them each time
 *   their schema is merged into another one. A method-name schema that keeps a JSON-RPC catalogue
 *   of a hundred-odd methods under `$defs`, merged into each of as many request variants, kept a
 *   JSON-RPC operation from opening for about six minutes. A `$defs` that some `$ref` points into stays.
 * - Each variant of a JSON-RPC request union (a `oneOf` whose variants fix `method` with a `const`
 *   that names an entry of a catalogue an operation names with `x-rpc-methods`) gets that entry's
 *   description and the name of its result schema: the page shows each method's params but not the
 *   catalogue itself.
 */
export function docsView(spec: OpenApiDocument): OpenApiDocument {
  const view = structuredClone(spec);
  const refs = collectRefs(view);
  dropDefs(view, "", (pointer) => refs.some((ref) => ref.startsWith(`#${pointer}/`)), false);
  for (const catalogue of rpcCatalogues(view)) describeRpcVariants(view.components?.schemas ?? {}, catalogue);
  return view;
}

// Keywords whose values are data (or, for x-*, tool-specific): never schemas to clean.
const DATA = new Set(["example", "examples", "default", "const", "enum"]);
// Keywords whose values map names to schemas: their keys are names, not keywords.
const NAMED_SCHEMAS = new Set(["properties", "patternProperties", "dependentSchemas", "$defs", "definitions"]);

function collectRefs(node: unknown, refs: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, refs);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") refs.push(value);
      else collectRefs(value, refs);
    }
  }
  return refs;
}

/** Removes `$defs` keywords in place, unless `referenced(pointer)` says a `$ref` points into them. */
function dropDefs(node: unknown, pointer: string, referenced: (pointer: string) => boolean, names: boolean): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => dropDefs(item, `${pointer}/${i}`, referenced, false));
    return;
  }
  if (!node || typeof node !== "object") return;
  const object = node as Record<string, unknown>;
  if (!names && object.$defs && typeof object.$defs === "object" && !referenced(`${pointer}/$defs`)) delete object.$defs;
  for (const [key, value] of Object.entries(object)) {
    if (!names && (DATA.has(key) || key.startsWith("x-"))) continue;
    dropDefs(value, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, referenced, !names && NAMED_SCHEMAS.has(key));
  }
}

function describeRpcVariants(schemas: Record<string, any>, catalogue: Record<string, any>): void {
  for (const schema of Object.values(schemas)) {
    if (!Array.isArray(schema?.oneOf)) continue;
    for (const variant of schema.oneOf) {
      const method = variant?.properties?.method?.const;
      const entry = typeof method === "string" && Object.hasOwn(catalogue, method) ? catalogue[method] : undefined;
      if (!entry || variant.description !== undefined) continue;
      const resultRef: string | undefined = entry.properties?.result?.$ref;
      const resultName = resultRef?.startsWith("#/components/schemas/") ? resultRef.slice("#/components/schemas/".length) : undefined;
      const result = resultName ? `**Result** (\`result\` of the 200 response): \`${resultName}\`${schemas[resultName]?.description ? ` — ${schemas[resultName].description}` : ""}` : "";
      // The variant's own description replaces the union's on the page: keep the union's after it.
      variant.description = [entry.description, result, schema.description].filter(Boolean).join("\n\n");
    }
  }
}
