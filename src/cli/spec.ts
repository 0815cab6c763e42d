/// <reference types="node" />
// A provider's bundled OpenAPI document (generated/<p>/openapi.json), read when a command needs
// more than the catalogue: schemas for help, input checks and MCP tools. The file is passed in.
import { readFileSync } from "node:fs";
import type { CatalogOperation } from "../core/catalog.js";

export type SpecDocument = Readonly<Record<string, any>>;
export type JsonSchema = Record<string, unknown>;

const read = new Map<string, SpecDocument>();

export function readSpec(location: URL): SpecDocument {
  let spec = read.get(location.href);
  if (!spec) read.set(location.href, (spec = JSON.parse(readFileSync(location, "utf8")) as SpecDocument));
  return spec;
}

/** The node a local `$ref` ("#/components/schemas/Member") points to, following chains; undefined if it points nowhere. */
export function resolveRef(spec: SpecDocument, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = spec;
  for (const segment of ref.slice(2).split("/")) {
    const key = decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~");
    node = node !== null && typeof node === "object" && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

/** A node with its `$ref` chain followed (parameters and request bodies may be references). */
export function deref<T = any>(spec: SpecDocument, node: unknown): T | undefined {
  let current = node;
  for (let hops = 0; hops < 16 && isRef(current); hops++) current = resolveRef(spec, current.$ref);
  return current as T | undefined;
}

export function isRef(node: unknown): node is { $ref: string } {
  return node !== null && typeof node === "object" && typeof (node as { $ref?: unknown }).$ref === "string";
}

export interface SpecParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

/** What the spec says of one catalogued operation: its parameters (path item's and own, resolved), description and JSON body. */
export function operationSpec(spec: SpecDocument, op: CatalogOperation) {
  const item = deref<Record<string, any>>(spec, spec.paths?.[op.path]) ?? {};
  const operation = (item[op.method] ?? {}) as Record<string, any>;
  const byName = new Map<string, SpecParameter>();
  const carriers = credentialCarriers(spec);
  for (const parameter of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
    const resolved = deref<SpecParameter>(spec, parameter);
    // The client sends credentials itself: a parameter that carries one is not asked of anyone.
    if (resolved && !carriers.has(carrierKey(resolved.in, resolved.name))) byName.set(`${resolved.in}:${resolved.name}`, resolved);
  }
  const requestBody = deref<Record<string, any>>(spec, operation.requestBody);
  const media = requestBody?.content ? (requestBody.content["application/json"] ?? Object.values(requestBody.content)[0]) : undefined;
  return {
    description: typeof operation.description === "string" ? operation.description : "",
    parameters: [...byName.values()],
    body: media ? { schema: (media.schema ?? {}) as JsonSchema, required: requestBody?.required === true, example: firstExample(media) } : undefined,
  };
}

/** Where the spec's API-key schemes travel ("query:nkey", "header:authorization"). */
function credentialCarriers(spec: SpecDocument): Set<string> {
  const schemes = Object.values((spec.components?.securitySchemes ?? {}) as Record<string, unknown>).map((scheme) => deref<{ type?: string; in?: string; name?: string }>(spec, scheme));
  return new Set(schemes.filter((scheme) => scheme?.type === "apiKey" && scheme.in && scheme.name).map((scheme) => carrierKey(scheme!.in!, scheme!.name!)));
}

function carrierKey(location: string, name: string): string {
  return `${location}:${location === "header" ? name.toLowerCase() : name}`;
}

/** The first example a media type or parameter gives (`example`, or the first of `examples`). */
export function firstExample(node: { example?: unknown; examples?: unknown } | undefined): unknown {
  if (!node) return undefined;
  if (node.example !== undefined) return node.example;
  const examples = node.examples;
  if (Array.isArray(examples)) return examples[0];
  if (examples && typeof examples === "object") return (Object.values(examples)[0] as { value?: unknown } | undefined)?.value;
  return undefined;
}
