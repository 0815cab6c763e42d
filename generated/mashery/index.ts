// Generated from specs/mashery by scripts/pipeline/render.ts. Do not edit.
// The `specfirst/mashery` entry point.
export {
  createMasheryClient,
  type MasheryClient,
  type MasheryClientOptions,
  type MasheryCredentials,
  type MasheryPaths,
} from "./client.js";
export { operationTable } from "./operations.js";
export type { components, operations, paths } from "./schema.js";
export { MasheryError, masheryErrorCatalogue, describeMasheryError, type MasheryErrorCode, type MasheryErrorName } from "./errors.js";
export * from "../../src/auth/mashery/public.js";
