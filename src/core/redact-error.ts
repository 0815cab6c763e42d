import type { Redactor } from "./redact.js";

/** An error from elsewhere (a caller's fetch, a parser) on its way to the caller: its message, stack and string properties redacted in place. */
export function redactError(error: unknown, redact: Redactor): unknown {
  if (!(error instanceof Error)) return error;
  redactProperties(error, redact, 0, new Set());
  return error;
}

/** Strings anywhere in the error's own enumerable properties (a quoted URL, headers, a cause), in place. */
function redactProperties(value: object, redact: Redactor, depth: number, seen: Set<object>): void {
  if (depth > 4 || seen.has(value)) return;
  seen.add(value);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (value instanceof Error) {
    try {
      value.message = redact(value.message);
      if (typeof value.stack === "string") value.stack = redact(value.stack);
    } catch {
      // read-only: leave it
    }
    if (!keys.includes("cause") && value.cause !== undefined) keys.push("cause");
  }
  for (const key of keys) {
    const item = record[key];
    try {
      if (typeof item === "string") record[key] = redact(item);
      else if (item instanceof Error || (item !== null && typeof item === "object" && (Array.isArray(item) || Object.getPrototypeOf(item) === Object.prototype))) {
        redactProperties(item, redact, depth + 1, seen);
      }
    } catch {
      // A read-only property: leave it.
    }
  }
}
