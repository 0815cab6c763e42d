// Generated from redocly.yaml by scripts/pipeline/render.ts. Do not edit.
// Every provider, for the CLI, the sandbox and the tests: its folder's definition plus what its spec says.
import type { ListedProvider } from "../src/cli/provider.js";
import cloudtrax from "../src/providers/cloudtrax/index.js";
import { createCloudTraxClient } from "./cloudtrax/client.js";
import { operationCatalog as cloudtraxCatalog } from "./cloudtrax/catalog.js";
import mashery from "../src/providers/mashery/index.js";
import { createMasheryClient } from "./mashery/client.js";
import { operationCatalog as masheryCatalog } from "./mashery/catalog.js";
import shadowserver from "../src/providers/shadowserver/index.js";
import { createShadowserverClient } from "./shadowserver/client.js";
import { operationCatalog as shadowserverCatalog } from "./shadowserver/catalog.js";
import watchmouse from "../src/providers/watchmouse/index.js";
import { createWatchMouseClient } from "./watchmouse/client.js";
import { operationCatalog as watchmouseCatalog } from "./watchmouse/catalog.js";

export const providers: readonly ListedProvider[] = [
  // The command line is the untyped boundary: options and calls are checked against the spec at run time.
  { ...cloudtrax, name: "cloudtrax", catalog: cloudtraxCatalog, spec: new URL("./cloudtrax/openapi.json", import.meta.url), createClient: createCloudTraxClient as unknown as ListedProvider["createClient"] },
  // The command line is the untyped boundary: options and calls are checked against the spec at run time.
  { ...mashery, name: "mashery", catalog: masheryCatalog, spec: new URL("./mashery/openapi.json", import.meta.url), createClient: createMasheryClient as unknown as ListedProvider["createClient"] },
  // The command line is the untyped boundary: options and calls are checked against the spec at run time.
  { ...shadowserver, name: "shadowserver", catalog: shadowserverCatalog, spec: new URL("./shadowserver/openapi.json", import.meta.url), createClient: createShadowserverClient as unknown as ListedProvider["createClient"] },
  // The command line is the untyped boundary: options and calls are checked against the spec at run time.
  { ...watchmouse, name: "watchmouse", catalog: watchmouseCatalog, spec: new URL("./watchmouse/openapi.json", import.meta.url), createClient: createWatchMouseClient as unknown as ListedProvider["createClient"] },
];
