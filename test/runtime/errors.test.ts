import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as root from "../../generated/index.js";
import * as cloudtrax from "../../generated/cloudtrax/index.js";
import * as mashery from "../../generated/mashery/index.js";
import * as shadowserver from "../../generated/shadowserver/index.js";
import * as watchmouse from "../../generated/watchmouse/index.js";
import { CREDENTIALS, SECRETS } from "./clients.js";
import { json, startServer, type TestServer } from "./servers.js";

const ERRORS = ["SpecfirstError", "ApiError", "TimeoutError", "NetworkError", "RedirectError", "InvalidResponseError", "InvalidRequestError"] as const;
const SUBPATHS = { cloudtrax, mashery, shadowserver, watchmouse };

describe("one error base, exported everywhere", () => {
  it("every subpath exports the same class objects as the root", () => {
    for (const name of ERRORS) {
      expect(typeof root[name], name).toBe("function");
      for (const [subpath, module] of Object.entries(SUBPATHS)) expect((module as Record<string, unknown>)[name], `${subpath}.${name}`).toBe(root[name]);
    }
  });

  it("every error class extends SpecfirstError, and the API errors extend ApiError", () => {
    for (const name of ERRORS) expect(root[name].prototype instanceof root.SpecfirstError || root[name] === root.SpecfirstError, name).toBe(true);
    for (const ProviderError of [mashery.MasheryAccessError, mashery.MasheryRpcError, mashery.MasheryReportingError, mashery.MasheryHttpError, watchmouse.WatchMouseApiError]) {
      expect(ProviderError.prototype).toBeInstanceOf(root.ApiError);
    }
  });
});

describe("bad answers and bad inputs", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((req, res) => {
      if (req.url.includes("not-json")) {
        res.writeHead(200, { "Content-Type": "application/json" });
        return res.end("<html>502 Bad Gateway</html>");
      }
      // Echoes the request, as a misbehaving server or proxy might: credentials included.
      json(res, 403, { message: "Forbidden", echo: req, error: { code: 1, message: `denied for ${req.url}` } });
    });
  });
  afterAll(() => server.close());

  it("a body labelled JSON that does not parse is an InvalidResponseError, not a SyntaxError", async () => {
    const client = cloudtrax.createCloudTraxClient({ ...CREDENTIALS.cloudtrax, baseUrl: `${server.url}/not-json` });
    const error = await client.GET("/network/list").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(root.InvalidResponseError);
    expect(error).toMatchObject({ status: 200, contentType: "application/json", operation: "GET /network/list" });
  });

  it("path parameters that would change the path are refused before anything is sent", async () => {
    const client = cloudtrax.createCloudTraxClient({ ...CREDENTIALS.cloudtrax, baseUrl: server.url });
    const before = server.received.length;
    for (const value of [".", "..", "", { toString: () => "x" }, Number.NaN, true] as unknown[]) {
      const error = await client.DELETE("/network/{networkId}/user/{userId}", { params: { path: { networkId: value as number, userId: 5 } } } as never).catch((e: unknown) => e);
      expect(error, String(value)).toBeInstanceOf(root.InvalidRequestError);
      expect((error as Error).message).toContain("networkId");
    }
    expect(server.received.length).toBe(before);
  });

  it("errors built from answers keep a redacted body: an echoing server never puts a credential on an error", async () => {
    const client = mashery.createMasheryClient({ ...CREDENTIALS.mashery, baseUrl: server.url });
    const error = await client.rpc("member.fetch", ["jdoe"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(root.ApiError);
    const text = JSON.stringify({ body: (error as root.ApiError).body, message: (error as Error).message, stack: (error as Error).stack });
    for (const secret of [...SECRETS, CREDENTIALS.mashery.secret]) expect(text).not.toContain(secret);
  });

  it("Mashery's default server is https", () => {
    // The factory's default goes to the spec's first server.
    const seen: string[] = [];
    const client = mashery.createMasheryClient({ ...CREDENTIALS.mashery, fetch: async (request) => (seen.push(request.url), new Response("{}", { headers: { "Content-Type": "application/json" } })) });
    return client.rpc("test.hello").catch(() => undefined).then(() => expect(seen[0]).toMatch(/^https:\/\//));
  });
});
