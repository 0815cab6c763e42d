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

export interface RunningEmulator {
  url: string;
  port: number;
  /** Every request received, in order (for tests that count calls). */
  requests: EmulatorRequest[];
  close(): Promise<void>;
}

/** Starts an HTTP server on 127.0.0.1; CORS is open so browser tests can call it. */
export async function serve(
  routes: Route[],
  handle: (request: EmulatorRequest) => Reply | Promise<Reply>,
  options: { port?: number; host?: string } = {},
): Promise<RunningEmulator> {
  const requests: EmulatorRequest[] = [];
  const server = createServer(async (req, res) => {
    const raw = await readAll(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method === "OPTIONS") return send(res, { status: 204 });
    const { route, params } = matchRoute(routes, req.method ?? "GET", url.pathname);
    const request: EmulatorRequest = { method: req.method ?? "GET", url, headers: req.headers, raw, text: raw.toString("utf8"), route, pathParams: params, remoteAddress: req.socket.remoteAddress ?? "" };
    requests.push(request);
    try {
      send(res, await handle(request));
    } catch (error) {
      send(res, { status: 500, body: { error: `emulator failure: ${(error as Error).message}` } });
    }
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
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Headers": "*",
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
  res.writeHead(reply.status, headers);
  res.end(payload);
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
