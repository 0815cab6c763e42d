// Generated from specs/shadowserver by scripts/pipeline/render.ts. Do not edit.
// The `specfirst/shadowserver` entry point.
export {
  createShadowserverClient,
  type ShadowserverClient,
  type ShadowserverClientOptions,
  type ShadowserverCredentials,
  type ShadowserverPaths,
} from "./client.js";
export { operationTable } from "./operations.js";
export type { components, operations, paths } from "./schema.js";
