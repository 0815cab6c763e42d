/// <reference types="node" />
// `specfirst mcp <provider> [--sandbox] [--allow-writes]`: the provider's MCP server over stdio,
// with credentials from the same places as every other command.
import { parseArgs } from "node:util";
import { COMMON_OPTIONS, timeoutMs } from "../args.js";
import { credentialValues, resolveClientOptions, type OptionSources } from "../client-options.js";
import { EXIT } from "../exit-codes.js";
import type { Output } from "../output.js";
import type { ListedProvider } from "../provider.js";
import { createRequestRecorder } from "../request-recorder.js";
import { readSpec } from "../spec.js";
import { UsageError } from "../usage-error.js";
import { serveMcp } from "./server.js";
import { providerTools } from "./tools.js";

export const MCP_USAGE = `usage: specfirst mcp <provider> [--sandbox] [--allow-writes] [--base-url URL] [--config FILE] [--timeout SECONDS]

Serves the provider's operations as MCP tools over stdio. Only tools that read are listed unless
--allow-writes is given. Credentials come from the same variables and files as other commands.`;

export async function runMcpCommand(providers: readonly ListedProvider[], argv: string[], out: Output): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...COMMON_OPTIONS, "allow-writes": { type: "boolean", default: false } } });
  if (values.help) return out.print(MCP_USAGE), EXIT.ok;
  const [name, ...extra] = positionals;
  if (!name) throw new UsageError(`mcp needs a provider (${providers.map((p) => p.name).join(", ")})`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const provider = providers.find((p) => p.name === name);
  if (!provider) throw new UsageError(`unknown provider "${name}" (known: ${providers.map((p) => p.name).join(", ")})`);

  const sources: OptionSources = { sandbox: values.sandbox, baseUrl: values["base-url"], configFile: values.config, timeoutMs: timeoutMs(values.timeout), env: process.env, signed: true };
  const report = (message: string) => out.error(`mcp ${provider.name}: ${message}`);
  // Without credentials the anonymous tools still work; the others answer with what to set.
  let credentialProblem: string | undefined;
  let options: Record<string, unknown>;
  try {
    options = resolveClientOptions(provider, sources);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    options = resolveClientOptions(provider, { ...sources, signed: false });
    credentialProblem = error.message;
    report(`${credentialProblem}; only tools that need no credentials will work`);
  }
  const secrets = credentialValues(options);
  out.hide(secrets);
  const recorder = createRequestRecorder(false);
  const client = provider.createClient({ ...options, fetch: recorder.fetch });
  const tools = providerTools(provider, readSpec(provider.spec));
  const { listed, closed } = await serveMcp({ provider, tools, allowWrites: values["allow-writes"], client, recorder, secrets, credentialProblem, report });
  report(`serving ${listed} of ${tools.length} tools over stdio${listed < tools.length ? " (reads only; --allow-writes lists the rest)" : ""}`);
  // A failed input was reported as it happened (report); the exit status says it too.
  return (await closed) ? EXIT.refused : EXIT.ok;
}
