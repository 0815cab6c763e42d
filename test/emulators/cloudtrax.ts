// A CloudTrax emulator: authenticates every request as the docs describe (cloudtrax-auth.ts),
// refuses a network key outside its network, validates parameters and bodies against the spec,
// keeps networks, nodes and vouchers in memory (cloudtrax-store.ts) and answers every other
// operation from the spec's examples. Its clock is injectable, for the clock-skew scenario.
import { CloudTraxError } from "../../generated/cloudtrax/errors.js";
import { createAuthenticator, type EmulatorKey, type KeyKind } from "./cloudtrax-auth.js";
import { errorReply } from "./cloudtrax-errors.js";
import { createCloudTraxStore } from "./cloudtrax-store.js";
import { buildRoutes, createValidator, deref, exampleReply, loadSpec, serve, type EmulatorRequest, type Reply, type Route, type RunningEmulator, type Spec } from "./kit.js";

import cloudtraxProvider from "../../src/providers/cloudtrax/index.js";

export type { EmulatorKey, KeyKind } from "./cloudtrax-auth.js";

/** Keys the emulator knows unless told otherwise; usable against a sandbox that seeds the same. */
export const CLOUDTRAX_DEMO = {
  /** The sample key of the docs' README, with the secret their examples use. */
  account: {
    kind: "account",
    ...cloudtraxProvider.sandbox.credentials,
  },
  /** Reaches network 12478 only, the network of the spec's examples. */
  network: { kind: "network", key: "demo-network-key-12478", secret: "demo-network-secret-12478", networkId: 12478 },
  /** May log users in (POST /account/login) and read the time, nothing else. */
  application: { kind: "application", key: "demo-application-key", secret: "demo-application-secret" },
} as const satisfies Record<string, EmulatorKey>;

export interface CloudTraxEmulatorOptions {
  /** The emulator's clock in milliseconds; timestamps more than 15 minutes from it are refused. */
  now?: () => number;
  port?: number;
  /** @default 127.0.0.1 */
  host?: string;
  /** @default the CLOUDTRAX_DEMO keys plus the key pair the spec's login example hands out */
  keys?: readonly EmulatorKey[];
}

const SCHEME_KINDS: Record<string, KeyKind> = { accountKey: "account", networkKey: "network", applicationKey: "application" };

export async function startCloudTraxEmulator(options: CloudTraxEmulatorOptions = {}): Promise<RunningEmulator> {
  const spec = loadSpec("cloudtrax");
  const now = options.now ?? Date.now;
  const authenticate = createAuthenticator(options.keys ?? defaultKeys(spec), now);
  const validator = createValidator(spec);
  const store = createCloudTraxStore(spec, now);

  function handle(request: EmulatorRequest): Reply {
    const authentication = authenticate(request);
    if ("failure" in authentication) return authentication.failure;
    const { key } = authentication;
    const { route, pathParams } = request;
    if (!route) return errorReply(404, CloudTraxError.RequestUnknownOrNotImplemented, "request");

    const reached = store.networkOf(pathParams);
    if (key.kind === "network" && reached !== undefined && reached !== key.networkId) return errorReply(403, CloudTraxError.NetworkIdKeyMismatch, "authorize");
    const kinds = new Set((route.operation.security ?? spec.security ?? []).flatMap((r: object) => Object.keys(r).map((s) => SCHEME_KINDS[s])));
    if (!kinds.has(key.kind)) {
      return key.kind === "network" && kinds.has("account")
        ? errorReply(403, CloudTraxError.KeyIsNotMaster, "authorize")
        : errorReply(403, CloudTraxError.UnauthorizedKeyAccess, "authorize", { key: key.key });
    }

    const query = Object.fromEntries(request.url.searchParams);
    const problem = checkParameters(spec, route, validator, { path: pathParams, query }) ?? checkBody(spec, route, validator, request.text);
    if (problem) return problem;

    if (route.operation.operationId === "getServerTime") return { status: 200, body: { time: new Date(now()).toISOString().replace(/\.\d{3}Z$/, "Z") } };
    const body = route.operation.requestBody && request.text ? JSON.parse(request.text) : undefined;
    return store.handle(route.operation.operationId, { path: pathParams, query, body, key }) ?? exampleReply(spec, route.operation);
  }

  return serve(buildRoutes(spec), handle, { port: options.port, host: options.host });
}

function defaultKeys(spec: Spec): EmulatorKey[] {
  const login = exampleReply(spec, spec.paths["/account/login"].post).body as { key: string; secret: string };
  return [...Object.values(CLOUDTRAX_DEMO), { kind: "account", key: login.key, secret: login.secret }];
}

type Validator = ReturnType<typeof createValidator>;

/** Path and query parameters against their schemas; numbers arrive as text and are read as numbers. */
function checkParameters(spec: Spec, route: Route, validator: Validator, given: Record<"path" | "query", Record<string, string>>): Reply | undefined {
  const declared = [
    ...(route.pathItem.parameters ?? []).map((p: any, i: number) => [p, ["paths", route.path, "parameters", String(i)]] as const),
    ...(route.operation.parameters ?? []).map((p: any, i: number) => [p, ["paths", route.path, route.method.toLowerCase(), "parameters", String(i)]] as const),
  ];
  for (const [reference, location] of declared) {
    const parameter = deref(spec, reference);
    if (parameter.in !== "path" && parameter.in !== "query") continue;
    const text = given[parameter.in as "path" | "query"][parameter.name];
    if (text === undefined) {
      if (parameter.required) return errorReply(400, CloudTraxError.MissingParameter, parameter.name);
      continue;
    }
    const numeric = ["integer", "number"].includes(deref(spec, parameter.schema)?.type) && /^-?\d+(\.\d+)?$/.test(text);
    const invalid = validator.check(specPointer(spec, [...location, "schema"]), numeric ? Number(text) : text);
    if (invalid) return errorReply(400, CloudTraxError.Exception, parameter.name, { reason: `${parameter.name} ${invalid.replace(/^\(root\) /, "")}` });
  }
  return undefined;
}

/** The JSON body against the operation's request schema. */
function checkBody(spec: Spec, route: Route, validator: Validator, text: string): Reply | undefined {
  const requestBody = deref(spec, route.operation.requestBody);
  if (!requestBody) return undefined;
  if (!text) return requestBody.required ? errorReply(400, CloudTraxError.MissingParameter, "body") : undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return errorReply(400, CloudTraxError.Exception, "body", { reason: "the body is not JSON" });
  }
  const location = ["paths", route.path, route.method.toLowerCase(), "requestBody", "content", "application/json", "schema"];
  const invalid = validator.check(specPointer(spec, location), body);
  return invalid ? errorReply(400, CloudTraxError.Exception, "body", { reason: `body${invalid.replace(/^\(root\)/, "")}` }) : undefined;
}

/** A JSON pointer to `segments`, following any `$ref` met on the way (shared responses, parameters). */
export function specPointer(spec: Spec, segments: readonly string[]): string {
  let parts: string[] = [];
  let node: any = spec;
  for (const segment of segments) {
    while (typeof node?.$ref === "string") {
      parts = node.$ref.slice(2).split("/");
      node = deref(spec, node);
    }
    node = node?.[segment];
    parts.push(segment.replace(/~/g, "~0").replace(/\//g, "~1"));
  }
  return `/${parts.join("/")}`;
}
