// What `specfirst/shadowserver` exports besides the generated client.
export type { Credentials as ShadowserverCredentials } from "./auth.js";
