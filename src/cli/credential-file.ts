/// <reference types="node" />
import { readFileSync } from "node:fs";
import { parse } from "ini";
import { UsageError } from "./usage-error.js";

/**
 * Reads the `[api]` section of a provider's INI credential file. A missing file is fine unless the
 * user named it (--config); a file without `[api]` is a mistake worth saying so.
 */
export function readApiSection<T extends object>(file: string, options: { required: boolean; expected: string }): Partial<T> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    if (options.required) throw new UsageError(`cannot read the credential file ${file}`);
    return {};
  }
  const section = parse(text).api;
  if (!section || typeof section !== "object") throw new UsageError(`${file} has no [api] section (expected ${options.expected})`);
  return section as Partial<T>;
}
