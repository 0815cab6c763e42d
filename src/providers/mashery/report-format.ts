import type { CallInit, PendingCall } from "../../core/strategy.js";

/**
 * Reports (every GET of the spec) answer CSV unless asked for JSON: the client asks for JSON
 * unless the caller chose a format, and reads a chosen CSV as text (the spec's `Row[] | string`).
 */
export function askForJson({ method, init }: PendingCall): CallInit {
  if (method !== "GET") return init;
  const query = init.params?.query;
  if (query?.format === "csv") return { ...init, parseAs: "text" };
  if (query?.format !== undefined) return init;
  return { ...init, params: { ...init.params, query: { ...query, format: "json" } } };
}
