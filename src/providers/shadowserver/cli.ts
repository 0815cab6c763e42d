/// <reference types="node" />
import path from "node:path";
import { readApiSection } from "../../cli/credential-file.js";
import type { CliContext } from "../../core/provider.js";

const DEFAULT_URI = "https://transform.shadowserver.org/api2/";

/**
 * Credentials as Shadowserver's own tools read them: `~/.shadowserver.api` with `[api] key, secret,
 * uri`. SHADOWSERVER_API_KEY / SHADOWSERVER_API_SECRET / SHADOWSERVER_API_URI override the file.
 */
export function resolveOptions(context: CliContext): Record<string, unknown> {
  const file = context.configFile ?? context.env.SHADOWSERVER_API_CONFIG ?? path.join(context.home, ".shadowserver.api");
  const api = readApiSection<{ key?: string; secret?: string; uri?: string }>(file, { required: context.configFile !== undefined, expected: "key, secret and uri" });
  const uri = context.baseUrl ?? context.env.SHADOWSERVER_API_URI ?? api.uri;
  return {
    apiKey: context.env.SHADOWSERVER_API_KEY ?? api.key ?? "",
    secret: context.env.SHADOWSERVER_API_SECRET ?? api.secret ?? "",
    // The official uri means "the real service": keep the spec's per-path servers then.
    ...(uri && uri !== DEFAULT_URI ? { baseUrl: uri.replace(/\/+$/, "") } : {}),
  };
}

