// A CloudTrax emulator: authenticates every request as the docs describe (./auth.ts), refuses a
// network key outside its network, validates parameters and bodies against the spec, keeps
// networks, nodes and vouchers in memory (./store.ts) and answers every other operation from the
// spec's examples.
import { defineEmulator, type EmulatorRequest } from "../../../sandbox/emulator.js";
import { readJson } from "../../../sandbox/json-body.js";
import type { Reply } from "../../../sandbox/reply.js";
import { checkBody, checkParameters, type Problem } from "../../../sandbox/request-check.js";
import { exampleReply, type Spec } from "../../../sandbox/spec.js";
import cloudtrax from "../index.js";
import { createAuthenticator, type EmulatorKey, type KeyKind } from "./auth.js";
import { createErrorReply, type ErrorReply } from "./errors.js";
import { createCloudTraxStore } from "./store.js";

export type { EmulatorKey, KeyKind } from "./auth.js";

/** Keys the emulator knows unless told otherwise; usable against a sandbox that seeds the same. */
export const CLOUDTRAX_DEMO = {
  /** The sample key of the docs' README, with the secret their examples use. */
  account: { kind: "account", ...cloudtrax.sandbox.credentials },
  /** Reaches network 12478 only, the network of the spec's examples. */
  network: { kind: "network", key: "demo-network-key-12478", secret: "demo-network-secret-12478", networkId: 12478 },
  /** May log users in (POST /account/login) and read the time, nothing else. */
  application: { kind: "application", key: "demo-application-key", secret: "demo-application-secret" },
} as const satisfies Record<string, EmulatorKey>;

export interface CloudTraxEmulatorOptions {
  /** @default the CLOUDTRAX_DEMO keys plus the key pair the spec's login example hands out */
  keys?: readonly EmulatorKey[];
}

const SCHEME_KINDS: Record<string, KeyKind> = { accountKey: "account", networkKey: "network", applicationKey: "application" };

export default defineEmulator<CloudTraxEmulatorOptions>({
  create({ spec, validator, now }, options) {
    const errorReply = createErrorReply(spec);
    const authenticate = createAuthenticator(options.keys ?? defaultKeys(spec), now, errorReply);
    const store = createCloudTraxStore(spec, now, errorReply);

    function handle(request: EmulatorRequest): Reply {
      const authentication = authenticate(request);
      if ("failure" in authentication) return authentication.failure;
      const { key } = authentication;
      const { route, pathParams } = request;
      if (!route) return errorReply(404, "RequestUnknownOrNotImplemented", "request");

      const reached = store.networkOf(pathParams);
      if (key.kind === "network" && reached !== undefined && reached !== key.networkId) return errorReply(403, "NetworkIdKeyMismatch", "authorize");
      const kinds = new Set((route.operation.security ?? spec.security ?? []).flatMap((r: object) => Object.keys(r).map((s) => SCHEME_KINDS[s])));
      if (!kinds.has(key.kind)) {
        return key.kind === "network" && kinds.has("account")
          ? errorReply(403, "KeyIsNotMaster", "authorize")
          : errorReply(403, "UnauthorizedKeyAccess", "authorize", { key: key.key });
      }

      const query = Object.fromEntries(request.url.searchParams);
      let body: unknown;
      if (route.operation.requestBody && request.text) {
        const read = readJson(request.text);
        if (!read.ok) return errorReply(400, "Exception", "body", { reason: read.reason });
        body = read.value;
      }
      const problem = checkParameters(spec, validator, route, { path: pathParams, query }) ?? checkBody(spec, validator, route, body);
      if (problem) return problemReply(errorReply, problem);

      if (route.operation.operationId === "getServerTime") return { status: 200, body: { time: new Date(now()).toISOString().replace(/\.\d{3}Z$/, "Z") } };
      return store.handle(route.operation.operationId, { path: pathParams, query, body, key }) ?? exampleReply(spec, route.operation);
    }

    return {
      handle,
      refusal: (status, message) => errorReply(status, "Exception", "request", { reason: message }),
    };
  },
});

/** A request that breaks the spec: 1006 for a missing parameter or body, 1000 naming the field otherwise. */
function problemReply(errorReply: ErrorReply, problem: Problem): Reply {
  if (problem.kind === "missing") return errorReply(400, "MissingParameter", problem.name);
  return errorReply(400, "Exception", problem.name, { reason: problem.message });
}

function defaultKeys(spec: Spec): EmulatorKey[] {
  const login = exampleReply(spec, spec.paths["/account/login"].post).body as { key: string; secret: string };
  return [...Object.values(CLOUDTRAX_DEMO), { kind: "account", key: login.key, secret: login.secret }];
}
