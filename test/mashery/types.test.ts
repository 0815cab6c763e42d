// Type tests: `tsc -p tsconfig.json` (part of npm test) checks every assertion and @ts-expect-error
// below; vitest only makes sure the file loads. Nothing here is ever awaited.
import { describe, expect, expectTypeOf, it } from "vitest";
import type { components, MasheryClient, MasheryQueryItem, MasheryRpcError, MasheryRpcMethod } from "../../generated/mashery/index.js";

type Schemas = components["schemas"];

function rpcTypes(mashery: MasheryClient) {
  // The result type comes from the method's entry in RpcMethods.
  expectTypeOf(mashery.rpc("member.fetch", ["alice"])).resolves.toEqualTypeOf<Schemas["Member"] | null>();
  expectTypeOf(mashery.rpc("member.fetch", [{ username: "alice" }])).resolves.toEqualTypeOf<Schemas["Member"] | null>();
  expectTypeOf(mashery.rpc("member.create", [{ username: "alice", email: "a@example.org" }])).resolves.toEqualTypeOf<Schemas["Member"] | boolean>();
  expectTypeOf(mashery.rpc("key.update", [{ id: 1, status: "active" }])).resolves.toEqualTypeOf<Schemas["Key"]>();
  expectTypeOf(mashery.rpc("object.query", ["SELECT * FROM keys"])).resolves.toEqualTypeOf<Schemas["ObjectQueryResult"]>();
  expectTypeOf(mashery.rpc("test.hello")).resolves.toEqualTypeOf<string>();
  expectTypeOf(mashery.rpc("member.validate", [{ email: "x" }])).resolves.toEqualTypeOf<true>();
  expectTypeOf(mashery.rpc("member.delete", ["alice"])).resolves.toEqualTypeOf<boolean | null>();

  // Method names are a closed union: they autocomplete, and a misspelling does not compile.
  expectTypeOf<"member.fetch">().toMatchTypeOf<MasheryRpcMethod>();
  expectTypeOf<MasheryRpcMethod>().toHaveProperty("length"); // a string union
  // @ts-expect-error unknown method
  void mashery.rpc("member.fetchAll", ["alice"]);
  // @ts-expect-error a username is a string, not a number
  void mashery.rpc("member.fetch", [42]);
  // @ts-expect-error member.fetch takes exactly one identifier
  void mashery.rpc("member.fetch", ["alice", "bob"]);
  // @ts-expect-error member.fetch needs its params
  void mashery.rpc("member.fetch");
  // @ts-expect-error addRole takes the member and the role
  void mashery.rpc("member.addRole", [{ username: "alice" }]);
  // @ts-expect-error test.hello takes no arguments ([] or nothing)
  void mashery.rpc("test.hello", ["hi"]);
  // @ts-expect-error key ids are numbers
  void mashery.rpc("key.fetch", ["47105"]);
  // @ts-expect-error a member's email is a string
  void mashery.rpc("member.create", [{ username: "alice", email: 7 }]);

  // Zero-argument methods take [] (typed never[]: nothing fits in it) or no array at all.
  expectTypeOf<Schemas["RpcMethods"]["test.hello"]["params"]>().toEqualTypeOf<never[]>();
  void mashery.rpc("object.list");
  void mashery.rpc("area.fetch", []);
}

function queryTypes(mashery: MasheryClient) {
  // The item type follows the FROM clause, whatever the keyword case.
  expectTypeOf(mashery.query("SELECT * FROM members WHERE username = 'a'")).toEqualTypeOf<AsyncGenerator<Schemas["Member"], void, undefined>>();
  expectTypeOf<MasheryQueryItem<"select *, member from keys page 2">>().toEqualTypeOf<Schemas["Key"]>();
  expectTypeOf<MasheryQueryItem<"SELECT name FROM developer_classes">>().toEqualTypeOf<Schemas["DeveloperClass"]>();
  expectTypeOf<MasheryQueryItem<"SELECT * FROM package_keys">>().toEqualTypeOf<Schemas["PackageKey"]>();
  expectTypeOf<MasheryQueryItem<"SELECT * FROM gadgets">>().toEqualTypeOf<Record<string, unknown>>();
  expectTypeOf<MasheryQueryItem<string>>().toEqualTypeOf<Record<string, unknown>>();
}

function reportTypes(mashery: MasheryClient) {
  // site_id is bound by the client: never passed, and refused when passed.
  void mashery.GET("/rest/{site_id}/reports/calls/qps/area");
  void mashery.GET("/rest/{site_id}/reports/calls/status/service/{service_key}", { params: { path: { service_key: "k" }, query: { start_date: "2015-11-24T00:00:00Z", format: "csv" } } });
  void mashery.POST("/json-rpc/{site_id}", { body: { method: "test.hello", params: [] } });
  // @ts-expect-error site_id is not the caller's to give
  void mashery.GET("/rest/{site_id}/reports/calls/qps/area", { params: { path: { site_id: "789" } } });
  // @ts-expect-error service_key is still required
  void mashery.GET("/rest/{site_id}/reports/calls/status/service/{service_key}", { params: { query: {} } });
  // @ts-expect-error the area reports need their window
  void mashery.GET("/rest/{site_id}/reports/area/cache-hit-rate");
  // @ts-expect-error format is json or csv
  void mashery.GET("/rest/{site_id}/reports/calls/qps/area", { params: { query: { format: "xml" } } });
  // @ts-expect-error the JSON-RPC body is checked per method too
  void mashery.POST("/json-rpc/{site_id}", { body: { method: "member.fetch", params: [42] } });

  // Rows are typed by the spec; CSV (format=csv) is the string alternative.
  async function rows() {
    const { data } = await mashery.GET("/rest/{site_id}/reports/calls/status/service/{service_key}/developer/{service_dev_key}", { params: { path: { service_key: "k", service_dev_key: "d" } } });
    if (data !== undefined && typeof data !== "string") expectTypeOf(data[0]!.callStatusBlocked).toEqualTypeOf<number>();
  }
  void rows;
}

function errorTypes(error: MasheryRpcError) {
  expectTypeOf(error.fieldErrors).toEqualTypeOf<readonly { field: string; message: string }[]>();
  expectTypeOf(error.code).toEqualTypeOf<number>();
}

describe("Mashery client types", () => {
  it("are checked by tsc", () => {
    expect([rpcTypes, queryTypes, reportTypes, errorTypes].every((f) => typeof f === "function")).toBe(true);
  });
});
