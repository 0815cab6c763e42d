/// <reference types="node" />
import { homedir } from "node:os";
import { checkBaseUrl } from "./base-url.js";
import type { ListedProvider } from "./provider.js";
import { sandboxOptions, sandboxRequested } from "./sandbox.js";
import { UsageError } from "./usage-error.js";

/** Where the command's client options come from: its flags and the process's environment. */
export interface OptionSources {
  sandbox: boolean;
  baseUrl: string | undefined;
  configFile: string | undefined;
  timeoutMs: number;
  env: Record<string, string | undefined>;
  /** The command calls something the spec secures: missing credentials are named before any request. */
  signed: boolean;
}

/**
 * The client options for a provider: the sandbox's (--sandbox, SPECFIRST_SANDBOX) or the
 * provider's own lookup (flags, environment, credential file), plus the time limit.
 */
export function resolveClientOptions(provider: ListedProvider, sources: OptionSources): Record<string, unknown> {
  let options: Record<string, unknown>;
  if (sandboxRequested(sources.sandbox, sources.env)) {
    // The local sandbox and its demo credentials; no files read.
    options = sandboxClientOptions(provider, sources.env);
    checkBaseUrl(String(options.baseUrl), "SPECFIRST_SANDBOX_HOST");
    if (sources.baseUrl !== undefined) {
      checkBaseUrl(sources.baseUrl, "--base-url");
      options.baseUrl = sources.baseUrl.replace(/\/+$/, "");
    }
  } else {
    options = { ...provider.cli.resolveOptions({ env: sources.env, home: homedir(), baseUrl: sources.baseUrl, configFile: sources.configFile, signed: sources.signed }) };
  }
  return { ...options, timeoutMs: sources.timeoutMs };
}

function sandboxClientOptions(provider: ListedProvider, env: Record<string, string | undefined>): Record<string, unknown> {
  try {
    return sandboxOptions(provider, env);
  } catch (error) {
    // A bad SPECFIRST_SANDBOX_<P>_PORT: the message names the variable.
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}

/** The credentials in use (every string option but the URL), for the redactor of everything printed. */
export function credentialValues(options: Record<string, unknown>): string[] {
  return Object.entries(options)
    .filter(([name, value]) => typeof value === "string" && name !== "baseUrl")
    .map(([, value]) => value as string);
}
