/// <reference types="node" />
// The HTTP server under every emulator. Every step of a request is guarded: a request-target that is
// not a URL, a path that is not valid percent-encoding, a body over the limit, a client that hangs up
// or sends a malformed chunked body, an exception in the emulator: each gets an answer (the
// provider's error shape or a plain 400/413/500) or a closed connection, and the server keeps serving.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readBody } from "./body.js";
import type { EmulatorApp, EmulatorRequest } from "./emulator.js";
import type { FaultQueue } from "./faults.js";
import { send, sendPartly, type Reply } from "./reply.js";
import type { RequestLog } from "./request-log.js";
import { matchRoute, type Route } from "./routes.js";

export interface ServerSettings {
  routes: readonly Route[];
  /** The emulator state answering now (replaced by reset()). */
  app: () => EmulatorApp<object>;
  log: RequestLog;
  faults: FaultQueue;
  maxBodyBytes: number;
}

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

const plainRefusal = (status: number, message: string): Reply => ({ status, body: { error: message } });

export async function listen(settings: ServerSettings, options: { port: number; host: string }): Promise<Listening> {
  const server = createServer((req, res) => {
    answer(settings, req, res).catch(() => {
      // Nothing left to tell a client whose request failed this late: drop the connection.
      res.destroy();
    });
  });
  // Requests that never finish arriving are cut off instead of holding a socket forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (socket.writable && !socket.destroyed) socket.end(parserRefusal(error.code));
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  // After start-up an error on the listening socket must not become an uncaught exception.
  server.on("error", () => {});
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answer(settings: ServerSettings, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const app = settings.app();
  const refuse = (status: number, message: string, close = false) => {
    const reply = (app.refusal ?? plainRefusal)(status, message);
    send(res, close ? { ...reply, headers: { ...reply.headers, Connection: "close" } } : reply);
  };
  const method = req.method ?? "GET";
  const url = parseTarget(req.url, req.socket);
  if (!url) return refuse(400, "the request-target is not a valid URL or path", true);

  const body = await readBody(req, settings.maxBodyBytes);
  if (!body.ok) {
    if (body.reason === "too-large") return refuse(413, `the request body is larger than ${settings.maxBodyBytes} bytes`, true);
    return refuse(400, "the request body ended early or is malformed", true);
  }
  // Paths are the spec's, relative to the base URL: a documented base path in front is dropped.
  const base = app.basePaths?.find((b) => url.pathname.startsWith(`${b}/`));
  if (base) url.pathname = url.pathname.slice(base.length);
  if (method === "OPTIONS") return send(res, { status: 204 });

  const match = matchRoute(settings.routes, method, url.pathname);
  const remoteAddress = req.socket.remoteAddress ?? "";
  const recorded = settings.log.add({ method, url, headers: req.headers, remoteAddress, raw: body.raw });
  res.on("finish", () => (recorded.status = res.statusCode));
  if (match.badEscape) return refuse(400, `the path parameter ${match.badEscape} is not valid percent-encoding`);

  const request: EmulatorRequest = {
    method,
    url,
    headers: req.headers,
    raw: body.raw,
    text: body.raw.toString("utf8"),
    route: match.route,
    pathParams: match.params,
    pathKnown: match.pathKnown,
    remoteAddress,
  };
  const fault = settings.faults.take(method, url.pathname);
  if (fault) recorded.fault = fault.kind;
  if (fault?.kind === "status") {
    return send(res, { status: fault.status, body: fault.body ?? { error: `injected fault: HTTP ${fault.status}` }, contentType: fault.contentType, headers: fault.headers });
  }
  if (fault?.kind === "retry-after") {
    const status = fault.status ?? 429;
    return send(res, { status, headers: { "Retry-After": fault.after }, body: { error: `injected fault: HTTP ${status}` } });
  }
  if (fault?.kind === "slow") await new Promise((resolve) => setTimeout(resolve, fault.ms).unref());

  let reply: Reply;
  try {
    reply = await app.handle(request);
  } catch (error) {
    reply = (app.refusal ?? plainRefusal)(500, `emulator failure: ${(error as Error)?.message ?? String(error)}`);
  }
  try {
    if (fault?.kind === "reset") return sendPartly(res, reply);
    send(res, reply);
  } catch (error) {
    // An answer that cannot be encoded (a cycle, a value too deep for JSON.stringify) is still answered.
    send(res, (app.refusal ?? plainRefusal)(500, `emulator failure: the answer could not be encoded (${(error as Error)?.message ?? String(error)})`));
  }
}

/** What the HTTP parser's refusal says: the status that names the problem, and why, in a short body. */
function parserRefusal(code: string | undefined): string {
  const [status, reason, text] =
    code === "HPE_HEADER_OVERFLOW" ? [431, "Request Header Fields Too Large", "the request line and headers are too large"]
    : code === "ERR_HTTP_REQUEST_TIMEOUT" ? [408, "Request Timeout", "the request did not arrive in time"]
    : [400, "Bad Request", "the request is not valid HTTP"];
  return `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${text.length}\r\n\r\n${text}`;
}

/**
 * The request-target as a URL; origin-form (`/a?b`) and absolute-form (`http://h/a`) are accepted.
 * Origin-form is read against the address the request came in on (not its Host header, which the
 * client chose), so the request log shows where it was sent.
 */
function parseTarget(target: string | undefined, socket: { localAddress?: string | undefined; localPort?: number | undefined }): URL | undefined {
  const address = socket.localAddress ?? "127.0.0.1";
  try {
    return new URL(target ?? "/", `http://${address.includes(":") ? `[${address}]` : address}:${socket.localPort ?? 80}`);
  } catch {
    return undefined;
  }
}
