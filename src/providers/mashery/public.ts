// What `specfirst/mashery` exports besides the generated client: the typed errors and the rpc()/query() types.
export {
  MasheryAccessError,
  MasheryAccountInactiveError,
  MasheryForbiddenError,
  MasheryNotAuthorizedError,
  MasheryOverQpsLimitError,
  MasheryOverRateLimitError,
  MasheryRateLimitExceededError,
  type MasheryAccessDenial,
} from "./access-error.js";
export { MasheryHttpError } from "./http-error.js";
export type { MasheryQuery, MasheryQueryItem } from "./query.js";
export { MasheryReportingError } from "./reporting-error.js";
export type { MasheryRpc, MasheryRpcMethod, MasheryRpcParams, MasheryRpcResult } from "./rpc.js";
export { MasheryRpcError, type MasheryFieldError } from "./rpc-error.js";
export { masherySignature } from "./signature.js";
export { toMasheryError, type MasheryFailure } from "./to-error.js";
export type { Credentials as MasheryCredentials, MasheryExtras } from "./auth.js";
