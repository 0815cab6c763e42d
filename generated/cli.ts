// Generated from redocly.yaml by scripts/pipeline/render.ts. Do not edit.
// The providers the `specfirst` command knows; each plugs in its credential lookup from src/cli/providers/.
import type { CliClient, CliProvider } from "../src/cli/provider.js";
import { createCloudTraxClient } from "./cloudtrax/client.js";
import { operationTable as cloudtraxOperations } from "./cloudtrax/operations.js";
import { resolveOptions as cloudtraxOptions } from "../src/cli/providers/cloudtrax.js";
import { createShadowserverClient } from "./shadowserver/client.js";
import { operationTable as shadowserverOperations } from "./shadowserver/operations.js";
import { resolveOptions as shadowserverOptions } from "../src/cli/providers/shadowserver.js";
import { createWatchMouseClient } from "./watchmouse/client.js";
import { operationTable as watchmouseOperations } from "./watchmouse/operations.js";
import { resolveOptions as watchmouseOptions } from "../src/cli/providers/watchmouse.js";

export const cliProviders: Record<string, CliProvider> = {
  cloudtrax: {
    name: "cloudtrax",
    title: "CloudTrax API",
    operations: cloudtraxOperations,
    resolveOptions: cloudtraxOptions,
    // The command line is the untyped boundary: options and calls are checked against the spec at run time.
    createClient: (options) => createCloudTraxClient(options as never) as unknown as CliClient,
  },
  shadowserver: {
    name: "shadowserver",
    title: "Shadowserver API",
    operations: shadowserverOperations,
    resolveOptions: shadowserverOptions,
    // The command line is the untyped boundary: options and calls are checked against the spec at run time.
    createClient: (options) => createShadowserverClient(options as never) as unknown as CliClient,
  },
  watchmouse: {
    name: "watchmouse",
    title: "WatchMouse API",
    operations: watchmouseOperations,
    resolveOptions: watchmouseOptions,
    // The command line is the untyped boundary: options and calls are checked against the spec at run time.
    createClient: (options) => createWatchMouseClient(options as never) as unknown as CliClient,
  },
};
