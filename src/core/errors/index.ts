// Every error class specfirst throws; `specfirst` and each `specfirst/<provider>` re-export these same objects.
export { ApiError, type ApiErrorDetails } from "./api-error.js";
export { InvalidRequestError } from "./invalid-request-error.js";
export { InvalidResponseError } from "./invalid-response-error.js";
export { NetworkError } from "./network-error.js";
export { RedirectError } from "./redirect-error.js";
export { SpecfirstError } from "./specfirst-error.js";
export { TimeoutError } from "./timeout-error.js";
