import { createHmacSha256Signer } from "../core/hmac.js";
import { findOperation, type OperationTable } from "../core/operations.js";
import { requestBody } from "../core/request.js";
import type { AuthStrategy } from "../core/strategy.js";

export interface Credentials {
  /** The API key; the client puts it into every keyed request body as `apikey`. */
  apiKey: string;
  /** The HMAC secret; it never leaves the client. */
  secret: string;
}

/**
 * Shadowserver api2 auth: `apikey` goes inside the JSON body and `HMAC2` is the lowercase hex
 * HMAC-SHA256 of the exact body bytes sent. Free lookups (no security in the spec) pass untouched,
 * so a client without credentials can still call them.
 */
export function createAuth(credentials: Credentials, table: OperationTable): AuthStrategy {
  const sign = createHmacSha256Signer(credentials.secret ?? "");
  const keyed = (operation: { security: readonly string[] } | undefined) => (operation?.security.length ?? 0) > 0;
  return {
    // The key joins the body before it is serialized, so the signer below sees the final bytes.
    prepare({ operation, init }) {
      if (!keyed(operation)) return init;
      if (!credentials.apiKey || !credentials.secret) {
        throw new TypeError(`Shadowserver ${operation!.operationId} needs an apiKey and a secret`);
      }
      return { ...init, body: { ...jsonObject(init.body), apikey: credentials.apiKey } };
    },
    middleware: [
      {
        async onRequest({ request, schemaPath }) {
          if (!keyed(findOperation(table, request.method, schemaPath))) return undefined;
          request.headers.set("Content-Type", "application/json");
          request.headers.set("HMAC2", await sign(await requestBody(request)));
          return undefined;
        },
      },
    ],
  };
}

function jsonObject(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  const value: unknown = typeof body === "string" ? JSON.parse(body) : body;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new TypeError("Shadowserver request bodies must be JSON objects");
  }
  return value as Record<string, unknown>;
}
