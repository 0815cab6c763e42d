/// <reference types="node" />
// A Shadowserver emulator: checks `apikey` in the body and HMAC2 over the exact body bytes with
// node:crypto (independent of the client's signer), validates requests against the spec and
// answers from the spec's examples.
import { createHmac } from "node:crypto";
import { defineEmulator, type EmulatorRequest } from "../../../sandbox/emulator.js";
import { readJson } from "../../../sandbox/json-body.js";
import type { Reply } from "../../../sandbox/reply.js";
import { pageOfExample } from "../../../sandbox/paging.js";
import { checkBody, checkParameters } from "../../../sandbox/request-check.js";
import { serverBasePaths } from "../../../sandbox/routes.js";
import { sameSecret } from "../../../sandbox/same-secret.js";
import { exampleReply } from "../../../sandbox/spec.js";
import shadowserver from "../index.js";

export const SHADOWSERVER_DEMO = shadowserver.sandbox.credentials;

export interface ShadowserverEmulatorOptions {
  /** @default the demo key */
  apiKey?: string;
  /** @default the demo secret */
  secret?: string;
}

const error = (status: number, message: string): Reply => ({ status, body: { error: message } });

export default defineEmulator<ShadowserverEmulatorOptions>({
  create({ spec, validator, credentials }, options) {
    const apiKey = options.apiKey ?? credentials.apiKey;
    const secret = options.secret ?? credentials.secret ?? "";

    function handle(request: EmulatorRequest): Reply {
      const { route } = request;
      if (!route) return error(404, `unknown method ${request.url.pathname}`);
      const keyed = (route.operation.security ?? spec.security ?? []).some((r: object) => Object.keys(r).length > 0);
      if (keyed) {
        const read = readJson(request.text);
        if (!read.ok) return error(400, read.reason.replace("the body", "request body"));
        const body = read.value as Record<string, unknown>;
        if (body === null || typeof body !== "object" || Array.isArray(body)) return error(400, "request body must be a JSON object");
        if (body.apikey !== apiKey) return error(401, "unknown API key");
        const given = String(request.headers.hmac2 ?? "");
        const expected = createHmac("sha256", secret).update(request.raw).digest("hex");
        if (!sameSecret(given, expected)) return error(401, "HMAC2 signature does not match the request body");
        const { apikey: _, ...fields } = body;
        const problem = checkBody(spec, validator, route, fields);
        if (problem) return error(400, `invalid request: ${problem.message}`);
        const reply = exampleReply(spec, route.operation, Object.keys(fields).find((k) => ["origin", "peer", "prefix", "query"].includes(k)));
        // reports/query and scan/ssl answer the page asked for (x-paging).
        return { ...reply, body: pageOfExample(route.operation, reply.body, {}, fields) };
      }
      const query = Object.fromEntries(request.url.searchParams);
      const problem = checkParameters(spec, validator, route, { path: request.pathParams, query });
      if (problem) return error(400, problem.kind === "missing" ? `missing query parameter ${problem.name}` : `invalid request: ${problem.message}`);
      // /net/asn answers in the shape of the mode asked for: the example named after it.
      return exampleReply(spec, route.operation, Object.keys(query)[0]);
    }

    return { handle, basePaths: serverBasePaths(spec), refusal: (status, message) => error(status, message) };
  },
});
