import { defineClient } from "../../core/client.js";
import { InvalidRequestError } from "../../core/errors/invalid-request-error.js";
import type { AuthStrategy, StrategyContext } from "../../core/strategy.js";
import { createHmacSha256Signer } from "../../internal/hmac.js";
import { requestBody } from "../../internal/request.js";

export interface Credentials {
  /** The API key; the client puts it into every keyed request body as `apikey`. */
  apiKey: string;
  /** The HMAC secret; it never leaves the client. */
  secret: string;
}

/**
 * Shadowserver api2: `apikey` goes inside the JSON body and `HMAC2` is the lowercase hex
 * HMAC-SHA256 of the exact body bytes sent. Free lookups (no security in the spec) pass untouched,
 * so a client without credentials can still call them.
 */
export function createAuth(credentials: Credentials, _context: StrategyContext): AuthStrategy {
  const hmac = createHmacSha256Signer(credentials.secret ?? "");
  return {
    // The key joins the body before it is serialized, so the signer sees the final bytes.
    prepare({ anonymous, init, method, path }) {
      if (anonymous) return init;
      if (!credentials.apiKey || !credentials.secret) {
        throw new InvalidRequestError(`shadowserver ${method} ${path} needs an apiKey and a secret`, { provider: "shadowserver", operation: `${method} ${path}` });
      }
      return { ...init, body: { ...jsonObject(init.body), apikey: credentials.apiKey } };
    },
    sign(request, { anonymous }) {
      if (anonymous) return;
      if (request.method !== "GET") request.headers.set("Content-Type", "application/json");
      const body = requestBody(request);
      const signature = typeof body === "string" ? hmac(body) : body.then(hmac);
      if (typeof signature === "string") request.headers.set("HMAC2", signature);
      else return signature.then((value) => void request.headers.set("HMAC2", value));
    },
  };
}

export const clientDefinition = defineClient({ name: "shadowserver", auth: createAuth });

function jsonObject(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  const value: unknown = typeof body === "string" ? JSON.parse(body) : body;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new TypeError("Shadowserver request bodies must be JSON objects");
  }
  return value as Record<string, unknown>;
}
