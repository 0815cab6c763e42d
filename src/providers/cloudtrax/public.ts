// What `specfirst/cloudtrax` exports besides the generated client.
export type { Credentials as CloudTraxCredentials } from "./auth.js";
export { signedPath } from "./auth.js";
