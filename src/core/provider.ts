import type { ClientDefinition } from "./client.js";
import type { Effect } from "./effects.js";

/** Where the command line finds credentials: flags, environment, the provider's credential file. */
export interface CliContext {
  env: Record<string, string | undefined>;
  home: string;
  /** --base-url */
  baseUrl?: string | undefined;
  /** --config: the provider's credential file instead of its default location. */
  configFile?: string | undefined;
  /**
   * The command calls something the spec secures: credentials that are missing should be named
   * (UsageError) before any request. False for anonymous lookups. @default false
   */
  signed?: boolean | undefined;
}

/** A command a provider adds besides its operations, e.g. Mashery's `rpc <method> [params]`. */
export interface CliCommand {
  /** One line for --help, e.g. "rpc <method> [params]  Call a JSON-RPC method". */
  usage: string;
  /** Runs with the words after the command name; the result is printed as JSON. Not needed with `methods`. */
  run?(client: any, args: string[]): Promise<unknown>;
  /**
   * The command calls named methods the spec describes (Mashery's JSON-RPC methods): the CLI then
   * lists them (`--list`), suggests names, explains one (`--help`) and checks its input before
   * sending, and the MCP server offers each as a tool.
   */
  methods?: CommandMethods;
}

/** A command's named methods, read from the provider's bundled spec (passed in as data). */
export interface CommandMethods {
  list(spec: Readonly<Record<string, any>>): readonly CommandMethod[];
  /** The input object from the words after the method name, e.g. `'["jdoe"]'` → `{ params: ["jdoe"] }`. */
  parse(args: readonly string[]): Record<string, unknown>;
  /** The command-line words for an input (the inverse of `parse`), for examples in --help. */
  words?(input: Record<string, unknown>): string[];
  /** Calls one method; its input already matched the method's schema (unless the user said --no-validate). */
  call(client: any, method: string, input: Record<string, unknown>): Promise<unknown>;
  /** When the methods are not retried by their effect (they share one operation): how they are, for --help. */
  retries?: string;
}

export interface CommandMethod {
  /** As the API names it, e.g. "member.fetch". */
  name: string;
  description: string;
  effect: Effect;
  /** JSON Schema of the input object (`$ref`s point into the spec). */
  input: Readonly<Record<string, unknown>>;
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
    /** Other complete sets it also accepts, by what they are (e.g. `token`: a token instead of a session). */
    otherCredentials?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  };
}

export function defineProvider<P extends ProviderDefinition>(provider: P): P {
  return provider;
}
