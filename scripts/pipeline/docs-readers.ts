// What a provider's Redoc page adds for the people who use the client, on top of the sanitised view
// of the spec (docs-view.ts, sanitize.ts). Only our own text is added here, after sanitising; the spec
// text it quotes (operationIds, command names) goes into code spans.
import { commandName } from "../../src/cli/invoke.js";
import type { CatalogOperation } from "../../src/core/catalog.js";
import type { Effect } from "../../src/core/effects.js";
import type { OpenApiDocument } from "./bundle.js";
import { deref, type ProviderModel } from "./describe.js";

/** The effect of an operation as the page says it: a badge in the menu and under the title (light: Redoc writes it in dark text), and a line. */
export const EFFECT_TEXT: Record<Effect, { badge: string; color: string; line: string }> = {
  read: { badge: "reads", color: "#cdebd5", line: "reads only: changes nothing, retried on failure" },
  idempotent: { badge: "idempotent", color: "#d6e2f5", line: "changes state idempotently: repeating it changes nothing more, retried on failure" },
  write: { badge: "writes", color: "#fbdcc0", line: "changes state: never retried, since repeating it would repeat the change" },
};

/** The page of the provider's "Using the client" guide (client-page.ts renders it). */
export const clientPageFile = (provider: string) => `${provider}-client.html`;

/**
 * The page view with, for readers:
 * - each operation's operationId first in its description (Redoc's search indexes descriptions, not
 *   operationIds: searching `listNodes`, the name the CLI and MCP use, finds it), its effect, its CLI
 *   command and, for paged operations, how to walk the pages; its effect as a badge too;
 * - the guide to the client linked at the top;
 * - no license panel: the spec's `info.license` is the document's, not the third-party API's;
 * - the version called a version (a bare "(4)" after the title read like a count);
 * - a JSON-RPC endpoint's answer offered per method instead of one `result` union of every method's.
 */
export function forReaders(view: OpenApiDocument, model: ProviderModel): OpenApiDocument {
  const page = structuredClone(view);
  const catalog = { title: model.title, operations: model.operations, bound: [] };
  for (const operation of model.operations) {
    const op = page.paths?.[operation.path]?.[operation.method];
    if (!op) continue;
    const effect = EFFECT_TEXT[operation.effect];
    op["x-badges"] = [{ name: effect.badge, color: effect.color }, ...(operation.paging ? [{ name: "paged", color: "#e6e8ec" }] : [])];
    op.description = [operationLine(model, operation, commandName(catalog, operation)), op.description].filter(Boolean).join("\n\n");
  }
  const info = (page.info ??= {});
  const license = info.license?.name ? `This reference is published under the ${info.license.name} license, which covers the description only: the ${model.title} itself belongs to its provider.` : "";
  delete info.license;
  info.description = [`**Using the client:** setup, options, errors, retries, paging and testing with the sandbox are on [the ${model.clientName} client page](${clientPageFile(model.name)}).`, info.description, license].filter(Boolean).join("\n\n");
  if (info.version !== undefined && /^[\w.-]+$/.test(String(info.version))) info.version = `API version ${info.version}`;
  resultPerMethod(page);
  return page;
}

function operationLine(model: ProviderModel, operation: CatalogOperation, command: string): string {
  const parts = [
    code(operation.operationId),
    EFFECT_TEXT[operation.effect].line,
    `CLI ${code(`specfirst ${model.name} ${command}`)}`,
    ...(operation.paging ? [`paged by ${code(operation.paging.parameter)}: ${code(`client.paginate(${JSON.stringify(operation.method.toUpperCase())}, ${JSON.stringify(operation.path)}, …)`)} or ${code("--all")}`] : []),
  ];
  return parts.join(" · ");
}

/** Spec text as a Markdown code span (a backtick in it would end the span early). */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/**
 * A JSON-RPC endpoint (an operation naming its method catalogue with `x-rpc-methods`) answers with
 * one variant per method on the page, titled by the method's name and holding that method's
 * `result`: the response panel offers the methods in a list, instead of a `result` typed as a
 * screen of "X or Y or Z".
 */
function resultPerMethod(page: OpenApiDocument): void {
  for (const item of Object.values<any>(page.paths ?? {})) {
    for (const op of Object.values<any>(item ?? {})) {
      const name = op?.["x-rpc-methods"];
      const catalogue: Record<string, any> | undefined = typeof name === "string" ? deref(page, page.components?.schemas?.[name])?.properties : undefined;
      if (!catalogue || typeof catalogue !== "object") continue;
      for (const [code, raw] of Object.entries<any>(op.responses ?? {})) {
        const response = deref(page, raw);
        if (!code.startsWith("2") || !response?.content?.["application/json"]) continue;
        const media = response.content["application/json"];
        op.responses[code] = { ...response, content: { ...response.content, "application/json": { ...media, schema: perMethod(catalogue) } } };
      }
    }
  }
}

function perMethod(catalogue: Record<string, any>) {
  return {
    description: "One answer per method: pick the method to see its `result`. Shown in the JSON-RPC 1.0 envelope; a 1.1 answer adds `version`, a 2.0 answer has `jsonrpc` and leaves the unused one of `result` and `error` out.",
    oneOf: Object.entries(catalogue).map(([method, entry]) => ({
      title: method,
      type: "object",
      ...(entry?.description ? { description: entry.description } : {}),
      properties: {
        result: entry?.properties?.result ?? {},
        error: { type: "null", description: "Null on success; a failure is answered with an error object (the error responses)." },
        id: { description: "The request's `id`, echoed." },
      },
    })),
  };
}
