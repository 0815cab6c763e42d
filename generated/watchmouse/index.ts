// Generated from specs/watchmouse by scripts/pipeline/render.ts. Do not edit.
// The `specfirst/watchmouse` entry point.
export { createWatchMouseClient, type WatchMouseClient, type WatchMouseClientOptions } from "./client.js";
export { operationCatalog } from "./catalog.js";
export type { components, operations, paths } from "./schema.js";
export * from "../../src/core/errors/index.js";
export type { CallOptions, ClientOptions } from "../../src/core/options.js";
export type { RetryOptions } from "../../src/core/retry.js";
export * from "./errors.js";
export * from "../../src/providers/watchmouse/public.js";
