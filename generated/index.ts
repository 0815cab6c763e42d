// Generated from redocly.yaml by scripts/pipeline/render.ts. Do not edit.
// The `specfirst` root entry: every provider's factory and the error classes. Prefer `specfirst/<provider>` to load one.
export { createCloudTraxClient } from "./cloudtrax/client.js";
export { createMasheryClient } from "./mashery/client.js";
export { createShadowserverClient } from "./shadowserver/client.js";
export { createWatchMouseClient } from "./watchmouse/client.js";
export * from "../src/core/errors/index.js";
export type { CallOptions, ClientOptions } from "../src/core/options.js";
export type { RetryOptions } from "../src/core/retry.js";

/** The providers this package was generated for, from redocly.yaml. */
export const providers = [{"name":"cloudtrax","title":"CloudTrax API","operations":105},{"name":"mashery","title":"Mashery V2 API","operations":30},{"name":"shadowserver","title":"Shadowserver API","operations":21},{"name":"watchmouse","title":"WatchMouse API","operations":22}] as const;
