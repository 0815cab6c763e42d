import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createWatchMouseClient, InvalidRequestError, type WatchMouseClient } from "../../generated/watchmouse/index.js";
import { operationCatalog as operationTable } from "../../generated/watchmouse/catalog.js";
import { createValidator, deref, jsonPointer, loadSpec } from "../emulators/index.js";
import { startWatchMouseEmulator, WATCHMOUSE_DEMO, type WatchMouseEmulator } from "../emulators/index.js";

const spec = loadSpec("watchmouse");
const validator = createValidator(spec);
let emulator: WatchMouseEmulator;
let client: WatchMouseClient;
beforeAll(async () => {
  emulator = await startWatchMouseEmulator();
  client = createWatchMouseClient({ ...WATCHMOUSE_DEMO, baseUrl: emulator.url });
});
afterAll(async () => {
  await client.logout();
  await emulator.close();
});

type Operation = (typeof operationTable.operations)[number];

/** The request the spec documents: each required parameter with its example (the demo account for logins). */
function documentedQuery(op: Operation): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const parameter of spec.paths[op.path][op.method].parameters.map((p: unknown) => deref(spec, p))) {
    if (parameter.required) query[parameter.name] = parameter.example;
  }
  if ("user" in query) Object.assign(query, WATCHMOUSE_DEMO);
  return query;
}

const successSchema = (op: Operation) => jsonPointer("paths", op.path, op.method, "responses", "200", "content", "application/json", "schema");

describe("every WatchMouse call through the generated client against the emulator", () => {
  it("covers the 22 calls of the spec", () => {
    expect(operationTable.operations).toHaveLength(22);
  });

  it.each(operationTable.operations.map((op) => [op.path.slice(1), op] as const))("%s answers with code 0 and an envelope the spec allows", async (_, op) => {
    const { data, error, response } = await (client as any).GET(op.path, { params: { query: documentedQuery(op) } });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data.code).toBe(0);
    expect(validator.check(successSchema(op), data)).toBeUndefined();
  });

  it("asked for JSON on every request", () => {
    expect(emulator.requests.length).toBeGreaterThan(22);
    for (const request of emulator.requests) expect(request.url.searchParams.get("view")).toBe("json");
  });

  it("types calls, parameters and answers by the spec", async () => {
    const { data } = await client.GET("/rule_get", { params: { query: { folder: "Production", tags_req: "all" } } });
    expectTypeOf(data!.result!.rules[0]!.name).toEqualTypeOf<string>();
    // @ts-expect-error tags_req is "any" | "all"
    void client.GET("/rule_get", { params: { query: { tags_req: "some" } } });
    // @ts-expect-error cp_check needs a host
    void client.GET("/cp_check", { params: { query: {} } });
    expectTypeOf(createWatchMouseClient).toBeCallableWith();
    expectTypeOf(createWatchMouseClient).toBeCallableWith({ nkey: "token" });
    // @ts-expect-error a session needs the password too (and every call says so at run time)
    void createWatchMouseClient({ user: "ops@example.org" });
  });

  // `nkey: process.env.UNSET!` must not quietly become anonymous use (50 credits a day, another account's view).
  it.each([
    ["a session without its password", { user: "ops@example.org" }],
    ["a session with an empty password", { user: "ops@example.org", password: "" }],
    ["a password without its user", { password: "secret-pw-1" }],
    ["an empty token", { nkey: "" }],
    ["a token from an unset variable", { nkey: undefined }],
  ])("refuses every call, sending nothing, given %s", async (_, credentials) => {
    const sent: string[] = [];
    const recorder = async (request: Request) => {
      sent.push(request.url);
      return Response.json({ code: 0, result: {} });
    };
    const refused = createWatchMouseClient({ ...(credentials as object), fetch: recorder } as never) as WatchMouseClient;
    const error = await refused.GET("/rule_get", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error).toMatchObject({ provider: "watchmouse", operation: "GET /rule_get", message: expect.stringMatching(/needs both user and password for a session, or nkey for a token/) });
    await expect(refused.credits()).rejects.toBeInstanceOf(InvalidRequestError);
    await refused.logout();
    expect(sent).toEqual([]);
  });

  it("uses the anonymous key when no credential is named at all", async () => {
    const sent: string[] = [];
    const recorder = async (request: Request) => {
      sent.push(request.url);
      return Response.json({ code: 0, result: { rules: [] } });
    };
    const { error } = await createWatchMouseClient({ fetch: recorder }).GET("/rule_get", {});
    expect(error).toBeUndefined();
    expect(sent).toEqual(["https://api.watchmouse.com/1.6/rule_get?view=json"]);
  });

  it("sends calls to the spec's server when no baseUrl is given", async () => {
    const seen: string[] = [];
    const recorder = async (request: Request) => {
      seen.push(request.url);
      return Response.json({ code: 0, result: { checkpoints: [] } });
    };
    await createWatchMouseClient({ nkey: "token-1", fetch: recorder }).GET("/cp_list");
    expect(seen).toEqual(["https://api.watchmouse.com/1.6/cp_list?view=json&nkey=token-1"]);
  });
});
