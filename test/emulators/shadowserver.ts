// A Shadowserver emulator: checks `apikey` in the body and HMAC2 over the exact body bytes with
// node:crypto (independent of the client's Web Crypto signer) and answers from the spec's examples.
import { createHmac, timingSafeEqual } from "node:crypto";
import { buildRoutes, createValidator, exampleReply, jsonPointer, loadSpec, serve, serverBasePaths, type EmulatorRequest, type Reply, type RunningEmulator } from "./kit.js";

import shadowserverProvider from "../../src/providers/shadowserver/index.js";

export const SHADOWSERVER_DEMO = shadowserverProvider.sandbox.credentials;

export interface ShadowserverEmulatorOptions {
  apiKey?: string;
  secret?: string;
  port?: number;
  host?: string;
}

export async function startShadowserverEmulator(options: ShadowserverEmulatorOptions = {}): Promise<RunningEmulator> {
  const apiKey = options.apiKey ?? SHADOWSERVER_DEMO.apiKey;
  const secret = options.secret ?? SHADOWSERVER_DEMO.secret;
  const spec = loadSpec("shadowserver");
  const routes = buildRoutes(spec);
  const validator = createValidator(spec);
  const error = (status: number, message: string): Reply => ({ status, body: { error: message } });

  function handle(request: EmulatorRequest): Reply {
    const { route } = request;
    if (!route) return error(404, `unknown method ${request.url.pathname}`);
    const keyed = (route.operation.security ?? spec.security ?? []).some((r: object) => Object.keys(r).length > 0);
    if (keyed) {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(request.text);
      } catch {
        return error(400, "request body is not JSON");
      }
      if (body === null || typeof body !== "object" || Array.isArray(body)) return error(400, "request body must be a JSON object");
      if (body.apikey !== apiKey) return error(401, "unknown API key");
      const given = String(request.headers.hmac2 ?? "");
      const expected = createHmac("sha256", secret).update(request.raw).digest("hex");
      if (given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
        return error(401, "HMAC2 signature does not match the request body");
      }
      const { apikey: _, ...fields } = body;
      const problem = validator.check(jsonPointer("paths", route.path, "post", "requestBody", "content", "application/json", "schema"), fields);
      if (problem) return error(400, `invalid request: ${problem}`);
      return exampleReply(spec, route.operation, Object.keys(fields).find((k) => ["origin", "peer", "prefix", "query"].includes(k)));
    }
    const parameters = [...(route.pathItem.parameters ?? []), ...(route.operation.parameters ?? [])];
    const query = Object.fromEntries(request.url.searchParams);
    for (const p of parameters) if (p.in === "query" && p.required && query[p.name] === undefined) return error(400, `missing query parameter ${p.name}`);
    // /net/asn answers in the shape of the mode asked for: the example named after it.
    return exampleReply(spec, route.operation, Object.keys(query)[0]);
  }

  return serve(routes, handle, { port: options.port, host: options.host, basePaths: serverBasePaths(spec) });
}
