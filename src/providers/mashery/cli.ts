/// <reference types="node" />
import { readApiSection } from "../../cli/credential-file.js";
import path from "node:path";
import type { CliCommand, CliContext } from "../../core/provider.js";
import { UsageError } from "../../cli/usage-error.js";

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
  const api = readApiSection<IniSection>(context.configFile ?? path.join(context.home, ".mashery.ini"), { required: context.configFile !== undefined, expected: "key, secret, site_id and url" });
  const baseUrl = context.baseUrl ?? context.env.MASHERY_BASE_URL ?? api.url;
  return {
    apiKey: context.env.MASHERY_API_KEY ?? api.key ?? "",
    secret: context.env.MASHERY_SECRET ?? api.secret ?? "",
    siteId: context.env.MASHERY_SITE_ID ?? api.site_id ?? "",
    ...(baseUrl ? { baseUrl: baseUrl.replace(/\/+$/, "") } : {}),
  };
}

/** `specfirst mashery rpc member.fetch '["jdoe"]'`: one JSON-RPC call, its result printed as JSON. */
export const commands: Record<string, CliCommand> = {
  rpc: {
    usage: "rpc <method> [params]   call a JSON-RPC method; params is a JSON array (default [])",
    async run(client, [method, params, ...extra]) {
      if (!method) throw new UsageError("rpc needs a method name, e.g. specfirst mashery rpc member.fetch '[\"jdoe\"]'");
      if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}": pass the params as one JSON array (quote it)`);
      const rpc = (client as { rpc: unknown }).rpc as (method: string, params: unknown[]) => Promise<unknown>;
      return rpc(method, parseParams(params));
    },
  },
};

function parseParams(text: string | undefined): unknown[] {
  if (text === undefined || text.trim() === "") return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the params are not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(value)) throw new UsageError("the params must be a JSON array (JSON-RPC params are positional)");
  return value;
}

