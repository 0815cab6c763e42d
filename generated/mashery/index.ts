// Generated from specs/mashery by scripts/pipeline/render.ts. Do not edit.
// The `specfirst/mashery` entry point.
export { createMasheryClient, type MasheryClient, type MasheryClientOptions } from "./client.js";
export { operationCatalog } from "./catalog.js";
export type { components, operations, paths } from "./schema.js";
export * from "../../src/core/errors/index.js";
export type { CallOptions, ClientOptions } from "../../src/core/options.js";
export type { RetryOptions } from "../../src/core/retry.js";
export * from "./errors.js";
export * from "../../src/providers/mashery/public.js";
