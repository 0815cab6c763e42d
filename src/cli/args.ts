/// <reference types="node" />
import { parseArgs } from "node:util";
import { DEFAULT_TIMEOUT_MS } from "../core/options.js";
import { UsageError } from "./usage-error.js";

/** The options every `specfirst` command shares. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h", default: false },
  "base-url": { type: "string" },
  config: { type: "string" },
  sandbox: { type: "boolean", default: false },
  timeout: { type: "string" },
} as const;

const CALL_OPTIONS = {
  ...COMMON_OPTIONS,
  version: { type: "boolean", short: "v", default: false },
  pretty: { type: "boolean", default: false },
  format: { type: "string" },
  "dry-run": { type: "boolean", default: false },
  "no-validate": { type: "boolean", default: false },
  list: { type: "boolean", default: false },
} as const;

export const FORMATS = ["json", "yaml"] as const;
export type Format = (typeof FORMATS)[number];

export function parseCallArgs(argv: string[]) {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: CALL_OPTIONS });
  const format = values.format ?? "json";
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be ${FORMATS.join(" or ")}, not "${format}"`);
  return { values: { ...values, format: format as Format, validate: !values["no-validate"] }, positionals };
}

/** --timeout <seconds> as milliseconds; the clients' own default (60 s) without it. */
export function timeoutMs(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIMEOUT_MS;
  const seconds = Number(text);
  if (text.trim() === "" || !Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--timeout must be a number of seconds greater than 0, not "${text}"`);
  return Math.round(seconds * 1000);
}
