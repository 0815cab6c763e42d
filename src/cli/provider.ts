import type { OperationTable } from "../core/operations.js";

/** What the `specfirst` command needs from a provider; generated/cli.ts lists one per redocly.yaml entry. */
export interface CliProvider {
  name: string;
  title: string;
  operations: OperationTable;
  /** Client options (credentials, baseUrl) from flags, environment and the provider's config file. */
  resolveOptions(context: CliContext): Record<string, unknown>;
  createClient(options: Record<string, unknown>): CliClient;
  /** Path parameters the client fills in from its options (info.x-client-bound-parameters): never asked of the user. */
  boundParameters: readonly string[];
  /** Commands a provider adds besides its operations, e.g. Mashery's `rpc <method> [params]`. */
  commands?: Record<string, CliCommand>;
}

/** What a provider's CLI module (src/cli/providers/<p>.ts) exports; `commands` is optional. */
export interface CliModule {
  resolveOptions: CliProvider["resolveOptions"];
  commands?: CliProvider["commands"];
}

export interface CliCommand {
  /** One line for --help, e.g. "rpc <method> [params]  Call a JSON-RPC method". */
  usage: string;
  /** Runs with the words after the command name; the result is printed as JSON. */
  run(client: CliClient, args: string[]): Promise<unknown>;
}

export interface CliContext {
  env: Record<string, string | undefined>;
  home: string;
  /** --base-url */
  baseUrl?: string;
  /** --config: the provider's credential file instead of its default location. */
  configFile?: string;
}

type Call = (path: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";
/** A provider client as the command uses it; `logout` is there when the client holds a session. */
export type CliClient = Record<HttpMethod, Call> & { logout?(): Promise<void> };

/** A mistake by the person at the keyboard: printed as one line, never with a stack trace. */
export class UsageError extends Error {}
