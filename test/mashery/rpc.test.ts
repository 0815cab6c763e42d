import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMasheryClient, MasheryError, MasheryRpcError, type components } from "../../generated/mashery/index.js";
import { loadSpec } from "../emulators/index.js";
import { MASHERY_DEMO, startMasheryEmulator, type MasheryEmulator } from "../emulators/index.js";

type Member = components["schemas"]["Member"];
const SERVICE = "p7a3kq9wmz2xv5ctn8hdr4uf";
let emulator: MasheryEmulator;
beforeAll(async () => void (emulator = await startMasheryEmulator()));
afterAll(() => emulator.close());
const client = () => createMasheryClient({ ...MASHERY_DEMO, baseUrl: emulator.url });

/** The emulator checks every result against the method's result schema, so each call below is also a contract check. */
describe("one JSON-RPC method per namespace, through rpc()", () => {
  it("test: hello and echo", async () => {
    expect(await client().rpc("test.hello")).toBe("Hello!");
    expect(await client().rpc("test.hello", [])).toBe("Hello!");
    expect(await client().rpc("test.echo", [{ any: ["json"] }])).toEqual({ any: ["json"] });
  });

  it("object: list and describe", async () => {
    const types = await client().rpc("object.list");
    expect(types).toEqual(expect.arrayContaining(["member", "key", "application", "package_key", "service"]));
    const described = await client().rpc("object.describe", [["member", "no_such_type"], "en_US"]);
    expect(described).toEqual([{ object_type: "member", schema: expect.objectContaining({ type: "object" }) }]);
  });

  it("application: create, fetch, update, validate, delete", async () => {
    const created = await client().rpc("application.create", [{ name: "Widget Finder", member: { username: "jdoe_dev" } }]);
    if (typeof created === "boolean") throw new Error("expected the created application");
    expect(created).toMatchObject({ object_type: "application", name: "Widget Finder", username: "jdoe_dev", id: expect.any(Number) });
    const id = created.id!;
    expect(await client().rpc("application.fetch", [{ id }])).toMatchObject({ name: "Widget Finder" });
    expect(await client().rpc("application.update", [{ id, description: "Finds widgets" }])).toMatchObject({ id, name: "Widget Finder", description: "Finds widgets" });
    expect(await client().rpc("application.validate", [{ name: "Renamed" }])).toBe(true);
    await expect(client().rpc("application.validate", [{ name: " " }])).rejects.toMatchObject({ code: 1000, fieldErrors: [{ field: "name" }] });
    expect(await client().rpc("application.delete", [id])).toBeNull();
    expect(await client().rpc("application.fetch", [id])).toBeNull();
  });

  it("key: create (apikey generated, status waiting), update, delete", async () => {
    const created = await client().rpc("key.create", [{ service: { service_key: SERVICE }, member: { username: "jdoe_dev" } }]);
    if (typeof created === "boolean") throw new Error("expected the created key");
    expect(created).toMatchObject({ object_type: "key", service_key: SERVICE, username: "jdoe_dev", status: "waiting", apikey: expect.stringMatching(/^[a-z0-9]{24}$/) });
    expect(await client().rpc("key.update", [{ id: created.id!, status: "active", service_key: "ignored: read-only" }])).toMatchObject({ status: "active", service_key: SERVICE });
    expect(await client().rpc("key.validate", [{ qps_limit_ceiling: 5 }])).toBe(true);
    expect(await client().rpc("key.delete", [created.id!])).toBeNull();
    expect(await client().rpc("key.fetch", [created.id!])).toBeNull();
    await expect(client().rpc("key.create", [{ service: { service_key: "nosuch" }, member: { username: "jdoe_dev" } }])).rejects.toMatchObject({ code: 1000, fieldErrors: [{ field: "service" }] });
  });

  it("package, plan and package_key: create, fetch, clone", async () => {
    const pkg = await client().rpc("package.create", [{ name: "Gold", limit_type: "application" }]);
    if (typeof pkg === "boolean") throw new Error("expected the created package");
    expect(await client().rpc("package.fetch", [pkg.id!])).toMatchObject({ name: "Gold" });
    const copy = await client().rpc("package.clone", [pkg.id!]);
    expect(copy).toMatchObject({ name: "Gold" });
    expect(copy.id).not.toBe(pkg.id);
    const plan = await client().rpc("plan.create", [{ name: "Gold monthly", package: { id: pkg.id! } }]);
    expect(plan).toMatchObject({ object_type: "plan", name: "Gold monthly" });
    expect(await client().rpc("package_key.create", [{ apikey: "k".repeat(24) }])).toMatchObject({ object_type: "package_key", apikey: "k".repeat(24) });
  });

  it("developer_class and service_class", async () => {
    const created = await client().rpc("developer_class.create", [{ name: "Partners" }]);
    if (typeof created === "boolean") throw new Error("expected the created developer class");
    expect(await client().rpc("developer_class.update", [{ id: created.id!, block_calls: true }])).toMatchObject({ name: "Partners", block_calls: true });
    expect(await client().rpc("service_class.fetch", [424242])).toBeNull();
    expect(await client().rpc("service_class.validate", [{ qps_limit_ceiling: 10 }])).toBe(true);
  });

  it("service: fetch by key in both identifier forms, and the cache methods", async () => {
    expect(await client().rpc("service.fetch", [SERVICE])).toMatchObject({ object_type: "service", service_key: SERVICE });
    expect(await client().rpc("service.fetch", [{ service_key: SERVICE }])).toMatchObject({ service_key: SERVICE });
    expect(await client().rpc("service.flushCache", [SERVICE])).toBeNull();
    await expect(client().rpc("service.fetch", [{} as never])).rejects.toMatchObject({ code: MasheryError.FieldRequired, message: expect.stringContaining('Field "service_key" is required') });
  });

  it("role: fetch", async () => {
    expect(await client().rpc("role.fetch", [7])).toMatchObject({ object_type: "role", name: "Community Manager" });
  });

  it("area: fetch", async () => {
    expect(await client().rpc("area.fetch")).toMatchObject({ object_type: "area", id: Number(MASHERY_DEMO.siteId) });
  });

  // The API Packager and portal namespaces share one generic shape: create, then fetch by the new id.
  const GENERIC: [string, Record<string, unknown>][] = [
    ["plan_service", {}],
    ["plan_endpoint", { allow_undefined_methods: true }],
    ["plan_method", { rate_limit_period: "day", rate_limit_ceiling: 1000 }],
    ["plan_filter", {}],
    ["method_override", { qps_limit_ceiling: 3 }],
    ["response_filter", { name: "No emails" }],
    ["response_filter_format", { format: "json", filter_fields: "/email" }],
    ["service_definition", { name: "Widgets v1" }],
    ["service_definition_endpoint", { name: "REST", epkey: "rest" }],
    ["service_definition_method", { name: "GET /widgets" }],
    ["service_definition_response", { format: "xml", definition: "<widgets/>" }],
    ["service_iodoc", { definition: "{}", is_default: true }],
    ["access_rule", { action: "read", object: "member", allow: true }],
    ["email_template", { subject: "Welcome", body: "Hello", type: "welcome" }],
    ["email_template_set", { name: "Default", type: "portal" }],
  ];
  it.each(GENERIC)("%s: create, then fetch", async (type, fields) => {
    const rpc = client().rpc as unknown as (method: string, params: unknown[]) => Promise<Record<string, unknown>>;
    const created = await rpc(`${type}.create`, [fields]);
    expect(created).toMatchObject({ object_type: type, ...fields, id: expect.any(Number) });
    const methods = Object.keys(loadSpec("mashery").components.schemas.RpcMethods.properties);
    if (methods.includes(`${type}.fetch`)) expect(await rpc(`${type}.fetch`, [created.id])).toEqual(created);
  });

  it("covers every namespace of the spec", () => {
    const namespaces = new Set(Object.keys(loadSpec("mashery").components.schemas.RpcMethods.properties).map((m) => m.split(".")[0]));
    const covered = new Set(["test", "object", "member", "application", "key", "package", "plan", "package_key", "developer_class", "service_class", "service", "role", "area", ...GENERIC.map(([t]) => t)]);
    expect([...namespaces].filter((n) => !covered.has(n!))).toEqual([]);
  });
});

describe("a member's life: create → fetch → update → query → delete", () => {
  it("round-trips through the emulator's store", async () => {
    const mashery = client();
    const created = await mashery.rpc("member.create", [{ username: "round_trip", email: "rt@example.org", display_name: "Round Trip", passwd_new: "s3cret!" }]);
    expect(created).toMatchObject({ username: "round_trip", area_status: "active" });
    expect(created).not.toHaveProperty("passwd_new"); // write-only

    const fetched: Member | null = await mashery.rpc("member.fetch", ["round_trip"]);
    expect(fetched).toMatchObject({ username: "round_trip", email: "rt@example.org", display_name: "Round Trip" });
    expect(await mashery.rpc("member.fetch", [{ username: "round_trip" }])).toEqual(fetched);

    // username is create-only and object_type read-only: both are ignored by update.
    const updated = await mashery.rpc("member.update", [{ username: "round_trip", company: "Acme", object_type: "hacked" }]);
    expect(updated).toMatchObject({ username: "round_trip", company: "Acme", email: "rt@example.org", object_type: "member" });

    const found = [];
    for await (const member of mashery.query("SELECT * FROM members WHERE company = 'Acme'")) found.push(member.username);
    expect(found).toEqual(["round_trip"]);

    expect(await mashery.rpc("member.delete", ["round_trip"])).toBeNull();
    expect(await mashery.rpc("member.fetch", ["round_trip"])).toBeNull();
    expect(emulator.store.all("member").map((m) => m.username)).not.toContain("round_trip");
    // A deleted member's username stays taken.
    await expect(mashery.rpc("member.create", [{ username: "round_trip", email: "rt@example.org" }])).rejects.toMatchObject({ code: MasheryError.DuplicateObject });
  });

  it("grants and revokes roles, refusing dynamic ones with 1100", async () => {
    expect(await client().rpc("member.addRole", [{ username: "jdoe_dev" }, { id: 7 }])).toBeNull();
    expect(await client().rpc("member.removeRole", [{ username: "jdoe_dev" }, { id: 7 }])).toBeNull();
    await expect(client().rpc("member.addRole", [{ username: "jdoe_dev" }, { id: 2 }])).rejects.toMatchObject({ code: MasheryError.RoleNotAssignable });
  });
});

describe("JSON-RPC errors", () => {
  it("come back as MasheryRpcError with the field errors of Invalid Object", async () => {
    const error = await client().rpc("member.create", [{ username: "bad email", email: "nope" }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MasheryRpcError);
    const rpcError = error as MasheryRpcError;
    expect(rpcError).toMatchObject({ code: MasheryError.InvalidObject, method: "member.create", status: 400 });
    expect(rpcError.fieldErrors).toEqual([
      { field: "email", message: "Not a valid email address." },
      { field: "username", message: "Usernames may use letters, digits, '.', '_' and '-'." },
    ]);
    expect(rpcError.message).toBe("member.create failed: 1000 Invalid Object (email: Not a valid email address.; username: Usernames may use letters, digits, '.', '_' and '-'.)");
  });

  it("report missing required fields as Invalid Object", async () => {
    await expect(client().rpc("member.create", [{ username: "no_email" }])).rejects.toMatchObject({ code: 1000, fieldErrors: [{ field: "email", message: "This value is not allowed to be blank." }] });
  });

  it("report params that do not fit the spec, and unknown methods, with the standard codes", async () => {
    const rpc = client().rpc as unknown as (method: string, params: unknown[]) => Promise<unknown>;
    await expect(rpc("member.fetch", [1, 2])).rejects.toMatchObject({ code: MasheryError.InvalidParams });
    await expect(rpc("member.explode", [])).rejects.toMatchObject({ code: MasheryError.MethodNotFound, message: "member.explode failed: -32601 Method not found" });
  });
});

describe("the JSON-RPC envelopes on the wire", () => {
  const post = (body: unknown) => client().POST("/json-rpc/{site_id}", { body: body as never });

  it("1.0: result and error always present", async () => {
    const { data } = await post({ method: "test.hello", params: [], id: 11 });
    expect(data).toEqual({ result: "Hello!", error: null, id: 11 });
    expect(emulator.requests.at(-1)!.url.pathname).toBe("/json-rpc/789");
  });

  it("1.1 and 2.0: the version marker is mirrored", async () => {
    expect((await post({ version: "1.1", method: "test.hello", params: [], id: 12 })).data).toEqual({ version: "1.1", result: "Hello!", id: 12 });
    expect((await post({ jsonrpc: "2.0", method: "test.hello", params: [], id: 13 })).data).toEqual({ jsonrpc: "2.0", result: "Hello!", id: 13 });
  });

  it("2.0 errors have no result member and travel with HTTP 400", async () => {
    const { error, response } = await post({ jsonrpc: "2.0", method: "member.fetch", params: [{}], id: 14 });
    expect(response.status).toBe(400);
    expect(error).toEqual({ jsonrpc: "2.0", error: { code: 1002, message: 'Field "username" is required' }, id: 14 });
  });

  it("a body that is not JSON-RPC is a -32600/-32700 error", async () => {
    expect((await post({ params: [] })).error).toMatchObject({ error: { code: -32600 } });
    const raw = await fetch(new URL(emulator.requests.at(-1)!.url.search, `${emulator.url}/json-rpc/789`), { method: "POST", body: "{not json" });
    expect(await raw.json()).toMatchObject({ error: { code: -32700, message: "Parse error" } });
  });
});
