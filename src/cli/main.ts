/// <reference types="node" />
import { parseCallArgs } from "./args.js";
import { runCall } from "./call.js";
import { EXIT } from "./exit-codes.js";
import { describeFailure } from "./failure.js";
import { methodList, overview, USAGE } from "./help.js";
import { createOutput, type Output } from "./output.js";
import type { ListedProvider } from "./provider.js";
import { UsageError } from "./usage-error.js";
import { packageVersion } from "./version.js";

async function main(providers: readonly ListedProvider[], argv: string[], out: { current: Output }): Promise<number> {
  if (argv[0] === "mcp") {
    const { runMcpCommand } = await import("./mcp/command.js");
    return runMcpCommand(providers, argv.slice(1), out.current);
  }
  const { values, positionals } = parseCallArgs(argv);
  out.current = createOutput({ format: values.format, pretty: values.pretty || process.stdout.isTTY === true });
  if (values.version) return out.current.print(packageVersion()), EXIT.ok;
  const [providerName, word, ...args] = positionals;
  if (!providerName) {
    out.current.print(values.help ? `${USAGE}\n\n${overview(providers)}` : `${USAGE}\n\n${overview(providers)}`);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const provider = providers.find((p) => p.name === providerName);
  if (!provider) throw new UsageError(`unknown provider "${providerName}" (known: ${providers.map((p) => p.name).join(", ")})`);
  if (!word) {
    out.current.print(methodList(provider));
    return values.help ? EXIT.ok : EXIT.usage;
  }
  return runCall(provider, word, args, values, out.current);
}

/** The `specfirst` command over the given providers (generated/cli.ts passes every provider). */
export function runCli(providers: readonly ListedProvider[], argv: string[] = process.argv.slice(2)): void {
  const out = { current: createOutput({ format: "json", pretty: false }) };
  main(providers, argv, out).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      const failure = describeFailure(error, undefined);
      out.current.error(failure.message);
      process.exitCode = failure.code;
    },
  );
}
