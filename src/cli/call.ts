// `specfirst <provider> <method> [json]`: one operation or command method, checked against the
// spec, sent (or shown, on a dry run) and printed.
import type { CliCommand, CommandMethod } from "../core/provider.js";
import { timeoutMs, type parseCallArgs } from "./args.js";
import { credentialValues, resolveClientOptions } from "./client-options.js";
import { EXIT } from "./exit-codes.js";
import { describeFailure } from "./failure.js";
import { commandMethodHelp, commandMethodList, operationHelp } from "./help.js";
import { inlineSchema, operationInputSchema } from "./input-schema.js";
import { commandName, findCommand, parseInput, sendAllPages, sendOperation, toRequestInit, type Outcome } from "./invoke.js";
import type { Output } from "./output.js";
import type { CliClient, ListedProvider } from "./provider.js";
import { createRequestRecorder, describeRequest, DryRunStop } from "./request-recorder.js";
import { readSpec } from "./spec.js";
import { closest } from "./suggest.js";
import { UsageError } from "./usage-error.js";
import { inputProblem } from "./validate.js";

type Flags = ReturnType<typeof parseCallArgs>["values"];

/** What to send, decided before any client exists: so usage mistakes never cost a request. */
interface Plan {
  label: string;
  signed: boolean;
  send(client: CliClient): Promise<Outcome>;
}

export async function runCall(provider: ListedProvider, word: string, args: string[], flags: Flags, out: Output): Promise<number> {
  const commands = provider.cli.commands ?? {};
  // Own properties only: "constructor" or "toString" are not commands.
  const command = Object.hasOwn(commands, word) ? commands[word]! : undefined;
  const plan = command ? commandPlan(provider, word, command, args, flags, out) : operationPlan(provider, word, args, flags, out);
  if (plan === undefined) return EXIT.ok;

  const recorder = createRequestRecorder(flags["dry-run"]);
  const options = resolveClientOptions(provider, {
    sandbox: flags.sandbox,
    baseUrl: flags["base-url"],
    configFile: flags.config,
    timeoutMs: timeoutMs(flags.timeout),
    env: process.env,
    signed: plan.signed,
  });
  out.hide(credentialValues(options));
  out.hide(recorder.sentCredentials);
  const client = provider.createClient({ ...options, fetch: recorder.fetch });
  try {
    // The command makes one call: a client that opened a session for it ends that session.
    const outcome = await plan.send(client).finally(() => client.logout?.());
    if (!outcome.ok) {
      out.error(`${provider.name} ${plan.label} failed: HTTP ${outcome.status} ${out.body(outcome.body)}`.trimEnd());
      return EXIT.refused;
    }
    out.result(outcome.value, outcome.text);
    return EXIT.ok;
  } catch (error) {
    const request = recorder.captured();
    if (error instanceof DryRunStop && request) {
      out.print(await describeRequest(request));
      return EXIT.ok;
    }
    const failure = describeFailure(error, recorder.host());
    out.error(failure.message);
    return failure.code;
  }
}

function operationPlan(provider: ListedProvider, word: string, args: string[], flags: Flags, out: Output): Plan | undefined {
  const op = findCommand(provider.catalog, word);
  if (flags.help) return void out.print(operationHelp(provider, op));
  const [json, ...extra] = args;
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}": pass the request as one JSON argument (quote it)`);
  const input = parseInput(json);
  if (flags.validate) check(commandName(provider.catalog, op), operationInputSchema(readSpec(provider.spec), provider.catalog, op), input);
  const init = toRequestInit(op, input, provider.catalog.bound);
  if (flags.all && !op.paging) throw new UsageError(`${commandName(provider.catalog, op)} is not paged: --all works for ${pagedNames(provider) || "no operation of this provider"}`);
  return {
    label: commandName(provider.catalog, op),
    signed: op.security.length > 0,
    send: (client) => (flags.all ? sendAllPages(client, op, init) : sendOperation(client, op, init)),
  };
}

function commandPlan(provider: ListedProvider, word: string, command: CliCommand, args: string[], flags: Flags, out: Output): Plan | undefined {
  if (flags.all) throw new UsageError(`--all works for paged operations (${pagedNames(provider) || `none in ${provider.name}`}), not for ${word}`);
  const methods = command.methods;
  if (!methods) {
    if (flags.help) return void out.print(command.usage);
    return { label: word, signed: true, send: async (client) => ({ ok: true, value: await command.run!(client, args) }) };
  }
  const known = methods.list(readSpec(provider.spec));
  const [name, ...rest] = args;
  if (flags.list) return void out.print(commandMethodList(provider, word, known));
  if (name === undefined) {
    if (flags.help) return void out.print(`usage: specfirst ${provider.name} ${command.usage}`);
    throw new UsageError(`${word} needs a method name (specfirst ${provider.name} ${word} --list lists them)`);
  }
  const method = findMethod(provider, word, known, name);
  if (flags.help) return void out.print(commandMethodHelp(provider, word, command, method));
  const input = methods.parse(rest);
  if (flags.validate) check(`${word} ${method.name}`, inlineSchema(readSpec(provider.spec), method.input), input);
  return { label: `${word} ${method.name}`, signed: true, send: async (client) => ({ ok: true, value: await methods.call(client, method.name, input) }) };
}

function findMethod(provider: ListedProvider, word: string, known: readonly CommandMethod[], name: string): CommandMethod {
  const method = known.find((m) => m.name === name);
  if (method) return method;
  const close = closest(name, known.map((m) => m.name));
  throw new UsageError(`unknown ${word} method "${name}"${close.length ? `; did you mean ${close.join(", ")}?` : ""} (specfirst ${provider.name} ${word} --list lists them)`);
}

/** The operations --all works for (x-paging in the spec). */
function pagedNames(provider: ListedProvider): string {
  return provider.catalog.operations
    .filter((op) => op.paging)
    .map((op) => commandName(provider.catalog, op))
    .join(", ");
}

/** Refuses input the spec does not describe, naming the field and the closest known name. */
function check(label: string, schema: Record<string, unknown>, input: unknown): void {
  const problem = inputProblem(schema, input);
  if (problem) throw new UsageError(`${label}: ${problem} (--no-validate sends it anyway)`);
}
