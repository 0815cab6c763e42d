/// <reference types="node" />
import path from "node:path";
import { pickBaseUrl } from "../../cli/base-url.js";
import { readApiSection } from "../../cli/credential-file.js";
import type { CliContext } from "../../core/provider.js";
import { UsageError } from "../../cli/usage-error.js";

const DEFAULT_URL = "https://api.cloudtrax.com";

/**
 * CloudTrax credentials for the command line: `~/.cloudtrax.ini` (or --config FILE) with
 * `[api] key, secret, url`; CLOUDTRAX_KEY, CLOUDTRAX_SECRET and CLOUDTRAX_BASE_URL win over the
 * file, and --base-url over both. Without a url the spec's own hosts are used.
 */
export function resolveOptions(context: CliContext): Record<string, unknown> {
  const file = context.configFile ?? context.env.CLOUDTRAX_CONFIG ?? path.join(context.home, ".cloudtrax.ini");
  const api = readApiSection<{ key?: string; secret?: string; url?: string }>(file, { required: context.configFile !== undefined || context.env.CLOUDTRAX_CONFIG !== undefined, expected: "key, secret and url" });
  const url = pickBaseUrl([[context.baseUrl, "--base-url"], [context.env.CLOUDTRAX_BASE_URL, "CLOUDTRAX_BASE_URL"], [api.url, `url in ${file}`]]);
  const key = context.env.CLOUDTRAX_KEY ?? api.key;
  const secret = context.env.CLOUDTRAX_SECRET ?? api.secret;
  // Every CloudTrax call is signed, so say where credentials go before trying one.
  if (!key || !secret) throw new UsageError(`no CloudTrax key or secret (set CLOUDTRAX_KEY and CLOUDTRAX_SECRET, or write key and secret to ${file} under [api])`);
  return {
    key,
    secret,
    // The default host means "the real service": keep the spec's per-path hosts (api-v2, api-v3) then.
    ...(url && url !== DEFAULT_URL ? { baseUrl: url } : {}),
  };
}

