import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

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
