// Generated from specs/cloudtrax by scripts/pipeline/render.ts. Do not edit.
import createClient, { type Client } from "openapi-fetch";
import { createAuth, type Credentials } from "../../src/auth/cloudtrax.js";
import type { CommonClientOptions } from "../../src/core/client-options.js";
import { applyPolicies } from "../../src/core/policies/apply.js";
import { createRedactor } from "../../src/core/policies/redact.js";
import { SignableRequest } from "../../src/core/request.js";
import { createSender } from "../../src/core/send.js";
import { perPathServers } from "../../src/core/servers.js";
import type { ExtrasOf, OptionsArgument } from "../../src/core/strategy.js";
import { operationTable } from "./operations.js";
import type { paths } from "./schema.js";

export type CloudTraxPaths = paths;
export type CloudTraxCredentials = Credentials;
export type CloudTraxClientOptions = Credentials & CommonClientOptions;
export type CloudTraxClient = Client<CloudTraxPaths> & ExtrasOf<typeof createAuth>;

/**
 * A typed CloudTrax API client: paths, parameters, bodies and answers come from the spec; requests
 * are authenticated by src/auth/cloudtrax.ts.
 */
export function createCloudTraxClient(...[options = {} as CloudTraxClientOptions]: OptionsArgument<CloudTraxClientOptions>): CloudTraxClient {
  const client = createClient<CloudTraxPaths>({
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
    provider: "cloudtrax",
    redact,
    isThrottled: auth.isThrottled,
    settle: auth.settle,
    prepare: [
      options.baseUrl === undefined ? perPathServers : undefined,
      auth.prepare,
    ],
  });
  return Object.assign(client, auth.extras?.(client as Client<any>)) as CloudTraxClient;
}
