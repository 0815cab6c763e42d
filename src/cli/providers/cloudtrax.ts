/// <reference types="node" />
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "ini";
import type { CliContext } from "../provider.js";
import { UsageError } from "../provider.js";

const DEFAULT_URL = "https://api.cloudtrax.com";

/**
 * CloudTrax credentials for the command line: `~/.cloudtrax.ini` (or --config FILE) with
 * `[api] key, secret, url`; CLOUDTRAX_KEY, CLOUDTRAX_SECRET and CLOUDTRAX_BASE_URL win over the
 * file, and --base-url over both. Without a url the spec's own hosts are used.
 */
export function resolveOptions(context: CliContext): Record<string, unknown> {
  const file = context.configFile ?? context.env.CLOUDTRAX_CONFIG ?? path.join(context.home, ".cloudtrax.ini");
  const api = readIni(file, context.configFile !== undefined);
  const url = context.baseUrl ?? context.env.CLOUDTRAX_BASE_URL ?? api.url;
  const key = context.env.CLOUDTRAX_KEY ?? api.key;
  const secret = context.env.CLOUDTRAX_SECRET ?? api.secret;
  // Every CloudTrax call is signed, so say where credentials go before trying one.
  if (!key || !secret) throw new UsageError(`no CloudTrax key and secret: set CLOUDTRAX_KEY and CLOUDTRAX_SECRET, or write them to ${file} ([api] key, secret, url)`);
  return {
    key,
    secret,
    // The default host means "the real service": keep the spec's per-path hosts (api-v2, api-v3) then.
    ...(url && url.replace(/\/+$/, "") !== DEFAULT_URL ? { baseUrl: url.replace(/\/+$/, "") } : {}),
  };
}

function readIni(file: string, required: boolean): { key?: string; secret?: string; url?: string } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    if (required) throw new UsageError(`cannot read the credential file ${file}`);
    return {};
  }
  const section = parse(text).api;
  if (!section || typeof section !== "object") throw new UsageError(`${file} has no [api] section (expected key, secret and url)`);
  return section as { key?: string; secret?: string; url?: string };
}
