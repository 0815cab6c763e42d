import { createHmacSha256Signer } from "../core/hmac.js";
import { findOperation, type OperationTable } from "../core/operations.js";
import { readBody, rebuildRequest } from "../core/request.js";
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
  const signer = {
    async onRequest({ request, schemaPath }: { request: Request; schemaPath: string }) {
      const operation = findOperation(table, request.method, schemaPath);
      if (!operation?.security.length) return undefined;
      if (!credentials.apiKey || !credentials.secret) {
        throw new TypeError(`Shadowserver ${operation.operationId} needs an apiKey and a secret`);
      }
      const body = JSON.stringify({ ...parseJsonObject(await readBody(request)), apikey: credentials.apiKey });
      return rebuildRequest(request, {
        body,
        headers: { "Content-Type": "application/json", HMAC2: await sign(body) },
      });
    },
  };
  return { middleware: [signer] };
}

function parseJsonObject(text: string): Record<string, unknown> {
  if (!text) return {};
  const value: unknown = JSON.parse(text);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new TypeError("Shadowserver request bodies must be JSON objects");
  }
  return value as Record<string, unknown>;
}
