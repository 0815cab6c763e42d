/// <reference types="node" />
// Everything `specfirst` prints goes through here, redacted: messages (stderr) lose the
// credentials in use and any sensitive name=value pair; answers (stdout) lose the credentials in
// use and request signatures, but keep what the user asked for (a key or token an operation
// issues is the point of calling it).
import { stringify as toYaml } from "yaml";
import { createRedactor, namedValuePattern, redactValue, removeValues, type Redactor } from "../core/redact.js";
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
  /**
   * Adds credentials to hide once they are known (the options are resolved after parsing): values,
   * or a list read at each print (what the requests carried, growing as the call goes).
   */
  hide(values: readonly string[] | (() => readonly string[])): void;
}

export interface OutputSettings {
  format: Format;
  /** Indented JSON: --pretty, or by default when stdout is a terminal. */
  pretty: boolean;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
}

export function createOutput(settings: OutputSettings): Output {
  const fixed: string[] = [];
  const sources: (() => readonly string[])[] = [];
  const secrets = () => [...fixed, ...sources.flatMap((source) => source())];
  const redact = createRedactor(secrets);
  const stdout = settings.stdout ?? process.stdout;
  const stderr = settings.stderr ?? process.stderr;
  const line = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);
  return {
    result(value, text = false) {
      const answer = redactAnswer(value ?? null, secrets());
      stdout.write(line(text && typeof answer === "string" ? answer : formatValue(answer, settings)));
    },
    print: (text) => void stdout.write(line(printable(redact(text)))),
    error: (message) => void stderr.write(line(`specfirst: ${printable(redact(message))}`)),
    body: (value) => bodyText(value, redact),
    hide: (values) => void (typeof values === "function" ? sources.push(values) : fixed.push(...values)),
  };
}

/** Control characters (terminal escapes from a server's body or a spec's text) shown as "?"; lines and tabs kept. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "?");
}

export function formatValue(value: unknown, settings: Pick<OutputSettings, "format" | "pretty">): string {
  if (settings.format === "yaml") return toYaml(value);
  return JSON.stringify(value, null, settings.pretty ? 2 : undefined);
}

/** A failure body for a message: redacted as a value (sensitive fields), then as text. */
export function bodyText(value: unknown, redact: Redactor): string {
  return redact(typeof value === "string" ? value : (JSON.stringify(redactValue(value, redact)) ?? ""));
}

/** Names under which a request's signature travels: never useful in an answer, replayable for a while. */
const SIGNATURE_NAMES = ["sig", "signature", "hmac2", "authorization"];
const SIGNATURE_PAIR = namedValuePattern(SIGNATURE_NAMES);
const SIGNATURE_KEY = new RegExp(`^(${SIGNATURE_NAMES.join("|")})$`, "i");

/**
 * An answer as it may be shown: the credentials in use removed from every string (keys too) and
 * signatures from their fields and name=value pairs; numbers and everything else untouched.
 */
export function redactAnswer(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === "string") return removeValues(value, secrets).replace(SIGNATURE_PAIR, (_, name: string, separator: string) => `${name}${separator}[redacted]`);
  if (value === null || typeof value !== "object" || depth > 64) return value;
  if (Array.isArray(value)) return value.map((item) => redactAnswer(item, secrets, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [removeValues(key, secrets), SIGNATURE_KEY.test(key) && typeof item === "string" ? "[redacted]" : redactAnswer(item, secrets, depth + 1)]),
  );
}
