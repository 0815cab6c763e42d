// Servers for the CLI and MCP tests: every provider's emulator (the sandbox, on free ports), a
// server that echoes each request back, and one that accepts connections and never answers.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { emulators } from "../emulators/index.js";
import type { RunningEmulator } from "../emulators/kit.js";

export const PROVIDERS = ["cloudtrax", "mashery", "shadowserver", "watchmouse"] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** The four emulators, and the environment that points `--sandbox` at them. */
export async function startSandbox(): Promise<{ emulators: Record<ProviderName, RunningEmulator>; env: Record<string, string>; close(): Promise<void> }> {
  const running = await Promise.all(PROVIDERS.map((name) => emulators[name]!({ port: 0, host: "127.0.0.1" })));
  const byName = Object.fromEntries(PROVIDERS.map((name, i) => [name, running[i]!])) as Record<ProviderName, RunningEmulator>;
  const env = Object.fromEntries(PROVIDERS.map((name) => [`SPECFIRST_SANDBOX_${name.toUpperCase()}_PORT`, String(byName[name].port)]));
  return { emulators: byName, env, close: async () => void (await Promise.all(running.map((e) => e.close()))) };
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
