// Generated from specs/cloudtrax by scripts/pipeline/render.ts. Do not edit.
// The `specfirst/cloudtrax` entry point.
export { createCloudTraxClient, type CloudTraxClient, type CloudTraxClientOptions } from "./client.js";
export { operationCatalog } from "./catalog.js";
export type { components, operations, paths } from "./schema.js";
export * from "../../src/core/errors/index.js";
export type { CallOptions, ClientOptions } from "../../src/core/options.js";
export type { RetryOptions } from "../../src/core/retry.js";
export * from "./errors.js";
export * from "../../src/providers/cloudtrax/public.js";
