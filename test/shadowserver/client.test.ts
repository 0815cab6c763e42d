import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createShadowserverClient, } from "../../generated/shadowserver/index.js";
import { operationCatalog as operationTable } from "../../generated/shadowserver/catalog.js";
import { deref, loadSpec, type RunningEmulator } from "../emulators/index.js";
import { SHADOWSERVER_DEMO, startShadowserverEmulator } from "../emulators/index.js";

const spec = loadSpec("shadowserver");
let emulator: RunningEmulator;
beforeAll(async () => void (emulator = await startShadowserverEmulator()));
afterAll(() => emulator.close());

function firstExample(node: any): unknown {
  const examples = deref(spec, node)?.examples ?? {};
  return deref(spec, Object.values<any>(examples)[0])?.value;
}

/** The request the spec documents for an operation: its first body example and parameter examples. */
function documentedRequest(op: (typeof operationTable.operations)[number]) {
  const operation = spec.paths[op.path][op.method];
  const params: Record<string, Record<string, unknown>> = { path: {}, query: {} };
  for (const p of (operation.parameters ?? []).map((x: any) => deref(spec, x))) {
    const value = p.example ?? firstExample(p);
    if (p.required || (op.path === "/net/asn" && p.name === "origin")) params[p.in]![p.name] = value;
  }
  const body = operation.requestBody ? firstExample(operation.requestBody.content["application/json"]) : undefined;
  return { params, body };
}

function documentedAnswer(op: (typeof operationTable.operations)[number], name?: string): unknown {
  const response = deref(spec, spec.paths[op.path][op.method].responses["200"]);
  const media: any = Object.values(response.content)[0];
  return deref(spec, name ? media.examples[name] : Object.values<any>(media.examples)[0]).value;
}

describe("Shadowserver client against the emulator", () => {
  const client = () => createShadowserverClient({ ...SHADOWSERVER_DEMO, baseUrl: emulator.url });

  it.each(operationTable.operations.map((op) => [op.operationId, op] as const))("%s answers as documented", async (_, op) => {
    const { params, body } = documentedRequest(op);
    const call = (client() as any)[op.method.toUpperCase()];
    const { data, error, response } = await call(op.path, { params, body, parseAs: op.responseType });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(documentedAnswer(op, op.path === "/net/asn" ? "origin" : undefined));
  });

  it("puts apikey in the body and signs exactly the bytes sent", async () => {
    const { data } = await client().POST("/reports/query", {
      body: { report: "united-states", date: "2020-10-27", query: { city: "ashburn" }, limit: 3 },
    });
    expect(data).toBeDefined();
    const sent = emulator.requests.at(-1)!;
    expect(JSON.parse(sent.text)).toMatchObject({ apikey: SHADOWSERVER_DEMO.apiKey, report: "united-states" });
    expect(sent.headers["content-type"]).toBe("application/json");
    expect(sent.headers.hmac2).toMatch(/^[0-9a-f]{64}$/);
  });

  it("returns a typed error for a wrong secret, and the secret is nowhere in it", async () => {
    const bad = createShadowserverClient({ apiKey: SHADOWSERVER_DEMO.apiKey, secret: "not-the-secret", baseUrl: emulator.url });
    const { data, error, response } = await bad.POST("/test/ping", { body: {} });
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expectTypeOf(error).toMatchTypeOf<{ error: string } | string | undefined>();
    expect(error).toEqual({ error: expect.stringContaining("HMAC2") });
    expect(JSON.stringify(error)).not.toContain("not-the-secret");
  });

  it("returns a typed error for an unknown key", async () => {
    const bad = createShadowserverClient({ apiKey: "000", secret: SHADOWSERVER_DEMO.secret, baseUrl: emulator.url });
    const { error, response } = await bad.POST("/key/info", { body: {} });
    expect(response.status).toBe(401);
    expect(error).toEqual({ error: "unknown API key" });
  });

  it("refuses an HMAC2 header as long as a digest in characters but not in bytes with 401, not an emulator failure", async () => {
    const response = await fetch(`${emulator.url}/test/ping`, {
      method: "POST",
      headers: { "Content-Type": "application/json", HMAC2: `${"0".repeat(63)}é` },
      body: JSON.stringify({ apikey: SHADOWSERVER_DEMO.apiKey }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "HMAC2 signature does not match the request body" });
  });

  it("calls the free lookups without credentials and without signing", async () => {
    const anonymous = createShadowserverClient({ apiKey: "", secret: "", baseUrl: emulator.url });
    const { data, error } = await anonymous.GET("/program/trusted", { params: { query: { sample: "7fe2248de77813ce850053ed0ce8a474" } } });
    expect(error).toBeUndefined();
    expect(data).toBeTruthy();
    expect(emulator.requests.at(-1)!.headers.hmac2).toBeUndefined();
    await expect(anonymous.POST("/test/ping", { body: {} })).rejects.toThrow(/needs an apiKey and a secret/);
  });

  it("rejects a request body the spec does not allow (the emulator validates against the spec)", async () => {
    const { error, response } = await client().POST("/reports/query", { body: { query: "not an object" } as never });
    expect(response.status).toBe(400);
    expect(error).toEqual({ error: expect.stringContaining("invalid request") });
  });

  it("sends each path to its own server when no baseUrl is given", async () => {
    const seen: string[] = [];
    const recorder = async (request: Request) => {
      seen.push(request.url);
      return new Response("{}", { status: 200, headers: { "Content-Type": "application/json" } });
    };
    const real = createShadowserverClient({ ...SHADOWSERVER_DEMO, fetch: recorder });
    await real.POST("/test/ping", { body: {} });
    await real.GET("/net/asn", { params: { query: { origin: "8.8.8.8" } } });
    await real.GET("/{reportId}", { params: { path: { reportId: "abc" } }, parseAs: "text" });
    expect(seen).toEqual([
      "https://transform.shadowserver.org/api2/test/ping",
      "https://api.shadowserver.org/net/asn?origin=8.8.8.8",
      "https://dl.shadowserver.org/abc",
    ]);
  });
});
