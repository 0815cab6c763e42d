import type { CatalogOperation } from "../../src/core/catalog.js";
import { defaultEffect, type Effect } from "../../src/core/effects.js";
import type { OperationTable } from "../../src/core/operations.js";
import { readPaging } from "./paging.js";
import { runtimeTable } from "./runtime-table.js";
import type { OpenApiDocument } from "./bundle.js";

/** What templates know about a provider: plain data derived from its bundled spec. */
export interface ProviderModel {
  name: string;
  /** Used in identifiers: createPetStoreClient. From info.x-client-name, else the capitalised alias. */
  clientName: string;
  title: string;
  version: string;
  defaultServer: string;
  operations: CatalogOperation[];
  /** What a call needs at run time (generated/<p>/operations.ts). */
  table: OperationTable;
  /** camelCase of clientName, for value identifiers: petStoreErrorCatalogue. */
  camelName: string;
  /** The documented error catalogue (root x-error-codes), rendered to generated/<p>/errors.ts. */
  errorCodes: { code: number | string; name: string; message: string; context?: string }[];
  /** One line each for the docs index (info.x-auth-summary, info.x-limits-summary). */
  auth: string;
  limits: string;
  /** Path parameters the client binds once from an option (info.x-client-bound-parameters). */
  boundParameters: { name: string; option: string }[];
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

export function describeProvider(name: string, spec: OpenApiDocument): ProviderModel {
  const clientName: string = spec.info?.["x-client-name"] ?? name.charAt(0).toUpperCase() + name.slice(1);
  const operations = describeOperations(spec);
  const boundParameters = Object.entries<string>(spec.info?.["x-client-bound-parameters"] ?? {})
    .map(([parameter, option]) => ({ name: parameter, option }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const defaultServer: string = spec.servers?.[0]?.url ?? "";
  return {
    name,
    clientName,
    camelName: clientName.charAt(0).toLowerCase() + clientName.slice(1),
    errorCodes: spec["x-error-codes"] ?? [],
    auth: spec.info?.["x-auth-summary"] ?? "",
    limits: spec.info?.["x-limits-summary"] ?? "",
    title: spec.info?.title ?? name,
    version: String(spec.info?.version ?? ""),
    defaultServer,
    operations,
    table: runtimeTable(defaultServer, Object.fromEntries(boundParameters.map((b) => [b.name, b.option])), operations),
    boundParameters,
  };
}

function describeOperations(spec: OpenApiDocument): (CatalogOperation & { server?: string })[] {
  const operations: (CatalogOperation & { server?: string })[] = [];
  for (const path of Object.keys(spec.paths ?? {}).sort()) {
    const item = deref(spec, spec.paths[path]);
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const server: string | undefined = (op.servers ?? item.servers)?.[0]?.url;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(spec, p));
      const paging = readPaging(op["x-paging"], `${method.toUpperCase()} ${path}`);
      operations.push({
        operationId: op.operationId,
        method,
        path,
        summary: op.summary ?? "",
        ...(op.tags?.[0] ? { tag: op.tags[0] } : {}),
        ...(server ? { server } : {}),
        security: securitySchemes(op.security ?? spec.security ?? []),
        effect: (op["x-effect"] as Effect | undefined) ?? defaultEffect(method),
        inferred: op["x-inferred"] === true,
        parameters: parameters.map(
          (p) => ({ name: p.name, in: p.in, required: p.required === true }),
        ),
        hasBody: op.requestBody !== undefined,
        responseType: successIsJson(spec, op) ? "json" : "text",
        ...(op["x-credits"] ? { credits: op["x-credits"] } : {}),
        ...(paging ? { paging } : {}),
      });
    }
  }
  return operations;
}

function securitySchemes(requirements: Record<string, unknown>[]): string[] {
  return [...new Set(requirements.flatMap((r) => Object.keys(r)))].sort();
}

function successIsJson(spec: OpenApiDocument, op: any): boolean {
  const code = Object.keys(op.responses ?? {}).find((c) => c.startsWith("2"));
  const content = code ? deref(spec, op.responses[code]).content : undefined;
  if (!content) return true;
  return Object.keys(content).some((type) => type === "application/json" || type.endsWith("+json"));
}

/** Follows a local `#/...` reference in a bundled document. */
export function deref(spec: OpenApiDocument, node: any): any {
  let current = node;
  for (let hops = 0; current && typeof current.$ref === "string" && hops < 32; hops++) {
    current = current.$ref
      .replace(/^#\//, "")
      .split("/")
      .map((s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((acc: any, key: string) => acc?.[key], spec);
  }
  return current;
}

/**
 * The method catalogues of the spec's JSON-RPC operations: the properties (method name → its
 * params and result) of each schema an operation names with `x-rpc-methods`, once each.
 */
export function rpcCatalogues(spec: OpenApiDocument): Record<string, any>[] {
  const names = new Set<string>();
  for (const item of Object.values<any>(spec.paths ?? {})) {
    for (const method of METHODS) {
      const name = deref(spec, item)[method]?.["x-rpc-methods"];
      if (typeof name === "string") names.add(name);
    }
  }
  return [...names].map((name) => deref(spec, spec.components?.schemas?.[name])?.properties).filter((catalogue) => catalogue && typeof catalogue === "object");
}

/** One line for the build output: how much API a spec describes. */
export function summarizeSpec(spec: OpenApiDocument): string {
  const operations = Object.values<any>(spec.paths ?? {}).reduce((n, item) => n + METHODS.filter((m) => deref(spec, item)[m]).length, 0);
  const inferred = Object.values<any>(spec.paths ?? {}).reduce((n, item) => n + METHODS.filter((m) => deref(spec, item)[m]?.["x-inferred"] === true).length, 0);
  const rpc = rpcCatalogues(spec).reduce((n, catalogue) => n + Object.keys(catalogue).length, 0);
  return [`${operations} operations${inferred ? ` (${inferred} inferred)` : ""}`, rpc ? `${rpc} JSON-RPC methods` : ""].filter(Boolean).join(", ");
}
