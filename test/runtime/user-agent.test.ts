import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createShadowserverClient } from "../../generated/shadowserver/client.js";
import { version } from "../../generated/version.js";
import { ROOT } from "../pipeline/project-copy.js";
import { startServer, type TestServer } from "./servers.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer((_request, response) => response.writeHead(200, { "Content-Type": "application/json" }).end('{"pong":"2024-01-01 00:00:00"}'));
});
afterAll(() => server.close());

const agentOf = async (options: Parameters<typeof createShadowserverClient>[0], call: { headers?: Record<string, string | null> } = {}) => {
  const client = createShadowserverClient({ baseUrl: server.url, ...options });
  await client.POST("/test/ping", { body: {}, ...call });
  return server.received.at(-1)!.headers["user-agent"];
};

describe("User-Agent", () => {
  it("is specfirst/<version of package.json> by default; the version reaches src as generated data", async () => {
    expect(version).toBe(JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version);
    await expect(agentOf({ apiKey: "k", secret: "s" })).resolves.toBe(`specfirst/${version}`);
  });

  it("is replaced by the userAgent option, by a header of the client or of the call, and left out with userAgent: false", async () => {
    await expect(agentOf({ apiKey: "k", secret: "s", userAgent: "inventory-sync/2.1 specfirst" })).resolves.toBe("inventory-sync/2.1 specfirst");
    await expect(agentOf({ apiKey: "k", secret: "s", headers: { "User-Agent": "from-headers" } })).resolves.toBe("from-headers");
    await expect(agentOf({ apiKey: "k", secret: "s" }, { headers: { "User-Agent": "per-call" } })).resolves.toBe("per-call");
    // Node's fetch then sends its own.
    await expect(agentOf({ apiKey: "k", secret: "s", userAgent: false })).resolves.toBe("node");
  });

  it("the debug line of a request has the method, the redacted URL, the status and the time", async () => {
    const lines: string[] = [];
    await agentOf({ apiKey: "k3y-value", secret: "s", debug: (line) => lines.push(line) });
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^specfirst shadowserver: POST ${server.url}/test/ping → 200 in \\d+ ms$`))]);
  });
});
