/// <reference types="node" />
import { homedir } from "node:os";
import { parseArgs } from "node:util";
import { commandName, findCommand, parseInput, toRequestInit } from "./invoke.js";
import type { HttpMethod, ListedProvider } from "./provider.js";
import { sandboxOptions, sandboxRequested } from "./sandbox.js";
import { UsageError } from "./usage-error.js";

const USAGE = "usage: specfirst <provider> <method> [json] [--pretty] [--base-url URL] [--config FILE] [--sandbox]";

async function main(providers: readonly ListedProvider[], argv: string[]): Promise<number> {
  const byName = new Map(providers.map((p) => [p.name, p]));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      pretty: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      "base-url": { type: "string" },
      config: { type: "string" },
      sandbox: { type: "boolean", default: false },
    },
  });
  const [providerName, method, json, ...extra] = positionals;
  if (!providerName) {
    print(values.help ? overview(providers) : `${USAGE}\n\n${overview(providers)}`);
    return values.help ? 0 : 2;
  }
  const provider = byName.get(providerName);
  if (!provider) throw new UsageError(`unknown provider "${providerName}" (known: ${[...byName.keys()].join(", ")})`);
  if (values.help || !method) {
    print(methodList(provider));
    return values.help ? 0 : 2;
  }
  const options = () => {
    // --sandbox (or SPECFIRST_SANDBOX=1): the local `npm run sandbox` and its demo credentials; no files read.
    if (sandboxRequested(values.sandbox, process.env)) {
      const sandbox = sandboxOptions(provider, process.env);
      return values["base-url"] ? { ...sandbox, baseUrl: values["base-url"].replace(/\/+$/, "") } : sandbox;
    }
    return provider.cli.resolveOptions({ env: process.env, home: homedir(), baseUrl: values["base-url"], configFile: values.config });
  };
  // Own properties only: "constructor" or "toString" are not commands.
  const commands = provider.cli.commands ?? {};
  const command = Object.hasOwn(commands, method) ? commands[method] : undefined;
  if (command) {
    const result = await command.run(provider.createClient(options()), [json, ...extra].filter((arg) => arg !== undefined));
    process.stdout.write(`${JSON.stringify(result ?? null, null, values.pretty ? 2 : undefined)}\n`);
    return 0;
  }
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}": pass the request as one JSON argument (quote it)`);

  const op = findCommand(provider.catalog, method);
  const init = toRequestInit(op, parseInput(json), provider.catalog.bound);
  const client = provider.createClient(options());
  const call = client[op.method.toUpperCase() as HttpMethod];
  // The command makes one call: a client that opened a session for it ends that session.
  const { data, error, response } = await call(op.path, init).finally(() => client.logout?.());
  if (error !== undefined || !response.ok) {
    const detail = typeof error === "string" ? error : JSON.stringify(error);
    process.stderr.write(`specfirst: ${provider.name} ${commandName(provider.catalog, op)} failed: HTTP ${response.status} ${detail ?? ""}\n`);
    return 1;
  }
  if (typeof data === "string") process.stdout.write(data.endsWith("\n") ? data : `${data}\n`);
  else process.stdout.write(`${JSON.stringify(data ?? null, null, values.pretty ? 2 : undefined)}\n`);
  return 0;
}

function overview(providers: readonly ListedProvider[]): string {
  const lines = providers.map((p) => `  ${p.name.padEnd(14)} ${p.catalog.title} (${p.catalog.operations.length} methods)`);
  return `providers:\n${lines.join("\n")}\n\nspecfirst <provider> --help lists its methods.`;
}

function methodList(provider: ListedProvider): string {
  const table = provider.catalog;
  const rows = table.operations.map((op) => [commandName(table, op), op.summary] as const).sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(...rows.map(([name]) => name.length));
  const commands = Object.values(provider.cli.commands ?? {}).map((c) => `  ${c.usage}`);
  return `${table.title} methods (specfirst ${provider.name} <method> [json] [--pretty]):\n${rows.map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`).join("\n")}${commands.length ? `\n\nmore commands:\n${commands.join("\n")}` : ""}`;
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** The `specfirst` command over the given providers (generated/cli.ts passes every provider). */
export function runCli(providers: readonly ListedProvider[], argv: string[] = process.argv.slice(2)): void {
  main(providers, argv).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // Only Node's argument parser errors have a string code starting so; API errors may carry numeric codes.
    const code = (error as { code?: unknown })?.code;
    const known = error instanceof UsageError || (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"));
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`specfirst: ${known ? message : `request failed: ${message}`}\n`);
    process.exitCode = known ? 2 : 1;
  },
);
}
