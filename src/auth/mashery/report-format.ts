import type { Middleware } from "openapi-fetch";
import type { CallInit, PendingCall } from "../../core/strategy.js";

/**
 * Reports answer CSV unless asked for JSON; the client asks for JSON unless the caller chose a
 * format.
 */
export function askForJson({ operation, init }: PendingCall): CallInit {
  if (init.params?.query?.format !== undefined) return init;
  if (!operation?.parameters.some((p) => p.in === "query" && p.name === "format")) return init;
  return { ...init, params: { ...init.params, query: { ...init.params?.query, format: "json" } } };
}

/**
 * A CSV answer to a call parsed as JSON (the default) arrives as one string, which is what the
 * spec's `Row[] | string` type says, instead of failing to parse.
 */
export const csvAsText: Middleware = {
  onResponse({ response, options }) {
    if (options.parseAs !== "json" || !response.ok || !response.headers.get("Content-Type")?.startsWith("text/csv")) return undefined;
    return csvAsJsonString(response);
  },
};

async function csvAsJsonString(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.delete("Content-Length");
  headers.set("Content-Type", "application/json");
  return new Response(JSON.stringify(await response.text()), { status: response.status, statusText: response.statusText, headers });
}
