/// <reference types="node" />
import path from "node:path";
import { pickBaseUrl } from "../../cli/base-url.js";
import { readApiSection } from "../../cli/credential-file.js";
import { UsageError } from "../../cli/usage-error.js";
import type { CliContext } from "../../core/provider.js";

const DEFAULT_URI = "https://transform.shadowserver.org/api2";

/**
 * Credentials as Shadowserver's own tools read them: `~/.shadowserver.api` with `[api] key, secret,
 * uri`. SHADOWSERVER_API_KEY / SHADOWSERVER_API_SECRET / SHADOWSERVER_API_URI override the file.
 * The free lookups need none.
 */
export function resolveOptions(context: CliContext): Record<string, unknown> {
  const file = context.configFile ?? context.env.SHADOWSERVER_API_CONFIG ?? path.join(context.home, ".shadowserver.api");
  const named = context.configFile !== undefined || context.env.SHADOWSERVER_API_CONFIG !== undefined;
  const api = readApiSection<{ key?: string; secret?: string; uri?: string }>(file, { required: named, expected: "key, secret and uri" });
  const uri = pickBaseUrl([[context.baseUrl, "--base-url"], [context.env.SHADOWSERVER_API_URI, "SHADOWSERVER_API_URI"], [api.uri, `uri in ${file}`]]);
  const apiKey = context.env.SHADOWSERVER_API_KEY ?? api.key ?? "";
  const secret = context.env.SHADOWSERVER_API_SECRET ?? api.secret ?? "";
  if (context.signed && (!apiKey || !secret)) {
    throw new UsageError(`no Shadowserver API key or secret (set SHADOWSERVER_API_KEY and SHADOWSERVER_API_SECRET, or write key and secret to ${file} under [api])`);
  }
  return {
    apiKey,
    secret,
    // The official uri means "the real service": keep the spec's per-path servers then.
    ...(uri && uri !== DEFAULT_URI ? { baseUrl: uri } : {}),
  };
}
