import type { Middleware } from "openapi-fetch";
import { findOperation, type OperationTable } from "./operations.js";
import { rebuildRequest } from "./request.js";

/**
 * Sends operations whose path has its own `servers` entry in the spec to that host.
 * Only used when the caller did not pick a baseUrl: an explicit baseUrl (a proxy, a sandbox,
 * an emulator) serves every path of the provider.
 */
export function perPathServers(table: OperationTable): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const server = findOperation(table, request.method, schemaPath)?.server;
      if (!server || !request.url.startsWith(table.defaultServer)) return undefined;
      return rebuildRequest(request, { url: server + request.url.slice(table.defaultServer.length) });
    },
  };
}
