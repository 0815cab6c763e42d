// Servers for the CLI and MCP tests: the sandbox (every provider's emulator, on free ports), a
// server that echoes each request back, and one that accepts connections and never answers.
import { createServer, type Server } from "node:http";
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
  return listen((server, received) =>
    server.on("request", (request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        received.push(`${request.method} ${request.url}`);
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify({ method: request.method, url: request.url, headers: request.headers, body }));
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
