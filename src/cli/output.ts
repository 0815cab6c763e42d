/// <reference types="node" />
// Everything `specfirst` prints goes through here, redacted: messages (stderr) lose the
// credentials in use and any sensitive name=value pair; answers (stdout) lose the credentials in
// use, but keep what the user asked for (a key an operation issues is the point of calling it).
import { stringify as toYaml } from "yaml";
import { createRedactor, redactValue, removeValues } from "../core/redact.js";
import type { Format } from "./args.js";

export interface Output {
  /** An answer as JSON or YAML; with `text`, a string answer (CSV…) as it came. */
  result(value: unknown, text?: boolean): void;
  /** Plain lines for stdout (help, a dry run), fully redacted. */
  print(text: string): void;
  /** One `specfirst: …` line on stderr, fully redacted. */
  error(message: string): void;
  /** A failure body: redacted as a value, then as text. */
  body(value: unknown): string;
  /** Adds credentials to hide once they are known (the options are resolved after parsing). */
  hide(values: readonly string[]): void;
}

export interface OutputSettings {
  format: Format;
  /** Indented JSON: --pretty, or by default when stdout is a terminal. */
  pretty: boolean;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
}

export function createOutput(settings: OutputSettings): Output {
  const secrets: string[] = [];
  const redact = createRedactor(() => secrets);
  const stdout = settings.stdout ?? process.stdout;
  const stderr = settings.stderr ?? process.stderr;
  const line = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);
  return {
    result(value, text = false) {
      if (text && typeof value === "string") return void stdout.write(line(removeValues(value, secrets)));
      stdout.write(line(formatValue(mapStrings(value ?? null, (text) => removeValues(text, secrets)), settings)));
    },
    print: (text) => void stdout.write(line(redact(text))),
    error: (message) => void stderr.write(line(`specfirst: ${redact(message)}`)),
    body: (value) => redact(typeof value === "string" ? value : JSON.stringify(redactValue(value, redact)) ?? ""),
    hide: (values) => void secrets.push(...values),
  };
}

export function formatValue(value: unknown, settings: Pick<OutputSettings, "format" | "pretty">): string {
  if (settings.format === "yaml") return toYaml(value);
  return JSON.stringify(value, null, settings.pretty ? 2 : undefined);
}

/** A copy with every string (keys included) passed through `map`; numbers and the rest untouched. */
export function mapStrings(value: unknown, map: (text: string) => string, depth = 0): unknown {
  if (typeof value === "string") return map(value);
  if (value === null || typeof value !== "object" || depth > 64) return value;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [map(key), mapStrings(item, map, depth + 1)]));
}
