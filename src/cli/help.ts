// What `--help` prints: the providers, a provider's methods, one operation or command method.
import type { CatalogOperation } from "../core/catalog.js";
import type { Effect } from "../core/effects.js";
import type { CliCommand, CommandMethod } from "../core/provider.js";
import { inlineSchema, operationInputSchema } from "./input-schema.js";
import { commandName } from "./invoke.js";
import type { ListedProvider } from "./provider.js";
import { sampleObject, sampleValue, typeLabel } from "./schema-text.js";
import { firstExample, operationSpec, readSpec, type JsonSchema } from "./spec.js";

export const USAGE = `usage: specfirst <provider> <method> [json] [options]
       specfirst <provider> <method> --help
       specfirst mcp <provider> [--sandbox] [--allow-writes]
       specfirst sandbox [--host HOST] [--port-<provider> N]…

options:
  --base-url URL       send to this server instead of the configured one
  --config FILE        the provider's credential file instead of its default location
  --sandbox            the local sandbox and its demo credentials (SPECFIRST_SANDBOX=1)
  --timeout SECONDS    limit for the whole call, retries included (default 60)
  --format json|yaml   how answers are printed (default json: indented on a terminal, compact when piped)
  --pretty             indent JSON even when piped
  --all                every page of a paged operation, printed as one array of its items
  --dry-run            print the request that would be sent (secrets redacted) and send nothing
  --no-validate        send input the spec does not describe (unknown fields, wrong types)
  --version            print the version

exit codes: 0 done, 1 the API refused, 2 usage or configuration, 3 network or timeout`;

const EFFECTS: Record<Effect, string> = {
  read: "read (changes nothing",
  idempotent: "idempotent (changes state; repeating it changes nothing more",
  write: "write (changes state",
};

/** What a method does, and whether the client repeats it after a failure (by its effect, unless its command says otherwise). */
function effectLine(effect: Effect, retries = effect === "write" ? "never retried" : "retried on failure"): string {
  return `  effect: ${EFFECTS[effect]}; ${retries})`;
}

export function overview(providers: readonly ListedProvider[]): string {
  const lines = providers.map((p) => `  ${p.name.padEnd(14)} ${p.catalog.title} (${p.catalog.operations.length} methods)`);
  return `providers:\n${lines.join("\n")}\n\nspecfirst <provider> --help lists its methods.`;
}

export function methodList(provider: ListedProvider): string {
  const table = provider.catalog;
  const rows = table.operations.map((op) => [commandName(table, op), op.summary] as const).sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(...rows.map(([name]) => name.length));
  const commands = Object.values(provider.cli.commands ?? {}).map((c) => `  ${c.usage}`);
  return `${table.title} methods (specfirst ${provider.name} <method> [json]; <method> --help explains one):\n${rows.map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`).join("\n")}${commands.length ? `\n\nmore commands:\n${commands.join("\n")}` : ""}`;
}

/** One operation: what it does, its parameters and body fields with their types, its effect, an example. */
export function operationHelp(provider: ListedProvider, op: CatalogOperation): string {
  const spec = readSpec(provider.spec);
  const { description, parameters, body } = operationSpec(spec, op);
  const input = operationInputSchema(spec, provider.catalog, op, { examples: true });
  const properties = input.properties as Record<string, JsonSchema>;
  const required = new Set((input.required ?? []) as string[]);
  const parameterNames = new Set(parameters.map((p) => p.name));
  const rows = (names: string[], where: (name: string) => string) =>
    names.map((name) => [name, typeLabel(properties[name]), [required.has(name) ? "required" : "", where(name)].filter(Boolean).join(", "), firstLine(properties[name]?.description)]);
  const parameterRows = rows(
    Object.keys(properties).filter((name) => parameterNames.has(name)),
    (name) => parameters.find((p) => p.name === name)!.in,
  );
  const fieldRows = rows(
    Object.keys(properties).filter((name) => !parameterNames.has(name)),
    () => "",
  );
  const example: Record<string, unknown> = { ...(isObject(body?.example) ? body.example : sampleObject(inlineSchema(spec, body?.schema, { examples: true }))) };
  for (const parameter of parameters) {
    if (!Object.hasOwn(properties, parameter.name)) continue;
    const value = firstExample(parameter) ?? (required.has(parameter.name) ? sampleValue(properties[parameter.name]) : undefined);
    if (value !== undefined) example[parameter.name] = value;
  }
  const name = commandName(provider.catalog, op);
  return [
    `specfirst ${provider.name} ${name}: ${op.summary}`,
    ...(description ? ["", wrap(description)] : []),
    "",
    `  ${op.method.toUpperCase()} ${op.path}   (operationId ${op.operationId})`,
    effectLine(op.effect),
    ...(op.security.length ? [] : ["  anonymous: sent without credentials"]),
    ...(op.credits ? [`  costs: ${Object.entries(op.credits).map(([type, n]) => `${n} ${type} credit${n === 1 ? "" : "s"}`).join(", ")}`] : []),
    ...(op.paging ? [`  paged: by ${op.paging.parameter}${op.paging.limit ? ` (page size ${op.paging.limit})` : ""}; --all prints the items of every page`] : []),
    ...section("parameters", parameterRows),
    ...section(input.additionalProperties === false ? "body fields" : "body fields (others are accepted too)", fieldRows),
    "",
    "example:",
    `  specfirst ${provider.name} ${name}${Object.keys(example).length ? ` ${shellQuote(JSON.stringify(example))}` : ""}`,
  ].join("\n");
}

/** A command's methods, one line each: `specfirst mashery rpc --list`. */
export function commandMethodList(provider: ListedProvider, word: string, methods: readonly CommandMethod[]): string {
  const width = Math.max(...methods.map((m) => m.name.length));
  const rows = [...methods].sort((a, b) => a.name.localeCompare(b.name)).map((m) => `  ${m.name.padEnd(width)}  ${m.effect.padEnd(10)}  ${firstSentence(m.description)}`);
  return `${methods.length} methods (specfirst ${provider.name} ${word} <method> [input]; <method> --help explains one):\n${rows.join("\n")}`;
}

export function commandMethodHelp(provider: ListedProvider, word: string, command: CliCommand, method: CommandMethod): string {
  const spec = readSpec(provider.spec);
  const input = inlineSchema(spec, method.input, { examples: true });
  const properties = (input.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((input.required ?? []) as string[]);
  const rows = Object.entries(properties).map(([name, schema]) => [name, typeLabel(schema), required.has(name) ? "required" : "", firstLine(schema.description)]);
  const words = command.methods?.words?.(sampleObject(input)) ?? [];
  return [
    `specfirst ${provider.name} ${word} ${method.name}`,
    ...(method.description ? ["", wrap(method.description)] : []),
    "",
    effectLine(method.effect, command.methods?.retries),
    ...section("input", rows),
    "",
    "example:",
    `  specfirst ${provider.name} ${word} ${method.name}${words.map((w) => ` ${shellQuote(w)}`).join("")}`,
  ].join("\n");
}

function section(title: string, rows: string[][]): string[] {
  if (!rows.length) return [];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  return ["", `${title}:`, ...rows.map((row) => `  ${row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join("  ")}`.trimEnd())];
}

function firstLine(text: unknown): string {
  return typeof text === "string" ? firstSentence(text) : "";
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const end = flat.search(/\.(\s|$)/);
  const sentence = end < 0 ? flat : flat.slice(0, end + 1);
  return sentence.length > 100 ? `${sentence.slice(0, 99)}…` : sentence;
}

function wrap(text: string, width = 96): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const lines: string[] = [];
      let current = "";
      for (const word of paragraph.replace(/\s+/g, " ").trim().split(" ")) {
        if (current && current.length + word.length + 1 > width) lines.push(current), (current = word);
        else current = current ? `${current} ${word}` : word;
      }
      return [...lines, current].join("\n");
    })
    .join("\n\n");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** A word for a POSIX shell: single-quoted unless plain. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
