// Generated from specs/shadowserver by scripts/pipeline/render.ts. Do not edit.
// The `specfirst/shadowserver` entry point.
export { createShadowserverClient, type ShadowserverClient, type ShadowserverClientOptions } from "./client.js";
export { operationCatalog } from "./catalog.js";
export type { components, operations, paths } from "./schema.js";
export * from "../../src/core/errors/index.js";
export type { CallOptions, ClientOptions } from "../../src/core/options.js";
export type { RetryOptions } from "../../src/core/retry.js";
export * from "../../src/providers/shadowserver/public.js";
