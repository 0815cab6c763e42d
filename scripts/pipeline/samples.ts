import { existsSync } from "node:fs";
import path from "node:path";
import { commandName } from "../../src/cli/invoke.js";
import type { CatalogOperation as OperationInfo } from "../../src/core/catalog.js";
import type { OpenApiDocument } from "./bundle.js";
import { deref, type ProviderModel } from "./describe.js";
import type { Project } from "./providers.js";
import { renderTemplateWithPartials, shellJson } from "./render.js";

export interface OperationSample {
  operation: OperationInfo;
  typescript: string;
  shell: string;
}

/**
 * Code samples for every operation, rendered from templates/samples/ with values from the spec's
 * own examples: the TypeScript call through `specfirst/<provider>` and the equivalent command line.
 * A provider folder says what is special (samplePartials): how a sample opens a client, and whole
 * samples for an operation its helpers serve better (a JSON-RPC endpoint → its rpc() helper).
 * Paged operations (x-paging) show client.paginate() and `--all`.
 */
export function renderSamples(project: Project, model: ProviderModel, spec: OpenApiDocument): OperationSample[] {
  const partials = samplePartials(project, model.name);
  return model.operations.map((operation) => {
    const { init, flat, body } = sampleCall(spec, model, operation);
    const data = {
      ...model,
      operationId: operation.operationId,
      method: operation.method.toUpperCase(),
      path: operation.path,
      paging: operation.paging,
      body,
      init: Object.keys(init).length ? tsLiteral(init) : "",
      command: commandName({ title: model.title, operations: model.operations, bound: [] }, operation),
      input: Object.keys(flat).length ? shellJson(flat) : "",
    };
    const own = (ext: string) => providerSample(project, model.name, `${operation.operationId}.${ext}.hbs`);
    return {
      operation,
      typescript: renderTemplateWithPartials(project, own("ts") ?? "templates/samples/typescript.ts.hbs", data, partials),
      shell: renderTemplateWithPartials(project, own("sh") ?? "templates/samples/shell.sh.hbs", data, partials).trimEnd(),
    };
  });
}

/**
 * The partials every sample of a provider may use: `credentials` (its sample-credentials.ts.hbs)
 * and `client` (how a sample opens a client: the folder's samples/client.ts.hbs, else the default).
 */
export function samplePartials(project: Project, provider: string): Record<string, string> {
  return {
    credentials: `src/providers/${provider}/sample-credentials.ts.hbs`,
    client: providerSample(project, provider, "client.ts.hbs") ?? "templates/samples/client.ts.hbs",
  };
}

/** A sample template of the provider's folder (src/providers/<p>/samples/<file>), if it has one. */
export function providerSample(project: Project, provider: string, file: string): string | undefined {
  const relative = `src/providers/${provider}/samples/${file}`;
  return existsSync(path.join(project.root, relative)) ? relative : undefined;
}

/** The inputs a sample passes: openapi-fetch's init, and the same as one flat object (the CLI's JSON argument). */
export function sampleCall(spec: OpenApiDocument, model: ProviderModel, operation: OperationInfo) {
  const { params, body } = sampleRequest(spec, model, operation);
  const init: Record<string, unknown> = {};
  if (Object.keys(params).length) init.params = params;
  if (body !== undefined) init.body = body;
  if (operation.responseType === "text") init.parseAs = "text";
  const flat: Record<string, unknown> = { ...Object.assign({}, ...Object.values(params)), ...(isPlainObject(body) ? body : {}) };
  return { init, flat, body };
}

/** A copy of the spec with `x-codeSamples` on every operation (Redoc shows them beside it). */
export function withCodeSamples(spec: OpenApiDocument, samples: OperationSample[]): OpenApiDocument {
  const copy = structuredClone(spec);
  for (const { operation, typescript, shell } of samples) {
    copy.paths[operation.path][operation.method]["x-codeSamples"] = [
      { lang: "TypeScript", label: "TypeScript", source: typescript },
      { lang: "Shell", label: "CLI", source: shell },
    ];
  }
  return copy;
}

/** Required parameters, plus the first optional query parameter the spec gives an example for. */
function sampleRequest(spec: OpenApiDocument, model: ProviderModel, operation: OperationInfo) {
  const op = spec.paths[operation.path][operation.method];
  const item = deref(spec, spec.paths[operation.path]);
  const bound = new Set(model.boundParameters.map((b) => b.name));
  const params: Record<string, Record<string, unknown>> = {};
  let optionalShown = false;
  for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
    const p = deref(spec, raw);
    if (bound.has(p.name) || p.in === "header" || p.in === "cookie") continue;
    const value = parameterExample(spec, p);
    if (!p.required && (value === undefined || optionalShown || p.in !== "query")) continue;
    if (!p.required) optionalShown = true;
    (params[p.in] ??= {})[p.name] = value ?? placeholder(deref(spec, p.schema));
  }
  const media = op.requestBody ? deref(spec, op.requestBody).content?.["application/json"] : undefined;
  const body = media ? firstExample(spec, media) ?? {} : undefined;
  return { params, body };
}

function parameterExample(spec: OpenApiDocument, p: any): unknown {
  const schema = deref(spec, p.schema) ?? {};
  return p.example ?? firstExample(spec, p) ?? schema.examples?.[0] ?? schema.example ?? schema.default ?? schema.enum?.[0];
}

function firstExample(spec: OpenApiDocument, holder: any): unknown {
  const first = Object.values<any>(holder?.examples ?? {})[0];
  return first !== undefined ? deref(spec, first)?.value : holder?.example;
}

function placeholder(schema: any): unknown {
  const type = Array.isArray(schema?.type) ? schema.type[0] : schema?.type;
  return type === "integer" || type === "number" ? 1 : type === "boolean" ? true : "example";
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A value as a TypeScript literal the way a person writes it: identifier keys unquoted, two-space indent. */
export function tsLiteral(value: unknown, indent = ""): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.length) return "[]";
    if (value.every((v) => v === null || typeof v !== "object")) return `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
    return `[\n${value.map((v) => `${inner}${tsLiteral(v, inner)},`).join("\n")}\n${indent}]`;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (!entries.length) return "{}";
    const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
    return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${tsLiteral(v, inner)},`).join("\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}
