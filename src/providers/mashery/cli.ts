/// <reference types="node" />
import path from "node:path";
import { pickBaseUrl } from "../../cli/base-url.js";
import { readApiSection } from "../../cli/credential-file.js";
import { UsageError } from "../../cli/usage-error.js";
import type { CliCommand, CliContext } from "../../core/provider.js";
import { rpcMethods } from "./rpc-methods.js";

interface IniSection {
  key?: string;
  secret?: string;
  site_id?: string;
  url?: string;
}

/**
 * Credentials from `~/.mashery.ini` (`[api]` with `key`, `secret`, `site_id`, `url`) or another file
 * given with --config; MASHERY_API_KEY, MASHERY_SECRET, MASHERY_SITE_ID and MASHERY_BASE_URL win over it.
 */
export function resolveOptions(context: CliContext): Record<string, unknown> {
  const file = context.configFile ?? path.join(context.home, ".mashery.ini");
  const api = readApiSection<IniSection>(file, { required: context.configFile !== undefined, expected: "key, secret, site_id and url" });
  const baseUrl = pickBaseUrl([[context.baseUrl, "--base-url"], [context.env.MASHERY_BASE_URL, "MASHERY_BASE_URL"], [api.url, `url in ${file}`]]);
  const options = {
    apiKey: context.env.MASHERY_API_KEY ?? api.key ?? "",
    secret: context.env.MASHERY_SECRET ?? api.secret ?? "",
    siteId: context.env.MASHERY_SITE_ID ?? api.site_id ?? "",
  };
  // Every call is signed and goes to one site: name what is missing before trying one.
  const missing = [!options.apiKey && "MASHERY_API_KEY", !options.secret && "MASHERY_SECRET", !options.siteId && "MASHERY_SITE_ID"].filter(Boolean);
  if (context.signed && missing.length) throw new UsageError(`Mashery needs ${missing.join(", ")} (set them, or write key, secret and site_id to ${file} under [api])`);
  return { ...options, ...(baseUrl ? { baseUrl } : {}) };
}

/** `specfirst mashery rpc member.fetch '["jdoe"]'`: one JSON-RPC call, its result printed as JSON. */
export const commands: Record<string, CliCommand> = {
  rpc: {
    usage: "rpc <method> [params]   call a JSON-RPC method; params is a JSON array (default []); rpc --list lists them",
    methods: rpcMethods,
  },
};
