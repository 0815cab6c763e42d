// Generated from specs/mashery by scripts/pipeline/render.ts. Do not edit.
import createClient, { type Client } from "openapi-fetch";
import { createAuth, type Credentials } from "../../src/auth/mashery.js";
import { bindPathParams, type WithoutPathParams } from "../../src/core/bound-params.js";
import type { CommonClientOptions } from "../../src/core/client-options.js";
import { applyPolicies } from "../../src/core/policies/apply.js";
import { createRedactor } from "../../src/core/policies/redact.js";
import { perPathServers } from "../../src/core/servers.js";
import type { ExtrasOf, OptionsArgument } from "../../src/core/strategy.js";
import { operationTable } from "./operations.js";
import type { paths } from "./schema.js";

/** The spec's paths without the parameters the client binds once (site_id). */
export type MasheryPaths = WithoutPathParams<paths, "site_id">;
export type MasheryCredentials = Credentials;
export type MasheryClientOptions = Credentials & CommonClientOptions;
export type MasheryClient = Client<MasheryPaths> & ExtrasOf<typeof createAuth>;

/**
 * A typed Mashery V2 API client: paths, parameters, bodies and answers come from the spec; requests
 * are authenticated by src/auth/mashery.ts.
 */
export function createMasheryClient(...[options = {} as MasheryClientOptions]: OptionsArgument<MasheryClientOptions>): MasheryClient {
  const client = createClient<MasheryPaths>({
    baseUrl: options.baseUrl ?? operationTable.defaultServer,
    fetch: options.fetch,
    headers: options.headers,
  });
  client.use(bindPathParams({ "site_id": options.siteId }));
  if (options.baseUrl === undefined) client.use(perPathServers(operationTable));
  const auth = createAuth(options, operationTable);
  client.use(...auth.middleware);
  // Retries wrap the whole call, so every attempt runs the auth middleware (and is signed) again.
  const credentials = Object.entries(options).filter(([name, value]) => typeof value === "string" && name !== "baseUrl").map(([, value]) => value as string);
  const redact = createRedactor(() => [...credentials, ...(auth.secrets?.() ?? [])]);
  applyPolicies(client, operationTable, options, { provider: "mashery", redact, isThrottled: auth.isThrottled });
  return Object.assign(client, auth.extras?.(client as Client<any>)) as MasheryClient;
}
