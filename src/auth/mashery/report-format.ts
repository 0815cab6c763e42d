import type { Middleware } from "openapi-fetch";
import { findOperation, type OperationTable } from "../../core/operations.js";
import { rebuildRequest } from "../../core/request.js";

/**
 * Reports answer CSV unless asked for JSON; the client asks for JSON unless the caller chose a
 * format. A CSV answer to a call parsed as JSON (the default) arrives as one string, which is what
 * the spec's `Row[] | string` type says, instead of failing to parse.
 */
export function jsonReportsByDefault(table: OperationTable): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      const operation = findOperation(table, request.method, schemaPath);
      if (!operation?.parameters.some((p) => p.in === "query" && p.name === "format")) return undefined;
      const url = new URL(request.url);
      if (url.searchParams.has("format")) return undefined;
      url.searchParams.set("format", "json");
      return rebuildRequest(request, { url: url.toString() });
    },
    async onResponse({ response, options }) {
      if (options.parseAs !== "json" || !response.ok || !response.headers.get("Content-Type")?.startsWith("text/csv")) return undefined;
      const headers = new Headers(response.headers);
      headers.set("Content-Type", "application/json");
      headers.delete("Content-Length");
      return new Response(JSON.stringify(await response.text()), { status: response.status, statusText: response.statusText, headers });
    },
  };
}
