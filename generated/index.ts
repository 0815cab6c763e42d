// Generated from redocly.yaml by scripts/pipeline/render.ts. Do not edit.
// The `specfirst` root entry: every provider's factory. Prefer `specfirst/<provider>` to load one.
export { createCloudTraxClient } from "./cloudtrax/index.js";
export { createMasheryClient } from "./mashery/index.js";
export { createShadowserverClient } from "./shadowserver/index.js";
export { createWatchMouseClient } from "./watchmouse/index.js";

/** The providers this package was generated for, from redocly.yaml. */
export const providers = [
  { name: "cloudtrax", title: "CloudTrax API", operations: 105 },
  { name: "mashery", title: "Mashery V2 API", operations: 30 },
  { name: "shadowserver", title: "Shadowserver API", operations: 21 },
  { name: "watchmouse", title: "WatchMouse API", operations: 22 },
] as const;
