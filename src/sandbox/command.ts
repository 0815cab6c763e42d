/// <reference types="node" />
// `specfirst sandbox` (and its alias `npm run sandbox`): every provider's emulator as one local
// service with demo credentials, until Ctrl-C (SIGINT) or SIGTERM. State is in memory.
//
//   specfirst sandbox [--host 127.0.0.1] [--port-<provider> N]…
//
// Ports also come from SPECFIRST_SANDBOX_<PROVIDER>_PORT and the host from SPECFIRST_SANDBOX_HOST;
// flags win over the environment.
import { parseArgs } from "node:util";
import { parsePort, sandboxHost, sandboxPort, sandboxPortVariable } from "../cli/sandbox.js";
import { createSandbox, type SandboxEntry } from "./sandbox.js";
import { SandboxStartError } from "./start-error.js";

interface Io {
  env: Record<string, string | undefined>;
  out(text: string): void;
  err(text: string): void;
}

const defaultIo: Io = { env: process.env, out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) };

/** Runs the command; resolves with the exit code once the sandbox has stopped (or failed to start). */
export async function runSandboxCommand(entries: Record<string, SandboxEntry>, argv: string[], io: Io = defaultIo): Promise<number> {
  const list = Object.values(entries);
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        host: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        ...Object.fromEntries(list.map((p) => [`port-${p.name}`, { type: "string" as const }])),
      },
    });
    if (values.help) {
      io.out(`usage: specfirst sandbox [--host HOST] ${list.map((p) => `[--port-${p.name} N]`).join(" ")}\n`);
      return 0;
    }
    const flags = values as unknown as Record<string, string | undefined>;
    const host = flags.host ?? sandboxHost(io.env);
    const ports = Object.fromEntries(
      list.map((p) => {
        const flag = flags[`port-${p.name}`];
        return [p.name, flag === undefined ? sandboxPort(p, io.env) : parsePort(flag, `--port-${p.name}`)];
      }),
    );
    const sandbox = await createSandbox(entries)({ host, ports });
    const stopped = new Promise<number>((resolve) => {
      let stopping = false;
      const shutdown = (signal: string) => {
        if (stopping) return;
        stopping = true;
        io.out(`\nspecfirst sandbox: ${signal}, stopping\n`);
        sandbox.close().then(
          () => resolve(0),
          (error: unknown) => {
            io.err(`specfirst sandbox: could not stop cleanly: ${(error as Error).message}\n`);
            resolve(1);
          },
        );
      };
      process.once("SIGINT", () => shutdown("SIGINT"));
      process.once("SIGTERM", () => shutdown("SIGTERM"));
    });
    // "sandbox ready" only once the handlers are in: a signal sent on seeing it must stop it cleanly.
    const lines = list.map((p) => `  ${p.name.padEnd(13)} ${(sandbox[p.name] as { url: string }).url}\n${credentialLines(p)}`);
    const first = list[0]?.name ?? "<provider>";
    io.out(`specfirst sandbox: ${list.length} provider emulator${list.length === 1 ? "" : "s"} with demo credentials (state in memory)\n\n${lines.join("\n")}\n\n`);
    io.out(`Try: npx specfirst ${first} --help, then any call with --sandbox   (Ctrl-C stops the sandbox)\nsandbox ready\n`);
    return await stopped;
  } catch (error) {
    io.err(`specfirst sandbox: ${describe(error, list)}\n`);
    return 1;
  }
}

function describe(error: unknown, list: SandboxEntry[]): string {
  if (error instanceof SandboxStartError && error.provider && error.code) {
    const provider = list.find((p) => p.name === error.provider)!;
    return `${error.message}; choose another with --port-${provider.name} or ${sandboxPortVariable(provider)}`;
  }
  const code = (error as { code?: unknown })?.code;
  const known = error instanceof SandboxStartError || error instanceof RangeError || (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"));
  return known ? (error as Error).message : String((error as Error)?.stack ?? error);
}

function credentialLines(provider: SandboxEntry): string {
  const lines = (credentials: Readonly<Record<string, string>>) => Object.entries(credentials).map(([name, value]) => `    ${name.padEnd(9)} ${value}`);
  const others = Object.entries(provider.sandbox.otherCredentials ?? {}).flatMap(([what, credentials]) => [`    or, as a ${what}:`, ...lines(credentials)]);
  return [...lines(provider.sandbox.credentials), ...others].join("\n");
}
