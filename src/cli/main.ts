/// <reference types="node" />
import type { SandboxEntry } from "../sandbox/sandbox.js";
import { parseCallArgs } from "./args.js";
import { runCall } from "./call.js";
import { EXIT } from "./exit-codes.js";
import { describeFailure } from "./failure.js";
import { methodList, overview, USAGE } from "./help.js";
import { createOutput, type Output } from "./output.js";
import type { ListedProvider } from "./provider.js";
import { UsageError } from "./usage-error.js";
import { packageVersion } from "./version.js";

/** How the command reaches the emulators: loaded only for `specfirst sandbox` (they are Node-only and heavier). */
export interface CliExtras {
  sandbox?: () => Promise<{ emulated: Record<string, SandboxEntry> }>;
}

/** The command's output: replaced once the flags say how answers are printed; failures go through it. */
interface Io {
  out: Output;
}

async function main(providers: readonly ListedProvider[], extras: CliExtras, argv: string[], io: Io): Promise<number> {
  if (argv[0] === "sandbox" && extras.sandbox) {
    const [{ emulated }, { runSandboxCommand }] = await Promise.all([extras.sandbox(), import("../sandbox/command.js")]);
    return runSandboxCommand(emulated, argv.slice(1));
  }
  if (argv[0] === "mcp") {
    const { runMcpCommand } = await import("./mcp/command.js");
    return runMcpCommand(providers, argv.slice(1), io.out);
  }
  const { values, positionals } = parseCallArgs(argv);
  const out = (io.out = createOutput({ format: values.format, pretty: values.pretty || process.stdout.isTTY === true }));
  if (values.version) return out.print(packageVersion()), EXIT.ok;
  const [providerName, word, ...args] = positionals;
  if (!providerName) {
    out.print(`${USAGE}\n\n${overview(providers)}`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const provider = providers.find((p) => p.name === providerName);
  if (!provider) throw new UsageError(`unknown provider "${providerName}" (known: ${providers.map((p) => p.name).join(", ")})`);
  if (!word) {
    out.print(methodList(provider));
    return values.help ? EXIT.ok : EXIT.usage;
  }
  return runCall(provider, word, args, values, out);
}

/** The `specfirst` command over the given providers (generated/cli.ts passes every provider). */
export function runCli(providers: readonly ListedProvider[], extras: CliExtras = {}, argv: string[] = process.argv.slice(2)): void {
  const io: Io = { out: createOutput({ format: "json", pretty: false }) };
  main(providers, extras, argv, io).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      const failure = describeFailure(error, undefined);
      io.out.error(failure.message);
      process.exitCode = failure.code;
    },
  );
}
