/// <reference types="node" />
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "ini";
import type { CliContext } from "../provider.js";
import { UsageError } from "../provider.js";

const DEFAULT_URI = "https://transform.shadowserver.org/api2/";

/**
 * Credentials as Shadowserver's own tools read them: `~/.shadowserver.api` with `[api] key, secret,
 * uri`. SHADOWSERVER_API_KEY / SHADOWSERVER_API_SECRET / SHADOWSERVER_API_URI override the file.
 */
export function resolveOptions(context: CliContext): Record<string, unknown> {
  const file = context.configFile ?? context.env.SHADOWSERVER_API_CONFIG ?? path.join(context.home, ".shadowserver.api");
  const api = readIni(file, context.configFile !== undefined);
  const uri = context.baseUrl ?? context.env.SHADOWSERVER_API_URI ?? api.uri;
  return {
    apiKey: context.env.SHADOWSERVER_API_KEY ?? api.key ?? "",
    secret: context.env.SHADOWSERVER_API_SECRET ?? api.secret ?? "",
    // The official uri means "the real service": keep the spec's per-path servers then.
    ...(uri && uri !== DEFAULT_URI ? { baseUrl: uri.replace(/\/+$/, "") } : {}),
  };
}

function readIni(file: string, required: boolean): { key?: string; secret?: string; uri?: string } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    if (required) throw new UsageError(`cannot read the credential file ${file}`);
    return {};
  }
  const section = parse(text).api;
  if (!section || typeof section !== "object") throw new UsageError(`${file} has no [api] section (expected key, secret and uri)`);
  return section as { key?: string; secret?: string; uri?: string };
}
