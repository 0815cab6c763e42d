// Generated from specs/mashery by scripts/pipeline/render.ts. Do not edit.
import createClient, { type Client } from "openapi-fetch";
import { createAuth, type Credentials } from "../../src/auth/mashery.js";
import { bindPathParams, type WithoutPathParams } from "../../src/core/bound-params.js";
import type { CommonClientOptions } from "../../src/core/client-options.js";
import { applyPolicies } from "../../src/core/policies/apply.js";
import { createRedactor } from "../../src/core/policies/redact.js";
import { SignableRequest } from "../../src/core/request.js";
import { createSender } from "../../src/core/send.js";
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
    fetch: createSender(options.fetch),
    Request: SignableRequest,
    headers: options.headers,
  });
  const auth = createAuth(options, operationTable);
  client.use(...auth.middleware);
  const credentials = Object.entries(options).filter(([name, value]) => typeof value === "string" && name !== "baseUrl").map(([, value]) => value as string);
  const redact = createRedactor(() => [...credentials, ...(auth.secrets?.() ?? [])]);
  // Retries wrap the whole call, so every attempt is prepared and signed again.
  applyPolicies(client, operationTable, options, {
    provider: "mashery",
    redact,
    isThrottled: auth.isThrottled,
    settle: auth.settle,
    prepare: [
      bindPathParams({ "site_id": options.siteId }),
      options.baseUrl === undefined ? perPathServers : undefined,
      auth.prepare,
    ],
  });
  return Object.assign(client, auth.extras?.(client as Client<any>)) as MasheryClient;
}
