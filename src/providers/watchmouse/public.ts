// What `specfirst/watchmouse` exports besides the generated client.
export type { AnonymousCredentials, Credentials as WatchMouseCredentials, SessionCredentials, TokenCredentials, WatchMouseCredits, WatchMouseExtras } from "./auth.js";
export { WatchMouseApiError } from "./api-error.js";
export type { Envelope as WatchMouseEnvelope } from "./envelope.js";
