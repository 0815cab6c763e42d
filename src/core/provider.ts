import type { ClientDefinition } from "./client.js";

/** Where the command line finds credentials: flags, environment, the provider's credential file. */
export interface CliContext {
  env: Record<string, string | undefined>;
  home: string;
  /** --base-url */
  baseUrl?: string | undefined;
  /** --config: the provider's credential file instead of its default location. */
  configFile?: string | undefined;
}

/** A command a provider adds besides its operations, e.g. Mashery's `rpc <method> [params]`. */
export interface CliCommand {
  /** One line for --help, e.g. "rpc <method> [params]  Call a JSON-RPC method". */
  usage: string;
  /** Runs with the words after the command name; the result is printed as JSON. */
  run(client: any, args: string[]): Promise<unknown>;
}

/**
 * Everything special about one provider, in its folder's index.ts. Shared code (the CLI, the
 * sandbox, tests) reads providers only through these objects, listed in generated/providers.ts.
 */
export interface ProviderDefinition {
  /** The client's name and auth strategy (also what the generated factory uses). */
  client: ClientDefinition;
  cli: {
    /** Client options (credentials, baseUrl) from flags, environment and the provider's credential file. */
    resolveOptions(context: CliContext): Record<string, unknown>;
    commands?: Record<string, CliCommand>;
  };
  sandbox: {
    /** Where `specfirst sandbox` serves this provider unless told otherwise. */
    port: number;
    /** Demo credentials the emulator accepts, in the client's own option names. */
    credentials: Readonly<Record<string, string>>;
  };
}

export function defineProvider<P extends ProviderDefinition>(provider: P): P {
  return provider;
}
