/// <reference types="node" />
// The bundled OpenAPI document an emulator serves: reading it, following its $refs, and the
// documented example answers. The document is passed in (generated/sandbox.ts names its file).
import { readFileSync } from "node:fs";
import type { Reply } from "./reply.js";

export type Spec = Record<string, any>;

/** Reads a bundled spec (generated/<provider>/openapi.json) from its file URL or path. */
export function readSpec(location: URL | string): Spec {
  return JSON.parse(readFileSync(location, "utf8"));
}

export function deref(spec: Spec, node: any): any {
  let current = node;
  while (current && typeof current.$ref === "string") {
    current = current.$ref.slice(2).split("/").map((s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~")).reduce((acc: any, k: string) => acc?.[k], spec);
  }
  return current;
}

export function jsonPointer(...segments: string[]): string {
  return `/${segments.map((s) => s.replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
}

/** A JSON pointer to `segments`, following any `$ref` met on the way (shared responses, parameters). */
export function specPointer(spec: Spec, segments: readonly string[]): string {
  let parts: string[] = [];
  let node: any = spec;
  for (const segment of segments) {
    while (typeof node?.$ref === "string") {
      parts = node.$ref.slice(2).split("/");
      node = deref(spec, node);
    }
    node = node?.[segment];
    parts.push(segment.replace(/~/g, "~0").replace(/\//g, "~1"));
  }
  return `/${parts.join("/")}`;
}

/** The operation's documented success answer: the named example if there is one, else the first. */
export function exampleReply(spec: Spec, operation: Record<string, any>, preferred?: string): Reply {
  const [status, response] = Object.entries<any>(operation.responses).find(([code]) => code.startsWith("2"))!;
  const resolved = deref(spec, response);
  const [contentType, media] = Object.entries<any>(resolved.content ?? {})[0] ?? [];
  if (!contentType) return { status: Number(status) };
  const examples = media.examples ?? {};
  const example = deref(spec, (preferred && Object.hasOwn(examples, preferred) && examples[preferred]) || Object.values(examples)[0]);
  const body = example?.value ?? media.example;
  return { status: Number(status), body, contentType };
}

/**
 * The spec's `x-error-codes` catalogue as name → code, for the names an emulator uses. A name the
 * spec lacks fails when the emulator starts, not when a request needs it.
 */
export function errorCodes<const Name extends string>(spec: Spec, names: readonly Name[]): Record<Name, number> {
  const catalogue: { code: number; name: string }[] = spec["x-error-codes"] ?? [];
  const codes = {} as Record<Name, number>;
  for (const name of names) {
    const entry = catalogue.find((e) => e.name === name);
    if (!entry) throw new Error(`the spec's x-error-codes has no entry named ${name}`);
    codes[name] = entry.code;
  }
  return codes;
}
