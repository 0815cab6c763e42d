// Servers for the CLI and MCP tests: the sandbox (every provider's emulator, on free ports), a
// server that echoes each request back, and one that accepts connections and never answers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { startSandbox as startShippedSandbox } from "../../generated/sandbox.js";

export const PROVIDERS = ["cloudtrax", "mashery", "shadowserver", "watchmouse"] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** The shipped sandbox on free ports, and the environment that points `--sandbox` at it. */
export async function startSandbox() {
  const emulators = await startShippedSandbox();
  const env = Object.fromEntries(PROVIDERS.map((name) => [`SPECFIRST_SANDBOX_${name.toUpperCase()}_PORT`, String(emulators[name].port)]));
  return { emulators, env, close: () => emulators.close() };
}

export interface TestServer {
  url: string;
  /** Requests received, as "METHOD /path?query". */
  received: string[];
  close(): Promise<void>;
}

/** Answers every request with `status` and a JSON echo of it: method, URL, headers and body. */
export function startEchoServer(status: number): Promise<TestServer> {
  return answerEach((request, body, response) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify({ method: request.method, url: request.url, headers: request.headers, body }));
  });
}

/** The session key the disguised echo server hands out on acct_login. */
export const ECHO_SESSION_KEY = "wm-session-7f3e9a21c4";

export interface DisguisedEchoServer extends TestServer {
  /** What the requests carried under sensitive names (signature headers, sig/nkey/apikey in the query), as the server saw them. */
  carried: string[];
}

/**
 * Echoes each request back with `status`, but disguised as servers do: percent-encoded (lowercase
 * hex too) and as JSON inside a JSON string. A WatchMouse acct_login gets a session key, so the key
 * a client obtains itself travels (and comes back) on the calls after it.
 */
export function startDisguisedEchoServer(status: number): Promise<DisguisedEchoServer> {
  const carried: string[] = [];
  return answerEach((request, body, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    response.writeHead(url.pathname.endsWith("/acct_login") ? 200 : status, { "content-type": "application/json" });
    if (url.pathname.endsWith("/acct_login")) return response.end(JSON.stringify({ code: 0, result: { nkey: ECHO_SESSION_KEY } }));
    for (const name of ["signature", "hmac2", "authorization"]) if (typeof request.headers[name] === "string") carried.push(request.headers[name]);
    for (const name of ["sig", "nkey", "apikey"]) if (url.searchParams.has(name)) carried.push(url.searchParams.get(name)!);
    const echo = JSON.stringify({ method: request.method, url: request.url, headers: request.headers, body });
    response.end(JSON.stringify({ encoded: encodeURIComponent(echo), lower: encodeURIComponent(echo).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()), nested: echo }));
  }).then((server) => Object.assign(server, { carried }));
}

/** A server that reads each request's body, notes the request, then lets `answer` reply. */
function answerEach(answer: (request: IncomingMessage, body: string, response: ServerResponse) => void): Promise<TestServer> {
  return listen((server, received) =>
    server.on("request", (request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        received.push(`${request.method} ${request.url}`);
        answer(request, body, response);
      });
    }),
  );
}

/** Accepts connections and requests, and never answers. */
export function startSilentServer(): Promise<TestServer> {
  return listen((server, received) => server.on("request", (request) => void received.push(`${request.method} ${request.url}`)));
}

async function listen(setup: (server: Server, received: string[]) => void): Promise<TestServer> {
  const received: string[] = [];
  const server = createServer();
  setup(server, received);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
