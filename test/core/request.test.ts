import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestBody, SignableRequest } from "../../src/internal/request.js";
import { createTransport, type Fetch } from "../../src/core/transport.js";

/** The transport with no signing, as a plain sender. */
const createSender = (custom?: Fetch) => (request: Request) =>
  createTransport({}, (text) => text, custom)(request, { provider: "test", label: "test", log: undefined, baseUrl: "", anonymous: false });

/** A loopback server that answers with what it received. */
let url = "";
let close: () => Promise<void>;
beforeAll(async () => {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(() => close());

type Echo = { method: string; url: string; headers: IncomingHttpHeaders; body: string };

describe("SignableRequest and requestBody", () => {
  it("give the exact body text without consuming the request", async () => {
    const body = '{"b": 1,  "a":"ü"}';
    const request = new SignableRequest(`${url}/x`, { method: "POST", body, headers: { "Content-Type": "application/json" } });
    expect(requestBody(request)).toBe(body);
    expect(request.bodyUsed).toBe(false);
    expect(await request.text()).toBe(body);
  });

  it("read a request some other code built by cloning it, leaving it unread", async () => {
    const request = new Request(`${url}/x`, { method: "PUT", body: "plain" });
    expect(await requestBody(request)).toBe("plain");
    expect(request.bodyUsed).toBe(false);
  });

  it("give an empty body for GET and HEAD", () => {
    expect(requestBody(new SignableRequest(`${url}/x`))).toBe("");
    expect(requestBody(new Request(`${url}/x`, { method: "HEAD" }))).toBe("");
  });
});

describe("the transport", () => {
  it("sends headers set after the request was built, with the body as given", async () => {
    const request = new SignableRequest(`${url}/signed?q=1`, { method: "POST", body: '{"k":"v"}', headers: { "Content-Type": "application/json" } });
    request.headers.set("Signature", "abc");
    const echo = (await (await createSender()(request)).json()) as Echo;
    expect(echo).toMatchObject({ method: "POST", url: "/signed?q=1", body: '{"k":"v"}' });
    expect(echo.headers.signature).toBe("abc");
    expect(echo.headers["content-type"]).toBe("application/json");
  });

  it("hands a caller's own fetch the Request itself", async () => {
    const seen: Request[] = [];
    const request = new SignableRequest(`${url}/own`, { method: "POST", body: "x" });
    const response = await createSender(async (r: Request) => (seen.push(r), fetch(r)))(request);
    expect(seen).toEqual([request]);
    expect(((await response.json()) as Echo).body).toBe("x");
  });

  it("sends a request it cannot re-send from text (a stream body) as the Request", async () => {
    const stream = new Blob(["streamed"]).stream();
    const request = new SignableRequest(`${url}/stream`, { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect(((await (await createSender()(request)).json()) as Echo).body).toBe("streamed");
  });

  it("honours the caller's abort signal on the direct path", async () => {
    const controller = new AbortController();
    controller.abort(new Error("stop"));
    const request = new SignableRequest(`${url}/x`, { signal: controller.signal });
    await expect(createSender()(request)).rejects.toThrow("stop");
  });
});

describe("SignableRequest built from another request", () => {
  it("keeps the text body and takes the new init's changes", async () => {
    const first = new SignableRequest(`${url}/a`, { method: "POST", body: "kept" });
    const second = new SignableRequest(first, { headers: { B: "2" } });
    expect(requestBody(second)).toBe("kept");
    const echo = (await (await createSender()(second)).json()) as Echo;
    expect(echo).toMatchObject({ method: "POST", body: "kept" });
    expect(echo.headers.b).toBe("2");
  });

  it("falls back to reading a plain request's stream body", async () => {
    const second = new SignableRequest(new Request(`${url}/a`, { method: "POST", body: "plain" }));
    expect(await requestBody(second)).toBe("plain");
  });
});
