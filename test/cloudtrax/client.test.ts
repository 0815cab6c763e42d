import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { CloudTraxError, createCloudTraxClient, type components } from "../../generated/cloudtrax/index.js";
import { operationCatalog as operationTable } from "../../generated/cloudtrax/catalog.js";
import { CLOUDTRAX_DEMO, specPointer, startCloudTraxEmulator } from "../emulators/index.js";
import { createValidator, deref, loadSpec, type RunningEmulator } from "../emulators/index.js";

type Operation = (typeof operationTable.operations)[number];
type ErrorEnvelope = components["schemas"]["ErrorEnvelope"];

const spec = loadSpec("cloudtrax");
const validator = createValidator(spec);

function firstExample(node: any): unknown {
  const resolved = deref(spec, node);
  return resolved?.example ?? deref(spec, Object.values<any>(resolved?.examples ?? {})[0])?.value;
}

/** The request the spec documents: every parameter with an example, and the first body example. */
function documentedRequest(op: Operation) {
  const item = spec.paths[op.path];
  const params: Record<string, Record<string, unknown>> = { path: {}, query: {} };
  for (const p of [...(item.parameters ?? []), ...(item[op.method].parameters ?? [])].map((x: any) => deref(spec, x))) {
    params[p.in]![p.name] = firstExample(p);
  }
  const body = item[op.method].requestBody ? firstExample(deref(spec, item[op.method].requestBody).content["application/json"]) : undefined;
  // The create example names the network the list example shows (seeded): a second one of that name is 12022.
  if (op.path.startsWith("/network") && op.method === "post" && (body as { name?: string })?.name) return { params, body: { ...(body as object), name: "harbour-hotel-spa" } };
  return { params, body };
}

/** The key kind an operation accepts: an account key where allowed, else an application key. */
function keyFor(op: Operation) {
  return op.security.includes("accountKey") ? CLOUDTRAX_DEMO.account : CLOUDTRAX_DEMO.application;
}

describe("every CloudTrax operation through the generated client", () => {
  it("covers the 104 documented operations and the inferred POST /network/networkgroup/{networkgroupId}", () => {
    expect(operationTable.operations).toHaveLength(105);
    expect(operationTable.operations.filter((op) => op.operationId === "createNetworkInGroup")).toMatchObject([{ inferred: true, server: "https://api-v2.cloudtrax.com" }]);
  });

  // A fresh emulator per operation: deleting network 12478 must not break the calls after it.
  it.each(operationTable.operations.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const))("%s answers as the spec says", async (_, op) => {
    const emulator = await startCloudTraxEmulator();
    try {
      const client = createCloudTraxClient({ ...keyFor(op), baseUrl: emulator.url });
      const call = (client as any)[op.method.toUpperCase()];
      const { data, error, response } = await call(op.path, { ...documentedRequest(op), parseAs: op.responseType });
      expect(error).toBeUndefined();
      expect(response.status).toBe(200);
      const success = deref(spec, spec.paths[op.path][op.method].responses["200"]);
      if (success.content) {
        const schema = specPointer(spec, ["paths", op.path, op.method, "responses", "200", "content", "application/json", "schema"]);
        expect(validator.check(schema, data)).toBeUndefined();
      } else {
        expect(data).toBeUndefined();
      }
      expect(emulator.requests).toHaveLength(1);
    } finally {
      await emulator.close();
    }
  });
});

describe("CloudTrax client", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => void (emulator = await startCloudTraxEmulator()));
  afterAll(() => emulator.close());

  it("sends the version header and a signed Authorization without spaces", async () => {
    const client = createCloudTraxClient({ ...CLOUDTRAX_DEMO.account, baseUrl: emulator.url });
    const { data } = await client.GET("/network/list");
    expect(data?.networks.map((n) => n.id)).toContain(12478);
    const sent = emulator.requests.at(-1)!;
    expect(sent.headers["openmesh-api-version"]).toBe("1");
    expect(sent.headers.authorization).toMatch(new RegExp(`^key=${CLOUDTRAX_DEMO.account.key},timestamp=\\d{10},nonce=[A-Za-z0-9_-]{16}$`));
    expect(sent.headers.signature).toMatch(/^[0-9a-f]{64}$/);
  });

  it("uses a new nonce for every request", async () => {
    const client = createCloudTraxClient({ ...CLOUDTRAX_DEMO.account, baseUrl: emulator.url });
    const before = emulator.requests.length;
    await Promise.all(Array.from({ length: 20 }, () => client.GET("/time")));
    const nonces = emulator.requests.slice(before).map((r) => /nonce=([^,]+)$/.exec(String(r.headers.authorization))![1]);
    expect(new Set(nonces).size).toBe(20);
  });

  it("returns a typed error envelope for a wrong secret (13000), and the secret is nowhere in it", async () => {
    const secret = "this-is-not-the-secret-0123456789";
    const client = createCloudTraxClient({ key: CLOUDTRAX_DEMO.account.key, secret, baseUrl: emulator.url });
    const { data, error, response } = await client.GET("/network/list");
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expectTypeOf(error).toEqualTypeOf<ErrorEnvelope | undefined>();
    expect(error?.errors[0]?.code).toBe(CloudTraxError.SignatureWrong);
    expect(error).toEqual({ errors: [{ code: 13000, context: "authorize", message: "Signature wrong.", values: {} }] });
    expect(JSON.stringify(error)).not.toContain(secret);
  });

  it("returns 13011 for an unknown key", async () => {
    const client = createCloudTraxClient({ key: "no-such-key", secret: "whatever", baseUrl: emulator.url });
    const { error } = await client.GET("/time");
    expect(error?.errors[0]?.code).toBe(CloudTraxError.UnknownKey);
  });

  it("refuses to send a request without credentials", async () => {
    const client = createCloudTraxClient({ key: "", secret: "", baseUrl: emulator.url });
    await expect(client.GET("/time")).rejects.toThrow("CloudTrax requests need a key and a secret");
  });

  it("signs the query string and the exact body bytes sent", async () => {
    const client = createCloudTraxClient({ ...CLOUDTRAX_DEMO.account, baseUrl: emulator.url });
    const search = await client.GET("/network/search", { params: { query: { by_name: "%harbour hotel & spa?%" } } });
    expect(search.error).toBeUndefined();
    expect(emulator.requests.at(-1)!.url.search).toBe("?by_name=%25harbour%20hotel%20%26%20spa%3F%25");
    const update = await client.PUT("/node/{nodeId}", { params: { path: { nodeId: "548430" } }, body: { description: "Près de l’ascenseur ✓" } });
    expect(update.data).toMatchObject({ code: CloudTraxError.Success, context: "update_node" });
  });

  it("signs a DELETE that carries a body, with the body", async () => {
    const client = createCloudTraxClient({ ...CLOUDTRAX_DEMO.account, baseUrl: emulator.url });
    const { error, response } = await client.DELETE("/switch/{switchId}/acl", { params: { path: { switchId: 318 } }, body: { mac_acl: [{ name: "guests" }] } });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(emulator.requests.at(-1)!.text).toBe('{"mac_acl":[{"name":"guests"}]}');
  });

  it("sends each path to its own host when no baseUrl is given", async () => {
    const seen: string[] = [];
    const recorder = async (request: Request) => {
      seen.push(request.url);
      return new Response("{}", { status: 200, headers: { "Content-Type": "application/json" } });
    };
    const real = createCloudTraxClient({ ...CLOUDTRAX_DEMO.account, fetch: recorder });
    await real.GET("/network/{networkId}/settings", { params: { path: { networkId: 12478 } } });
    await real.GET("/user/list");
    await real.GET("/powerstrip/{powerstripId}", { params: { path: { powerstripId: 77 } } });
    expect(seen).toEqual([
      "https://api.cloudtrax.com/network/12478/settings",
      "https://api-v2.cloudtrax.com/user/list",
      "https://api-v3.cloudtrax.com/powerstrip/77",
    ]);
  });
});
