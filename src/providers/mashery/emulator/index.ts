/// <reference types="node" />
// A Mashery V2 emulator. The front door checks apikey and sig (md5 over apikey + secret + any
// second within ±5 minutes of the emulator's clock, computed with node:crypto, independently of the
// client) and answers the documented 403 messages, a per-second throttle included. Behind it: the
// report resources (./reports.ts) and the JSON-RPC endpoint (1.0, 1.1 and 2.0 envelopes) over an
// in-memory object store (./store.ts).
import { createHash } from "node:crypto";
import { defineEmulator, type EmulatorApp, type EmulatorContext, type EmulatorRequest } from "../../../sandbox/emulator.js";
import { readJson } from "../../../sandbox/json-body.js";
import type { Reply } from "../../../sandbox/reply.js";
import { serverBasePaths } from "../../../sandbox/routes.js";
import { deref, exampleReply, jsonPointer, type Spec } from "../../../sandbox/spec.js";
import mashery from "../index.js";
import { reportingError, reportReply } from "./reports.js";
import { MasheryStore, RpcFailure } from "./store.js";

/** The documentation's own example key and secret, and the site id of its Python sample. */
export const MASHERY_DEMO = mashery.sandbox.credentials;

export interface MasheryEmulatorSettings {
  apiKey: string;
  secret: string;
  siteId: string;
  /** Calls accepted per second (of `now`) before "Account Over Queries Per Second Limit". */
  qpsLimit: number;
  /** Calls accepted in total before "Account Over Rate Limit". */
  rateLimit: number;
  /** Anything but "active" answers "Account Inactive". */
  keyStatus: "active" | "waiting" | "disabled";
  /** The service is over capacity: "Rate Limit Exceeded". */
  overCapacity: boolean;
  /** JSON-RPC methods the key has no permission for: "Forbidden". */
  forbiddenMethods: string[];
}

export interface MasheryControls {
  /** Change these between calls to provoke the other 403 answers. */
  settings: MasheryEmulatorSettings;
  /** The objects the JSON-RPC methods work on, e.g. `store.all("member")`. */
  store: MasheryStore;
  /** How many calls the per-second throttle refused. */
  throttled(): number;
}

const WINDOW_SECONDS = 300;
// The proxy's machine-readable codes as Mashery-managed APIs send them (the spec only assumes the header).
const ERROR_CODE_HEADER: Record<string, string> = {
  Forbidden: "ERR_403_FORBIDDEN",
  "Not Authorized": "ERR_403_NOT_AUTHORIZED",
  "Account Inactive": "ERR_403_DEVELOPER_INACTIVE",
  "Account Over Queries Per Second Limit": "ERR_403_DEVELOPER_OVER_QPS",
  "Account Over Rate Limit": "ERR_403_DEVELOPER_OVER_RATE",
  "Rate Limit Exceeded": "ERR_403_SERVICE_OVER_QPS",
};

export default defineEmulator({ create: createMasheryEmulator });

function createMasheryEmulator({ spec, validator, now, credentials }: EmulatorContext, given: Partial<MasheryEmulatorSettings>): EmulatorApp<MasheryControls> {
  const settings: MasheryEmulatorSettings = {
    apiKey: credentials.apiKey ?? "",
    secret: credentials.secret ?? "",
    siteId: credentials.siteId ?? "",
    qpsLimit: Infinity,
    rateLimit: Infinity,
    keyStatus: "active",
    overCapacity: false,
    forbiddenMethods: [],
    ...given,
  };
  const rpcOperation = spec.paths["/json-rpc/{site_id}"].post;
  const store = new MasheryStore(spec, now, settings.siteId);
  seed(store, spec, rpcOperation);
  let second = NaN;
  let callsThisSecond = 0;
  let callsAccepted = 0;
  let throttled = 0;

  // docs/adr/0009: the documented message at the top and as a JSON-RPC-style error object, so
  // clients reading `message` and clients reading `error.message` both see it.
  const denied = (message: string): Reply => ({ status: 403, body: { message, error: { code: 403, message } }, headers: { "X-Mashery-Error-Code": ERROR_CODE_HEADER[message]! } });

  function signatureIsCurrent(sig: string): boolean {
    const current = Math.floor(now() / 1000);
    for (let t = current - WINDOW_SECONDS; t <= current + WINDOW_SECONDS; t++) {
      if (createHash("md5").update(`${settings.apiKey}${settings.secret}${t}`).digest("hex") === sig) return true;
    }
    return false;
  }

  /** The Mashery proxy in front of both APIs: key, signature, key status and throttles, in that order. */
  function frontDoor(query: URLSearchParams): Reply | undefined {
    const sig = query.get("sig");
    if (query.get("apikey") !== settings.apiKey || !sig || !signatureIsCurrent(sig)) return denied("Not Authorized");
    if (settings.keyStatus !== "active") return denied("Account Inactive");
    if (settings.overCapacity) return denied("Rate Limit Exceeded");
    const current = Math.floor(now() / 1000);
    if (current !== second) [second, callsThisSecond] = [current, 0];
    if (callsThisSecond >= settings.qpsLimit) {
      throttled++;
      return denied("Account Over Queries Per Second Limit");
    }
    callsThisSecond++;
    if (++callsAccepted > settings.rateLimit) return denied("Account Over Rate Limit");
    return undefined;
  }

  function rpcReply(text: string): Reply {
    const read = readJson(text);
    // JSON-RPC: -32700 for text that is not JSON, -32600 for JSON that is no request (here: too deep to be one).
    if (!read.ok) return envelope(undefined, { failure: read.problem === "not-json" ? new RpcFailure(-32700, "Parse error") : new RpcFailure(-32600, `Invalid Request: ${read.reason}`) });
    const message: any = read.value;
    if (message === null || typeof message !== "object" || typeof message.method !== "string" || !Array.isArray(message.params)) {
      return envelope(message, { failure: new RpcFailure(-32600, "Invalid Request") });
    }
    const method: string = message.method;
    if (!Object.hasOwn(spec.components.schemas.RpcMethods.properties, method)) return envelope(message, { failure: new RpcFailure(-32601, "Method not found") });
    if (settings.forbiddenMethods.includes(method)) return denied("Forbidden");
    const catalogue = jsonPointer("components", "schemas", "RpcMethods", "properties", method, "properties");
    const badParams = validator.check(`${catalogue}/params`, message.params);
    if (badParams) return envelope(message, { failure: store.missingIdentifier(method, message.params) ?? new RpcFailure(-32602, "Invalid params", [{ field: "params", message: badParams }]) });
    const badRequest = validator.check("/components/schemas/JsonRpcRequest", message);
    if (badRequest) return envelope(message, { failure: new RpcFailure(-32600, "Invalid Request", [{ field: "request", message: badRequest }]) });
    try {
      const result = store.call(method, message.params);
      // The emulator holds itself to the spec too: a result that does not fit is an emulator bug.
      const badResult = validator.check(`${catalogue}/result`, result);
      if (badResult) throw new RpcFailure(-32603, `Internal error: the emulator's ${method} result does not fit the spec: ${badResult}`);
      return envelope(message, { result });
    } catch (error) {
      if (error instanceof RpcFailure) return envelope(message, { failure: error });
      throw error;
    }
  }

  function handle(request: EmulatorRequest): Reply {
    const { route } = request;
    if (!route) return { status: 404, body: { message: "Not Found" } };
    const refused = frontDoor(request.url.searchParams);
    if (refused) return refused;
    if (route.method === "POST") return request.pathParams.site_id === settings.siteId ? rpcReply(request.text) : denied("Forbidden");
    if (request.pathParams.site_id !== settings.siteId) return reportingError(spec, "ERR_INVALID_SITE_ID", { site_id: request.pathParams.site_id ?? "" });
    return reportReply(spec, validator, {
      route,
      query: request.url.searchParams,
      pathParams: request.pathParams,
      serviceExists: (key) => store.all("service").some((s) => s.service_key === key),
      developerKeys: (key) => new Set(store.all("key").filter((k) => k.service_key === key).map((k) => String(k.apikey))),
    });
  }

  return {
    handle,
    basePaths: serverBasePaths(spec),
    refusal: (status, message) => ({ status, body: { message, error: { code: status, message } } }),
    controls: { settings, store, throttled: () => throttled },
  };
}

/** The answer in the envelope of the request's JSON-RPC version (1.0 unless it says 1.1 or 2.0). */
function envelope(message: any, outcome: { result?: unknown; failure?: RpcFailure }): Reply {
  const id = message?.id ?? null;
  const { failure } = outcome;
  const error = failure && { code: failure.code, message: failure.message, ...(failure.data ? { data: failure.data } : {}) };
  const answer = error ? { error } : { result: outcome.result };
  let body: Record<string, unknown>;
  if (message?.jsonrpc === "2.0") body = { jsonrpc: "2.0", ...answer, id };
  else if (message?.version === "1.1") body = { version: "1.1", ...answer, id };
  else body = { result: error ? null : outcome.result, error: error ?? null, id };
  return { status: failure?.status ?? 200, body };
}

/**
 * The objects the spec's examples talk about: member jdoe_dev, key 47105, its service, a few roles,
 * and the developer keys the report examples name (as further keys of jdoe_dev for that service),
 * so reports and the JSON-RPC store tell the same story.
 */
function seed(store: MasheryStore, spec: Spec, rpcOperation: Record<string, any>): void {
  const example = (name: string) => (exampleReply(spec, rpcOperation, name).body as { result: any }).result;
  store.seed("member", example("memberFetch"));
  const { member: _, ...key } = example("objectQuery").items[0];
  store.seed("key", key);
  reportedDeveloperKeys(spec).forEach((apikey, i) => store.seed("key", { ...key, id: key.id + 1 + i, apikey }));
  store.seed("service", { service_key: key.service_key, name: "Acme Widgets API", created: key.created, updated: key.updated });
  store.seed("role", { id: 1, name: "Administrator", is_assignable: true, is_predefined: true });
  store.seed("role", { id: 2, name: "Member", description: "Every signed-in member (dynamic)", is_assignable: false, is_predefined: true });
  store.seed("role", { id: 7, name: "Community Manager", is_assignable: true, is_predefined: true });
}

/** Every developer key the report operations name: in their example rows, and as the example of their service_dev_key parameter. */
function reportedDeveloperKeys(spec: Spec): string[] {
  const found = new Set<string>();
  for (const item of Object.values<any>(spec.paths)) {
    const operation = item.get;
    if (!operation) continue;
    for (const parameter of [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p: unknown) => deref(spec, p))) {
      if (parameter.name === "service_dev_key" && typeof parameter.example === "string") found.add(parameter.example);
    }
    const rows = exampleReply(spec, operation).body;
    if (Array.isArray(rows)) for (const row of rows) if (typeof row?.serviceDevKey === "string") found.add(row.serviceDevKey);
  }
  return [...found];
}
