import type { Prepare } from "./strategy.js";

/**
 * Sends operations whose path has its own `servers` entry in the spec to that host.
 * Only used when the caller did not pick a baseUrl: an explicit baseUrl (a proxy, a sandbox,
 * an emulator) serves every path of the provider.
 */
export const perPathServers: Prepare = ({ operation, init }) =>
  operation?.server && init.baseUrl === undefined ? { ...init, baseUrl: operation.server } : init;
