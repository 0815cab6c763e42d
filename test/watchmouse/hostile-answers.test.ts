// What a proxy or a broken server may answer must never become the session key.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError, createWatchMouseClient } from "../../generated/watchmouse/index.js";
import { json, startServer, type TestServer } from "../runtime/servers.js";

describe("WatchMouse keys come only from JSON success bodies", () => {
  let server: TestServer;
  let loginAnswer: "html" | "ok" = "html";
  beforeAll(async () => {
    server = await startServer((req, res) => {
      const url = new URL(req.url, "http://x");
      if (url.pathname === "/acct_login") {
        if (loginAnswer === "html") {
          res.writeHead(502, { "Content-Type": "text/html" });
          return res.end("<html><body>502 Bad Gateway</body></html>");
        }
        return json(res, 200, { code: 0, result: { nkey: "fresh-session-key-123" } });
      }
      if (url.pathname === "/rule_get" && url.searchParams.get("anon") === "1") {
        // A malformed anonymous key cookie: a bad percent-escape.
        res.writeHead(200, { "Content-Type": "application/json", "Set-Cookie": "nkey=%E0%A4%A; Path=/" });
        return res.end(JSON.stringify({ code: 0, result: { rules: [] } }));
      }
      json(res, 200, { code: 0, result: { rules: [] }, nkey: url.searchParams.get("nkey") });
    });
  });
  afterAll(() => server.close());

  it("a login answered by a proxy's 502 HTML page is an error, and no later call carries that page as nkey", async () => {
    loginAnswer = "html";
    const client = createWatchMouseClient({ user: "ops@example.org", password: "pw-0123456789", baseUrl: server.url, retry: false });
    const error = await client.GET("/rule_get", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 502 });
    loginAnswer = "ok";
    const { data } = await client.GET("/rule_get", {});
    expect((data as { nkey?: string }).nkey).toBe("fresh-session-key-123");
    for (const request of server.received) expect(request.url).not.toMatch(/html|Gateway/i);
  });

  it("a malformed nkey cookie is ignored, not thrown on every later call", async () => {
    const client = createWatchMouseClient({ baseUrl: server.url });
    for (let i = 0; i < 3; i++) {
      const { error } = await client.GET("/rule_get", { params: { query: { anon: "1" } } } as never);
      expect(error).toBeUndefined();
    }
    const last = server.received.at(-1)!;
    expect(new URL(last.url, "http://x").searchParams.get("nkey")).toBeNull();
  });
});
