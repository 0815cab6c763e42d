// Generated from redocly.yaml by scripts/pipeline/render.ts. Do not edit.
// The providers the `specfirst` command knows; each plugs in its credential lookup from src/cli/providers/.
import type { CliClient, CliModule, CliProvider } from "../src/cli/provider.js";
import { createCloudTraxClient } from "./cloudtrax/client.js";
import { operationTable as cloudtraxOperations } from "./cloudtrax/operations.js";
import * as cloudtraxCli from "../src/cli/providers/cloudtrax.js";
import { createMasheryClient } from "./mashery/client.js";
import { operationTable as masheryOperations } from "./mashery/operations.js";
import * as masheryCli from "../src/cli/providers/mashery.js";
import { createShadowserverClient } from "./shadowserver/client.js";
import { operationTable as shadowserverOperations } from "./shadowserver/operations.js";
import * as shadowserverCli from "../src/cli/providers/shadowserver.js";
import { createWatchMouseClient } from "./watchmouse/client.js";
import { operationTable as watchmouseOperations } from "./watchmouse/operations.js";
import * as watchmouseCli from "../src/cli/providers/watchmouse.js";

export const cliProviders: Record<string, CliProvider> = {
  cloudtrax: {
    name: "cloudtrax",
    title: "CloudTrax API",
    operations: cloudtraxOperations,
    resolveOptions: cloudtraxCli.resolveOptions,
    boundParameters: [],
    commands: (cloudtraxCli as CliModule).commands,
    // The command line is the untyped boundary: options and calls are checked against the spec at run time.
    createClient: (options) => createCloudTraxClient(options as never) as unknown as CliClient,
  },
  mashery: {
    name: "mashery",
    title: "Mashery V2 API",
    operations: masheryOperations,
    resolveOptions: masheryCli.resolveOptions,
    boundParameters: ["site_id"],
    commands: (masheryCli as CliModule).commands,
    // The command line is the untyped boundary: options and calls are checked against the spec at run time.
    createClient: (options) => createMasheryClient(options as never) as unknown as CliClient,
  },
  shadowserver: {
    name: "shadowserver",
    title: "Shadowserver API",
    operations: shadowserverOperations,
    resolveOptions: shadowserverCli.resolveOptions,
    boundParameters: [],
    commands: (shadowserverCli as CliModule).commands,
    // The command line is the untyped boundary: options and calls are checked against the spec at run time.
    createClient: (options) => createShadowserverClient(options as never) as unknown as CliClient,
  },
  watchmouse: {
    name: "watchmouse",
    title: "WatchMouse API",
    operations: watchmouseOperations,
    resolveOptions: watchmouseCli.resolveOptions,
    boundParameters: [],
    commands: (watchmouseCli as CliModule).commands,
    // The command line is the untyped boundary: options and calls are checked against the spec at run time.
    createClient: (options) => createWatchMouseClient(options as never) as unknown as CliClient,
  },
};
