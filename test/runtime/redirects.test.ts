import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCloudTraxClient } from "../../generated/cloudtrax/index.js";
import { createShadowserverClient } from "../../generated/shadowserver/index.js";
import { RedirectError, SpecfirstError } from "../../src/core/errors/index.js";
import { CREDENTIALS, signedCalls } from "./clients.js";
import { json, startServer, type TestServer } from "./servers.js";

const STATUSES = [301, 302, 303, 307, 308];

describe("a redirect to another origin", () => {
  let elsewhere: TestServer;
  let redirecting: TestServer;
  beforeAll(async () => {
    elsewhere = await startServer((_, res) => json(res, 200, { stolen: true }));
    // The status is chosen per request by the path's ?status= or the first path segment after /r/.
    redirecting = await startServer((req, res) => {
      const status = Number(/[?&]redirect=(\d{3})/.exec(req.url)?.[1] ?? req.headers["x-redirect"] ?? 302);
      res.writeHead(status, { Location: `${elsewhere.url}/collect?from=${encodeURIComponent(req.url)}` });
      res.end();
    });
  });
  afterAll(async () => {
    await elsewhere.close();
    await redirecting.close();
  });

  for (const status of STATUSES) {
    it(`HTTP ${status}: every provider refuses it with a RedirectError and the other origin receives nothing`, async () => {
      const calls = signedCalls(redirecting.url, { headers: { "x-redirect": String(status) }, retry: false });
      for (const [provider, call] of Object.entries(calls)) {
        const error = await call().then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error, provider).toBeInstanceOf(RedirectError);
        expect(error).toBeInstanceOf(SpecfirstError);
        expect(error).toMatchObject({ status, provider, location: `${elsewhere.url}/collect` });
      }
      expect(elsewhere.received).toEqual([]);
    });
  }
});

describe("a redirect within the same origin", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((req, res) => {
      if (req.url.startsWith("/moved")) {
        res.writeHead(Number(req.headers["x-redirect"] ?? 307), { Location: "/here/now" });
        return res.end();
      }
      json(res, 200, { ok: true, seen: req.url });
    });
  });
  afterAll(() => server.close());

  it("is followed and signed again for the new path (CloudTrax)", async () => {
    const client = createCloudTraxClient({ ...CREDENTIALS.cloudtrax, baseUrl: `${server.url}/moved` });
    const before = server.received.length;
    const { data, error } = await client.GET("/network/list");
    expect(error).toBeUndefined();
    expect(data).toMatchObject({ seen: "/here/now" });
    const [first, second] = server.received.slice(before);
    expect(first!.url).toBe("/moved/network/list");
    expect(second!.url).toBe("/here/now");
    for (const [request, signedPath] of [[first!, "/network/list"], [second!, "/here/now"]] as const) {
      const authorization = String(request.headers.authorization);
      const expected = createHmac("sha256", CREDENTIALS.cloudtrax.secret).update(authorization + signedPath).digest("hex");
      expect(request.headers.signature, signedPath).toBe(expected);
    }
    expect(first!.headers.authorization).not.toBe(second!.headers.authorization);
  });

  it("keeps the body on 307/308 and signs the exact bytes again (Shadowserver)", async () => {
    for (const status of [307, 308]) {
      const client = createShadowserverClient({ ...CREDENTIALS.shadowserver, baseUrl: `${server.url}/moved`, headers: { "x-redirect": String(status) } });
      const before = server.received.length;
      const { error } = await client.POST("/key/info", { body: {} });
      expect(error).toBeUndefined();
      const [first, second] = server.received.slice(before);
      expect(second!.method).toBe("POST");
      expect(second!.body).toBe(first!.body);
      expect(second!.headers.hmac2).toBe(createHmac("sha256", CREDENTIALS.shadowserver.secret).update(second!.body).digest("hex"));
    }
  });

  it("turns a POST into a GET without body on 303, as browsers do", async () => {
    const client = createShadowserverClient({ ...CREDENTIALS.shadowserver, baseUrl: `${server.url}/moved`, headers: { "x-redirect": "303" } });
    const before = server.received.length;
    await client.POST("/key/info", { body: {} });
    const second = server.received[before + 1]!;
    expect(second).toMatchObject({ method: "GET", body: "" });
    expect(second.headers["content-type"]).toBeUndefined();
  });
});
