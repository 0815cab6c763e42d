// A provider's "Using the client" page (site/<p>-client.html): setup, options, errors, retries,
// paging, the provider's helpers and the sandbox, rendered from templates/site/client.html.hbs.
// The TypeScript on it comes from templates/client-page/ and the provider folder's samples/, with
// the same partials as the operation samples, so test/site/samples.test.ts type-checks it all.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CatalogOperation } from "../../src/core/catalog.js";
import type { OpenApiDocument } from "./bundle.js";
import type { ProviderModel } from "./describe.js";
import { EFFECT_TEXT } from "./docs-readers.js";
import type { Project } from "./providers.js";
import { renderTemplate, renderTemplateWithPartials } from "./render.js";
import { providerSample, sampleCall, samplePartials, tsLiteral, type OperationSample } from "./samples.js";

export interface ClientSnippets {
  setup: string;
  options: string;
  errors: string;
  sandbox: string;
  /** The provider's own helpers (rpc(), logout()…), from its folder's samples/helpers.ts.hbs. */
  helpers: string | undefined;
  /** The first paged operation's sample. */
  paging: string | undefined;
}

const SNIPPETS = ["setup", "options", "errors", "sandbox"] as const;

/** The page's TypeScript snippets. */
export function renderClientSnippets(project: Project, model: ProviderModel, spec: OpenApiDocument, samples: readonly OperationSample[]): ClientSnippets {
  const op = exampleOperation(model.operations);
  const { init } = sampleCall(spec, model, op);
  const data = {
    ...model,
    example: {
      operationId: op.operationId,
      method: op.method.toUpperCase(),
      path: op.path,
      init: Object.keys(init).length ? tsLiteral(init) : "",
      withOptions: tsLiteral({ ...init, timeoutMs: 5000, retry: false }),
      repeatable: op.effect !== "write",
    },
  };
  const partials = samplePartials(project, model.name);
  const render = (file: string) => renderTemplateWithPartials(project, file, data, partials);
  const snippets = Object.fromEntries(SNIPPETS.map((name) => [name, render(`templates/client-page/${name}.ts.hbs`)])) as Record<(typeof SNIPPETS)[number], string>;
  const helpers = providerSample(project, model.name, "helpers.ts.hbs");
  const paged = samples.find((sample) => sample.operation.paging);
  // Both keys always there (templates are strict about missing fields).
  return { ...snippets, helpers: helpers ? render(helpers) : undefined, paging: paged?.typescript };
}

/** The page itself. */
export function renderClientPage(project: Project, model: ProviderModel, snippets: ClientSnippets): string {
  const byEffect = (effect: CatalogOperation["effect"]) => model.operations.filter((op) => op.effect === effect).map((op) => op.operationId);
  return renderTemplate(project, "site/client.html.hbs", {
    ...model,
    snippets,
    servers: Object.entries(model.table.servers).map(([prefix, server]) => ({ prefix, server })),
    effects: (["read", "idempotent", "write"] as const).map((effect) => ({ ...EFFECT_TEXT[effect], operations: byEffect(effect).join(", "), count: byEffect(effect).length })),
    paged: model.operations.filter((op) => op.paging).map((op) => ({ operationId: op.operationId, method: op.method.toUpperCase(), path: op.path, ...op.paging! })),
    errorClasses: providerErrorClasses(project, model.name),
  });
}

/**
 * The operation the snippets call: a read that needs credentials and no paging, with the fewest
 * required parameters (a sandbox answers it as it is), in catalogue order.
 */
function exampleOperation(operations: readonly CatalogOperation[]): CatalogOperation {
  const required = (op: CatalogOperation) => op.parameters.filter((p) => p.required).length;
  const candidates = operations.filter((op) => op.effect === "read" && op.security.length > 0 && !op.paging);
  return [...(candidates.length ? candidates : operations)].sort((a, b) => required(a) - required(b))[0]!;
}

/** The error classes a provider's entry exports besides the shared ones (from its folder's public.ts). */
function providerErrorClasses(project: Project, provider: string): string[] {
  let source: string;
  try {
    source = readFileSync(path.join(project.root, "src/providers", provider, "public.ts"), "utf8");
  } catch {
    return [];
  }
  const names = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((block) => block[1]!.split(","));
  return names
    .map((name) => name.trim())
    .filter((name) => !name.startsWith("type ") && /^[A-Z]\w*Error$/.test(name.split(/\s+as\s+/).pop()!))
    .map((name) => name.split(/\s+as\s+/).pop()!)
    .sort();
}
