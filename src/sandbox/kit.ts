// Shared machinery of the provider emulators: a real HTTP server on 127.0.0.1, routing by the
// bundled spec, request validation against the spec's schemas, and answers from its examples.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export type Spec = Record<string, any>;

export function loadSpec(provider: string): Spec {
  return JSON.parse(readFileSync(path.join(ROOT, "generated", provider, "openapi.json"), "utf8"));
}

export interface Route {
  method: string;
  path: string;
  operation: Record<string, any>;
  pathItem: Record<string, any>;
  pattern: RegExp;
  parameterNames: string[];
}

export interface EmulatorRequest {
  method: string;
  url: URL;
  headers: IncomingMessage["headers"];
  /** The exact bytes received. */
  raw: Buffer;
  text: string;
  route?: Route;
  pathParams: Record<string, string>;
  /** The caller's IP address, for APIs that bind keys to it. */
  remoteAddress: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

export function buildRoutes(spec: Spec): Route[] {
  const routes: Route[] = [];
  for (const [template, item] of Object.entries<any>(spec.paths)) {
    const parameterNames: string[] = [];
    const pattern = new RegExp(
      `^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{([^}]+)\}/g, (_, name) => (parameterNames.push(name), "([^/]+)"))}$`,
    );
    for (const method of ["get", "put", "post", "delete", "patch"]) {
      if (item[method]) routes.push({ method: method.toUpperCase(), path: template, operation: item[method], pathItem: item, pattern, parameterNames });
    }
  }
  // Literal paths before templated ones, so /user/key wins over /user/{userId}.
  return routes.sort((a, b) => a.parameterNames.length - b.parameterNames.length);
}

/**
 * The path part of the spec's server URLs (`/api2`, `/v2`, `/1.6`), without the trailing slash.
 * The emulators also answer under these, so a published sample configured with the documented base
 * URL and only its host changed (`uri = http://127.0.0.1:4030/api2/`) reaches the same operations.
 */
export function serverBasePaths(spec: Spec): string[] {
  const urls: string[] = (spec.servers ?? []).map((server: { url: string }) => server.url).filter((url: string) => !url.includes("{"));
  return [...new Set(urls.map((url) => new URL(url).pathname.replace(/\/+$/, "")))].filter((p) => p !== "");
}

export function matchRoute(routes: Route[], method: string, pathname: string): { route?: Route; params: Record<string, string>; pathKnown: boolean } {
  let pathKnown = false;
  for (const route of routes) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    pathKnown = true;
    if (route.method !== method) continue;
    const params = Object.fromEntries(route.parameterNames.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
    return { route, params, pathKnown };
  }
  return { params: {}, pathKnown };
}

/** Validates request bodies and parameters against the spec's own schemas. */
export function createValidator(spec: Spec) {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...spec, $id: "spec" }, "spec");
  const cache = new Map<string, ReturnType<typeof ajv.compile>>();
  const compile = (pointer: string) => {
    let validate = cache.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `spec#${pointer}` });
      cache.set(pointer, validate);
    }
    return validate;
  };
  return {
    /** Returns an error message, or undefined when the value fits the schema at `pointer`. */
    check(pointer: string, value: unknown): string | undefined {
      const validate = compile(pointer);
      if (validate(value)) return undefined;
      const first = validate.errors?.[0];
      return first ? `${first.instancePath || "(root)"} ${first.message}` : "invalid";
    },
  };
}

export function jsonPointer(...segments: string[]): string {
  return `/${segments.map((s) => s.replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
}

/** The operation's documented success answer: the named example if there is one, else the first. */
export function exampleReply(spec: Spec, operation: Record<string, any>, preferred?: string): Reply {
  const [status, response] = Object.entries<any>(operation.responses).find(([code]) => code.startsWith("2"))!;
  const resolved = deref(spec, response);
  const [contentType, media] = Object.entries<any>(resolved.content ?? {})[0] ?? [];
  if (!contentType) return { status: Number(status) };
  const examples = media.examples ?? {};
  const example = deref(spec, (preferred && examples[preferred]) ?? Object.values(examples)[0]);
  const body = example?.value ?? media.example;
  return { status: Number(status), body, contentType };
}

export function deref(spec: Spec, node: any): any {
  let current = node;
  while (current && typeof current.$ref === "string") {
    current = current.$ref.slice(2).split("/").map((s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~")).reduce((acc: any, k: string) => acc?.[k], spec);
  }
  return current;
}

/** Which requests a fault applies to: all of them unless `path` (exact pathname or pattern) or `method` narrows it. */
interface FaultFilter {
  path?: string | RegExp;
  method?: string;
  /** How many matching requests get the fault. @default 1 */
  times?: number;
}

/**
 * A fault the emulator plays instead of (or around) its normal answer:
 * - `status`: answers with this status (and `body`) without handling the request;
 * - `retry-after`: the same, with a Retry-After header (delta-seconds or an HTTP date); status defaults to 429;
 * - `slow`: waits `ms` before handling the request and answering normally;
 * - `reset`: handles the request (so its effects happen), sends the headers and part of the body, then destroys the socket.
 */
export type Fault = FaultFilter &
  (
    | { kind: "status"; status: number; body?: unknown }
    | { kind: "retry-after"; status?: number; after: string }
    | { kind: "slow"; ms: number }
    | { kind: "reset" }
  );

export interface RunningEmulator {
  url: string;
  port: number;
  /** Every request received, in order (for tests that count calls), faulted ones included. */
  requests: EmulatorRequest[];
  /** Queues a fault; faults apply in the order injected, each to its next `times` matching requests. */
  inject(fault: Fault): void;
  /** Drops the faults not yet played. */
  clearFaults(): void;
  close(): Promise<void>;
}

/** Starts an HTTP server on 127.0.0.1; CORS is open so browser tests can call it. */
export async function serve(
  routes: Route[],
  handle: (request: EmulatorRequest) => Reply | Promise<Reply>,
  options: { port?: number; host?: string; basePaths?: readonly string[] } = {},
): Promise<RunningEmulator> {
  const basePaths = options.basePaths ?? [];
  const requests: EmulatorRequest[] = [];
  const faults: { fault: Fault; left: number }[] = [];
  const takeFault = (request: EmulatorRequest): Fault | undefined => {
    const index = faults.findIndex(({ fault }) => {
      const { path, method } = fault;
      if (method && method.toUpperCase() !== request.method) return false;
      if (path === undefined) return true;
      return typeof path === "string" ? path === request.url.pathname : path.test(request.url.pathname);
    });
    if (index < 0) return undefined;
    const entry = faults[index]!;
    if (--entry.left <= 0) faults.splice(index, 1);
    return entry.fault;
  };
  const server = createServer(async (req, res) => {
    const raw = await readAll(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    // Paths are the spec's, relative to the base URL: a documented base path in front is dropped.
    const base = basePaths.find((b) => url.pathname.startsWith(`${b}/`));
    if (base) url.pathname = url.pathname.slice(base.length);
    if (req.method === "OPTIONS") return send(res, { status: 204 });
    const { route, params } = matchRoute(routes, req.method ?? "GET", url.pathname);
    const request: EmulatorRequest = { method: req.method ?? "GET", url, headers: req.headers, raw, text: raw.toString("utf8"), route, pathParams: params, remoteAddress: req.socket.remoteAddress ?? "" };
    requests.push(request);
    const fault = takeFault(request);
    if (fault?.kind === "status") return send(res, { status: fault.status, body: fault.body ?? { error: `injected fault: HTTP ${fault.status}` } });
    if (fault?.kind === "retry-after") {
      const status = fault.status ?? 429;
      return send(res, { status, headers: { "Retry-After": fault.after }, body: { error: `injected fault: HTTP ${status}` } });
    }
    if (fault?.kind === "slow") await new Promise((resolve) => setTimeout(resolve, fault.ms));
    let reply: Reply;
    try {
      reply = await handle(request);
    } catch (error) {
      reply = { status: 500, body: { error: `emulator failure: ${(error as Error).message}` } };
    }
    if (res.destroyed) return;
    if (fault?.kind === "reset") return sendPartly(res, reply);
    send(res, reply);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? "127.0.0.1";
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    requests,
    inject: (fault) => void faults.push({ fault, left: fault.times ?? 1 }),
    clearFaults: () => void faults.splice(0),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed) return;
  const { headers, payload } = render(reply);
  res.writeHead(reply.status, headers);
  res.end(payload);
}

/** The headers and the first half of the body (announced in full by Content-Length), then a destroyed socket. */
function sendPartly(res: ServerResponse, reply: Reply): void {
  const { headers, payload } = render(reply);
  const bytes = Buffer.from(payload ?? JSON.stringify({ padding: "x".repeat(64) }));
  res.writeHead(reply.status, { ...headers, "Content-Type": headers["Content-Type"] ?? "application/json", "Content-Length": String(bytes.length) });
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
}

function render(reply: Reply): { headers: Record<string, string>; payload?: string } {
  const headers: Record<string, string> = {
    "Access-Control-Allow-Origin": "*",
    // "*" does not cover Authorization (CloudTrax's header, sent by its browser sample): it is named too.
    "Access-Control-Allow-Headers": "*, Authorization",
    "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, PATCH, OPTIONS",
    "Access-Control-Expose-Headers": "*",
    ...reply.headers,
  };
  let payload: string | undefined;
  if (reply.body !== undefined) {
    const type = reply.contentType ?? "application/json";
    headers["Content-Type"] = type;
    payload = typeof reply.body === "string" && !type.includes("json") ? reply.body : JSON.stringify(reply.body);
  }
  return { headers, payload };
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
