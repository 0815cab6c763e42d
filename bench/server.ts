import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";

/** A trivial loopback server: drains the body, answers 200 JSON. Measures client overhead, not an API. */
export async function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  // `code: 0` is how WatchMouse says "ok" inside an HTTP 200; the other clients ignore it.
  const body = JSON.stringify({ code: 0, ok: true, items: [{ id: 1, name: "a" }] });
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/**
 * The same server in a process of its own, as an API server is: in the client's process its
 * objects would share the client's heap, and every collection of it would be charged to the client.
 * `pinned` prefixes the command (e.g. `taskset -c 1`) to keep it off the client's cores.
 */
export async function startServerProcess(pinned: string[] = []): Promise<{ url: string; close: () => Promise<void> }> {
  const [command, ...args] = [...pinned, process.execPath, "--import", "tsx", fileURLToPath(import.meta.url), "--serve"];
  const child = spawn(command!, args, { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("message", (message) => resolve(String(message)));
    child.once("exit", (code) => reject(new Error(`the bench server exited with ${code}`)));
  });
  return {
    url,
    close: () => new Promise((resolve) => {
      child.once("exit", () => resolve());
      child.kill();
    }),
  };
}

if (process.argv.includes("--serve") && process.send) {
  const { url } = await startServer();
  process.send(url);
}
