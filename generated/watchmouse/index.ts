// Generated from specs/watchmouse by scripts/pipeline/render.ts. Do not edit.
// The `specfirst/watchmouse` entry point.
export {
  createWatchMouseClient,
  type WatchMouseClient,
  type WatchMouseClientOptions,
  type WatchMouseCredentials,
  type WatchMousePaths,
} from "./client.js";
export { operationTable } from "./operations.js";
export type { components, operations, paths } from "./schema.js";
export { WatchMouseError, watchMouseErrorCatalogue, describeWatchMouseError, type WatchMouseErrorCode, type WatchMouseErrorName } from "./errors.js";
