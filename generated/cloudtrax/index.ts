// Generated from specs/cloudtrax by scripts/pipeline/render.ts. Do not edit.
// The `specfirst/cloudtrax` entry point.
export {
  createCloudTraxClient,
  type CloudTraxClient,
  type CloudTraxClientOptions,
  type CloudTraxCredentials,
  type CloudTraxPaths,
} from "./client.js";
export { operationTable } from "./operations.js";
export type { components, operations, paths } from "./schema.js";
export { CloudTraxError, cloudTraxErrorCatalogue, describeCloudTraxError, type CloudTraxErrorCode, type CloudTraxErrorName } from "./errors.js";
