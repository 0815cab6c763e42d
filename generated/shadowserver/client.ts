// Generated from specs/shadowserver by scripts/pipeline/render.ts. Do not edit.
import createClient, { type Client } from "openapi-fetch";
import { createAuth, type Credentials } from "../../src/auth/shadowserver.js";
import type { CommonClientOptions } from "../../src/core/client-options.js";
import { perPathServers } from "../../src/core/servers.js";
import { operationTable } from "./operations.js";
import type { paths } from "./schema.js";

export type ShadowserverCredentials = Credentials;
export type ShadowserverClientOptions = Credentials & CommonClientOptions;
export type ShadowserverClient = Client<paths>;

/**
 * A typed Shadowserver API client. Requests are authenticated by src/auth/shadowserver.ts.
 * @example const client = createShadowserverClient({ ... }); const { data, error } = await client.POST(...);
 */
export function createShadowserverClient(options: ShadowserverClientOptions): ShadowserverClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? operationTable.defaultServer,
    fetch: options.fetch,
    headers: options.headers,
  });
  if (options.baseUrl === undefined) client.use(perPathServers(operationTable));
  client.use(createAuth(options, operationTable));
  return client;
}
