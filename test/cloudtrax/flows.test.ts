import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloudTraxError, createCloudTraxClient, type CloudTraxClient } from "../../generated/cloudtrax/index.js";
import { CLOUDTRAX_DEMO, startCloudTraxEmulator } from "../emulators/index.js";
import type { RunningEmulator } from "../emulators/index.js";

let emulator: RunningEmulator;
let cloudtrax: CloudTraxClient;
beforeAll(async () => {
  emulator = await startCloudTraxEmulator();
  cloudtrax = createCloudTraxClient({ ...CLOUDTRAX_DEMO.account, baseUrl: emulator.url });
});
afterAll(() => emulator.close());

describe("the docs' API server test harness, for real", () => {
  it("creates a network, lists it, adds a node, updates it, deletes the node and the network", async () => {
    const created = await cloudtrax.POST("/network", {
      body: { name: "harness-test", password: "harness-password", timezone: "Canada/Central", country_code: "CA", location: "Moose Jaw" },
    });
    expect(created.error).toBeUndefined();
    const networkId = created.data!.id;

    const listed = await cloudtrax.GET("/network/list");
    expect(listed.data?.networks).toContainEqual(expect.objectContaining({ id: networkId, name: "harness-test", node_count: 0 }));
    const found = await cloudtrax.GET("/network/search", { params: { query: { by_name: "harness%" } } });
    expect(found.data?.networks).toEqual([{ name: "harness-test", id: networkId }]);

    const path = { networkId };
    const added = await cloudtrax.POST("/node/network/{networkId}", { params: { path }, body: { mac: "AC:86:74:00:00:01", name: "Harness AP" } });
    expect(added.error).toBeUndefined();
    const nodeId = String(added.data!.node_id);
    const again = await cloudtrax.POST("/node/network/{networkId}", { params: { path }, body: { mac: "ac:86:74:00:00:01", name: "Twice" } });
    expect(again.error?.errors[0]).toMatchObject({ code: CloudTraxError.MacExistsInNetwork, message: "Mac (ac:86:74:00:00:01) already exists in your network." });
    expect((await cloudtrax.GET("/node/does_mac_exist", { params: { query: { mac: "ac:86:74:00:00:01" } } })).data).toEqual({ node_exists: true });

    const updated = await cloudtrax.PUT("/node/{nodeId}", { params: { path: { nodeId } }, body: { description: "updated by the harness" } });
    expect(updated.data).toMatchObject({ code: CloudTraxError.Success, context: "update_node" });
    const node = await cloudtrax.GET("/node/{nodeId}", { params: { path: { nodeId } } });
    expect(node.data).toMatchObject({ mac: "AC:86:74:00:00:01", name: "Harness AP", description: "updated by the harness" });
    const nodes = await cloudtrax.GET("/node/network/{networkId}/list", { params: { path } });
    expect(Object.keys(nodes.data!.nodes)).toEqual([nodeId]);
    expect((await cloudtrax.GET("/network/list")).data?.networks.find((n) => n.id === networkId)?.node_count).toBe(1);

    expect((await cloudtrax.DELETE("/node/{nodeId}", { params: { path: { nodeId } } })).data).toMatchObject({ code: CloudTraxError.Success });
    const gone = await cloudtrax.GET("/node/{nodeId}", { params: { path: { nodeId } } });
    expect(gone.response.status).toBe(404);
    expect(gone.error?.errors[0]?.code).toBe(CloudTraxError.AccessPointNotFound);

    const deleted = await cloudtrax.DELETE("/network/{networkId}", { params: { path } });
    expect(deleted.data).toMatchObject({ code: CloudTraxError.Success, context: "delete_network" });
    expect((await cloudtrax.GET("/network/list")).data?.networks.map((n) => n.id)).not.toContain(networkId);
    const after = await cloudtrax.GET("/network/{networkId}/settings", { params: { path } });
    expect(after.error?.errors[0]?.code).toBe(CloudTraxError.NetworkNotFound);
  });

  it("moves a node between the account's networks only with confirm_transfer", async () => {
    const mac = "ac:86:74:5a:10:01"; // the documented gateway of network 12478
    const into = { params: { path: { networkId: 12479 } } };
    const refused = await cloudtrax.POST("/node/network/{networkId}", { ...into, body: { mac, name: "Lobby" } });
    expect(refused.error?.errors[0]?.code).toBe(CloudTraxError.MacExistsTransferNotConfirmed);
    const moved = await cloudtrax.POST("/node/network/{networkId}", { ...into, body: { mac, name: "Lobby", confirm_transfer: true } });
    expect(moved.data).toEqual({ node_id: 548430 });
    const annex = await cloudtrax.GET("/node/network/{networkId}/list", into);
    expect(Object.keys(annex.data!.nodes)).toEqual(["548430"]);
  });

  it("refuses a malformed MAC with 1008", async () => {
    const { error } = await cloudtrax.POST("/node/network/{networkId}", { params: { path: { networkId: 12478 } }, body: { mac: "not-a-mac", name: "x" } });
    expect(error?.errors[0]?.code).toBe(CloudTraxError.MacAddressWrongFormat);
  });
});

describe("vouchers", () => {
  const network = { params: { path: { networkId: 12478 } } };
  const room = (code: string) => ({ code, duration: 24, max_users: 2, up_limit: 5, down_limit: 20, purge_days: 30 });

  it("creates, reads, updates and acts on vouchers", async () => {
    const created = await cloudtrax.POST("/voucher/network/{networkId}", { ...network, body: { desired_vouchers: [{ ...room("Room 401"), comment: "one night" }, room("")] } });
    expect(created.error).toBeUndefined();
    const listed = (await cloudtrax.GET("/voucher/network/{networkId}/list", network)).data!.vouchers;
    const generated = listed.at(-1)!.code!;
    expect(listed.map((v) => v.code)).toEqual(["Room 214", "Room 118", "Room 401", generated]);
    expect(generated).not.toBe("");

    const one = await cloudtrax.GET("/voucher/network/{networkId}", { params: { path: { networkId: 12478 }, query: { code: "Room 401" } } });
    expect(one.data).toMatchObject({ code: "Room 401", status: "unused", comment: "one night", users: [] });

    const updated = await cloudtrax.PUT("/voucher/network/{networkId}/update", { ...network, body: { vouchers: [{ ...room("Room 401"), duration: 48 }] } });
    expect(updated.response.status).toBe(200);
    const after = await cloudtrax.GET("/voucher/network/{networkId}", { params: { path: { networkId: 12478 }, query: { code: "Room 401" } } });
    expect(after.data).toMatchObject({ duration: 48, comment: "" }); // an omitted comment is cleared

    const deleted = await cloudtrax.PUT("/voucher/network/{networkId}/{action}", { params: { path: { networkId: 12478, action: "delete" } }, body: { vouchers: ["Room 401", "Room 118"] } });
    expect(deleted.data?.vouchers?.map((v) => v.status)).toEqual(["deleted", "deleted"]);
    const restored = await cloudtrax.PUT("/voucher/network/{networkId}/{action}", { params: { path: { networkId: 12478, action: "restore" } }, body: { vouchers: ["Room 118"] } });
    expect(restored.data?.vouchers?.[0]).toMatchObject({ status: "active", users: ["3c:22:fb:10:a4:7e"] });
    const reset = await cloudtrax.PUT("/voucher/network/{networkId}/{action}", { params: { path: { networkId: 12478, action: "reset" } }, body: { vouchers: ["Room 118"] } });
    expect(reset.data?.vouchers?.[0]).toMatchObject({ status: "unused", users: [], remaining: 72 });
  });

  it("changes nothing when one voucher is not in the network", async () => {
    const { error, response } = await cloudtrax.PUT("/voucher/network/{networkId}/{action}", { params: { path: { networkId: 12478, action: "delete" } }, body: { vouchers: ["Room 214", "Nope"] } });
    expect(response.status).toBe(403);
    expect(error?.errors[0]?.code).toBe(CloudTraxError.ElementNotFound);
    const room214 = await cloudtrax.GET("/voucher/network/{networkId}", { params: { path: { networkId: 12478 }, query: { code: "Room 214" } } });
    expect(room214.data?.status).toBe("unused");
  });

  it("creates 14,500 blank-code vouchers per 1 MB request, three times on one network, quickly and each with its own code", async () => {
    // Its own network, so the other tests keep the documented vouchers.
    const created = await cloudtrax.POST("/network", { body: { name: "voucher-batches", password: "voucher-batches", timezone: "UTC", country_code: "US" } });
    const path = { networkId: created.data!.id };
    const blank = { duration: 1, max_users: 0, up_limit: 1, down_limit: 1, purge_days: 1 };
    const body = { desired_vouchers: Array.from({ length: 14_500 }, () => blank) };
    expect(JSON.stringify(body).length).toBeLessThan(1024 * 1024); // under the emulators' body limit

    // Work quadratic in the request and the network's vouchers took seconds here, more with each
    // batch, and blocked every emulator; linear work takes well under 2 s (5 s for a slow machine).
    for (const batch of [1, 2, 3]) {
      const started = performance.now();
      const { error } = await cloudtrax.POST("/voucher/network/{networkId}", { params: { path }, body });
      expect(performance.now() - started, `batch ${batch}`).toBeLessThan(5_000);
      expect(error).toBeUndefined();
    }

    const codes = (await cloudtrax.GET("/voucher/network/{networkId}/list", { params: { path } })).data!.vouchers.map((v) => v.code);
    expect(codes).toHaveLength(43_500);
    expect(new Set(codes).size).toBe(43_500);
    expect([codes[0], codes[14_500], codes.at(-1)]).toEqual(["GEN00001", "GEN14501", "GEN43500"]);
  });

  it("validates voucher bodies against the spec (400 with the error envelope)", async () => {
    const { error, response } = await cloudtrax.POST("/voucher/network/{networkId}", { ...network, body: { desired_vouchers: [{ ...room("x"), max_users: 10 }] } });
    expect(response.status).toBe(400);
    expect(error?.errors[0]).toMatchObject({ code: CloudTraxError.Exception, context: "body", values: { reason: expect.stringContaining("max_users") } });
  });
});
