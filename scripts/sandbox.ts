// `npm run sandbox`: the four provider emulators as one local service with demo credentials, so the
// clients, the CLI (`specfirst <provider> … --sandbox`) and the docs' samples can be tried offline.
// State is in memory; Ctrl-C (SIGINT) or SIGTERM stops it.
//
//   npm run sandbox -- [--host 127.0.0.1] [--port-cloudtrax 4010] [--port-mashery 4020] [--port-shadowserver 4030] [--port-watchmouse 4040]
//
// Ports also come from SPECFIRST_SANDBOX_<PROVIDER>_PORT and the host from SPECFIRST_SANDBOX_HOST;
// flags win over the environment.
import { parseArgs } from "node:util";
import { providers } from "../generated/providers.js";
import { parsePort, sandboxHost, sandboxPort, sandboxPortVariable } from "../src/cli/sandbox.js";
import type { RunningEmulator } from "../test/emulators/kit.js";
import { emulators } from "../test/emulators/index.js";

type SandboxProvider = string;
const SANDBOX_PROVIDERS = providers.map((p) => p.name);
const byName = (name: string) => providers.find((p) => p.name === name)!;

class StartError extends Error {}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
      ...Object.fromEntries(SANDBOX_PROVIDERS.map((p) => [`port-${p}`, { type: "string" as const }])),
    },
  });
  if (values.help) {
    process.stdout.write(`usage: npm run sandbox -- [--host HOST] ${SANDBOX_PROVIDERS.map((p) => `[--port-${p} N]`).join(" ")}\n`);
    return;
  }
  const flags = values as unknown as Record<string, string | undefined>;
  const host = flags.host ?? sandboxHost(process.env);
  const ports = Object.fromEntries(
    SANDBOX_PROVIDERS.map((p) => {
      const flag = flags[`port-${p}`];
      return [p, flag === undefined ? sandboxPort(byName(p), process.env) : parsePort(flag, `--port-${p}`)];
    }),
  ) as Record<SandboxProvider, number>;

  const running: Array<[SandboxProvider, RunningEmulator]> = [];
  const stop = () => Promise.all(running.map(([, e]) => e.close()));
  try {
    for (const provider of SANDBOX_PROVIDERS) {
      try {
        running.push([provider, await emulators[provider]!({ port: ports[provider]!, host })]);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === "EADDRINUSE" || code === "EACCES") {
          const why = code === "EADDRINUSE" ? "is already in use" : "cannot be opened (permission denied)";
          throw new StartError(`port ${ports[provider]} on ${host} (${provider}) ${why}; choose another with --port-${provider} or ${sandboxPortVariable(byName(provider))}`);
        }
        throw error;
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\nspecfirst sandbox: ${signal}, stopping\n`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`specfirst sandbox: could not stop cleanly: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));

  // "sandbox ready" only once the handlers are in: a signal sent on seeing it must stop it cleanly.
  const lines = running.map(([provider, emulator]) => `  ${provider.padEnd(13)} ${emulator.url}\n${credentialLines(provider)}`);
  process.stdout.write(`specfirst sandbox: four provider emulators with demo credentials (state in memory)\n\n${lines.join("\n")}\n\n`);
  process.stdout.write(`Try: npx specfirst ${SANDBOX_PROVIDERS[0]} --help, then a call with --sandbox   (Ctrl-C stops the sandbox)\nsandbox ready\n`);
}

function credentialLines(provider: SandboxProvider): string {
  return Object.entries(byName(provider).sandbox.credentials)
    .map(([name, value]) => `    ${name.padEnd(9)} ${value}`)
    .join("\n");
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const code = (error as { code?: unknown })?.code;
  const known = error instanceof StartError || error instanceof RangeError || (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"));
  process.stderr.write(`specfirst sandbox: ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
