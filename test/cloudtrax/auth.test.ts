import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloudTraxError, createCloudTraxClient } from "../../generated/cloudtrax/index.js";
import { CLOUDTRAX_DEMO, startCloudTraxEmulator } from "../emulators/index.js";
import type { RunningEmulator } from "../emulators/index.js";

const MINUTE = 60_000;
const paths = (emulator: RunningEmulator, from = 0) => emulator.requests.slice(from).map((r) => r.url.pathname);

describe("clock skew (13002): one GET /time, then the offset is kept", () => {
  it.each([
    ["20 minutes ahead", 20 * MINUTE],
    ["20 minutes behind", -20 * MINUTE],
  ])("succeeds when the server clock is %s", async (_, skew) => {
    const emulator = await startCloudTraxEmulator({ now: () => Date.now() + skew });
    try {
      const client = createCloudTraxClient({ ...CLOUDTRAX_DEMO.account, baseUrl: emulator.url });
      const first = await client.GET("/network/list");
      expect(first.error).toBeUndefined();
      expect(first.data?.networks.length).toBeGreaterThan(0);
      // Refused with 13002, one GET /time, the same request re-signed.
      expect(paths(emulator)).toEqual(["/network/list", "/time", "/network/list"]);

      const later = await client.GET("/node/network/{networkId}/list", { params: { path: { networkId: 12478 } } });
      expect(later.error).toBeUndefined();
      expect(paths(emulator, 3)).toEqual(["/node/network/12478/list"]);
    } finally {
      await emulator.close();
    }
  });

  it("shares one GET /time between concurrent requests refused at once", async () => {
    const emulator = await startCloudTraxEmulator({ now: () => Date.now() + 20 * MINUTE });
    try {
      const client = createCloudTraxClient({ ...CLOUDTRAX_DEMO.account, baseUrl: emulator.url });
      const results = await Promise.all(Array.from({ length: 5 }, () => client.GET("/network/list")));
      for (const { error } of results) expect(error).toBeUndefined();
      expect(paths(emulator).filter((p) => p === "/time")).toHaveLength(1);
      expect(emulator.requests).toHaveLength(11);
    } finally {
      await emulator.close();
    }
  });

  it("re-signs a POST with its body after the correction", async () => {
    const emulator = await startCloudTraxEmulator({ now: () => Date.now() - 30 * MINUTE });
    try {
      const client = createCloudTraxClient({ ...CLOUDTRAX_DEMO.account, baseUrl: emulator.url });
      const body = { mac: "ac:86:74:5a:10:99", name: "Spa" };
      const { data, error } = await client.POST("/node/network/{networkId}", { params: { path: { networkId: 12478 } }, body });
      expect(error).toBeUndefined();
      expect(data?.node_id).toEqual(expect.any(Number));
      expect(paths(emulator)).toEqual(["/node/network/12478", "/time", "/node/network/12478"]);
      expect(JSON.parse(emulator.requests[2]!.text)).toEqual(body);
    } finally {
      await emulator.close();
    }
  });

  it("retries only once, and hands back the 13002 answer when the clock cannot be fixed", async () => {
    const seen: string[] = [];
    const skewed = JSON.stringify({ errors: [{ code: 13002, context: "authorize", message: "Timestamp too old or in the future.", values: {} }] });
    const alwaysSkewed = async (request: Request) => {
      seen.push(new URL(request.url).pathname);
      if (new URL(request.url).pathname === "/time") return Response.json({ time: new Date().toISOString() });
      return new Response(skewed, { status: 401, headers: { "Content-Type": "application/json" } });
    };
    const client = createCloudTraxClient({ ...CLOUDTRAX_DEMO.account, baseUrl: "http://127.0.0.1:9", fetch: alwaysSkewed });
    const { error } = await client.GET("/network/list");
    expect(error?.errors[0]?.code).toBe(CloudTraxError.TimestampOutOfRange);
    expect(seen).toEqual(["/network/list", "/time", "/network/list"]);

    const noTime = async (request: Request) => {
      seen.push(new URL(request.url).pathname);
      return new Response(skewed, { status: 401, headers: { "Content-Type": "application/json" } });
    };
    seen.length = 0;
    const stuck = createCloudTraxClient({ ...CLOUDTRAX_DEMO.account, baseUrl: "http://127.0.0.1:9", fetch: noTime });
    expect((await stuck.GET("/network/list")).error?.errors[0]?.code).toBe(CloudTraxError.TimestampOutOfRange);
    expect(seen).toEqual(["/network/list", "/time"]);
  });
});

describe("CloudTrax emulator authentication", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => void (emulator = await startCloudTraxEmulator()));
  afterAll(() => emulator.close());

  it("refuses a replayed request: the nonce is already used (13003)", async () => {
    // Sends every signed request twice and hands the client the second answer.
    const replaying = async (request: Request) => {
      await fetch(request.clone());
      return fetch(request);
    };
    const client = createCloudTraxClient({ ...CLOUDTRAX_DEMO.account, baseUrl: emulator.url, fetch: replaying });
    const { error, response } = await client.PUT("/node/{nodeId}", { params: { path: { nodeId: "548430" } }, body: { name: "Lobby" } });
    expect(response.status).toBe(401);
    expect(error?.errors[0]?.code).toBe(CloudTraxError.NonceAlreadyExists);
  });

  it("keeps a network key to its own network (13009)", async () => {
    const client = createCloudTraxClient({ ...CLOUDTRAX_DEMO.network, baseUrl: emulator.url });
    const own = await client.GET("/node/network/{networkId}/list", { params: { path: { networkId: 12478 } } });
    expect(own.error).toBeUndefined();
    const other = await client.GET("/node/network/{networkId}/list", { params: { path: { networkId: 12479 } } });
    expect(other.response.status).toBe(403);
    expect(other.error?.errors[0]?.code).toBe(CloudTraxError.NetworkIdKeyMismatch);
    const list = await client.GET("/network/list");
    expect(list.data?.networks.map((n) => n.id)).toEqual([12478]);
  });

  it("keeps a network key from account-only operations (1001) and an application key to its own (13005)", async () => {
    const network = createCloudTraxClient({ ...CLOUDTRAX_DEMO.network, baseUrl: emulator.url });
    const created = await network.POST("/network", { body: { name: "rogue", password: "12345678", timezone: "UTC", country_code: "US" } });
    expect(created.error?.errors[0]?.code).toBe(CloudTraxError.KeyIsNotMaster);
    const application = createCloudTraxClient({ ...CLOUDTRAX_DEMO.application, baseUrl: emulator.url });
    expect((await application.GET("/network/list")).error?.errors[0]?.code).toBe(CloudTraxError.UnauthorizedKeyAccess);
  });

  it("logs in with an application key, and the key pair it hands out works", async () => {
    const application = createCloudTraxClient({ ...CLOUDTRAX_DEMO.application, baseUrl: emulator.url });
    const { data } = await application.POST("/account/login", { body: { username: "ana.front-desk", password: "correct-horse-battery" } });
    expect(data?.type).toBe("master");
    const user = createCloudTraxClient({ key: data!.key, secret: data!.secret, baseUrl: emulator.url });
    expect((await user.GET("/network/list")).error).toBeUndefined();
  });

  describe("checks in the documented order, verified with node:crypto", () => {
    const now = () => Math.floor(Date.now() / 1000);
    let counter = 0;
    const freshNonce = () => `order-${++counter}`;

    /** A request signed by hand; `change` breaks one thing at a time. */
    async function send(change: { version?: string | null; timestamp?: number | null; nonce?: string | null; key?: string; secret?: string; signature?: string; path?: string } = {}) {
      const path = change.path ?? "/network/list";
      const fields = [`key=${change.key ?? CLOUDTRAX_DEMO.network.key}`];
      if (change.timestamp !== null) fields.push(`timestamp=${change.timestamp ?? now()}`);
      if (change.nonce !== null) fields.push(`nonce=${change.nonce ?? freshNonce()}`);
      const authorization = fields.join(",");
      const headers: Record<string, string> = {
        Authorization: authorization,
        Signature: change.signature ?? createHmac("sha256", change.secret ?? CLOUDTRAX_DEMO.network.secret).update(authorization + path).digest("hex"),
      };
      if (change.version !== null) headers["OpenMesh-API-Version"] = change.version ?? "1";
      const response = await fetch(emulator.url + path, { headers });
      return { status: response.status, code: ((await response.json()) as { errors?: { code: number }[] }).errors?.[0]?.code };
    }

    it("accepts a correct request", async () => {
      expect(await send()).toEqual({ status: 200, code: undefined });
    });

    it.each([
      ["no nonce or timestamp, before anything else (the docs' own unauthenticated example)", { version: null, timestamp: null, key: "nobody" }, CloudTraxError.NoNonceOrTimestamp],
      ["a missing version header, before the clock and the key", { version: null, timestamp: now() - 16 * 60, key: "nobody" }, CloudTraxError.InvalidApiVersion],
      ["version 0", { version: "0" }, CloudTraxError.InvalidApiVersion],
      ["a missing timestamp", { timestamp: null, key: "nobody" }, CloudTraxError.NoNonceOrTimestamp],
      ["a missing nonce", { nonce: null, key: "nobody" }, CloudTraxError.NoNonceOrTimestamp],
      ["a timestamp 16 minutes old, before the key", { timestamp: now() - 16 * 60, key: "nobody" }, CloudTraxError.TimestampOutOfRange],
      ["a timestamp 16 minutes ahead", { timestamp: now() + 16 * 60 }, CloudTraxError.TimestampOutOfRange],
      ["an unknown key, before the signature", { key: "nobody", signature: "0".repeat(64) }, CloudTraxError.UnknownKey],
      ["an empty signature", { signature: "" }, CloudTraxError.EmptySignatureHeader],
      ["a signature made with another secret", { secret: "wrong" }, CloudTraxError.SignatureWrong],
      ["a signature over another path", { signature: createHmac("sha256", CLOUDTRAX_DEMO.network.secret).update("x").digest("hex") }, CloudTraxError.SignatureWrong],
      // As long as a digest in characters, one byte longer in UTF-8: refused, not an emulator failure (500).
      ["a signature of 63 hex digits and one non-ASCII character", { signature: `${"0".repeat(63)}é` }, CloudTraxError.SignatureWrong],
      ["a nonce over 128 characters, before anything else is looked at", { nonce: "n".repeat(129), version: "0", key: "nobody" }, CloudTraxError.NonceTooLong],
    ] as const)("refuses %s", async (_, change, code) => {
      expect(await send(change)).toEqual({ status: 401, code });
    });

    it("refuses a reused nonce before looking at the key", async () => {
      expect((await send({ nonce: "used-once" })).status).toBe(200);
      expect(await send({ nonce: "used-once", key: "nobody" })).toEqual({ status: 401, code: CloudTraxError.NonceAlreadyExists });
    });

    it.each([
      ["an unknown key", { key: "nobody" }, CloudTraxError.UnknownKey],
      ["a wrong signature", { secret: "wrong" }, CloudTraxError.SignatureWrong],
    ] as const)("does not use up the nonce of a request refused for %s", async (_, change, code) => {
      const nonce = freshNonce();
      expect(await send({ ...change, nonce })).toEqual({ status: 401, code });
      expect(await send({ nonce })).toEqual({ status: 200, code: undefined });
    });

    it("takes a nonce of 128 characters, and refuses a 15 KB one without remembering it", async () => {
      expect(await send({ nonce: "a".repeat(128) })).toEqual({ status: 200, code: undefined });
      const long = "b".repeat(15_000);
      expect(await send({ nonce: long })).toEqual({ status: 401, code: CloudTraxError.NonceTooLong });
      expect(await send({ nonce: long })).toEqual({ status: 401, code: CloudTraxError.NonceTooLong }); // not 13003: never stored
    });

    it("answers GET /time even to a skewed clock, which is how a client learns the offset", async () => {
      expect(await send({ path: "/time", timestamp: now() - 60 * 60 })).toEqual({ status: 200, code: undefined });
    });

    it("checks the network of a network key last", async () => {
      expect(await send({ path: "/voucher/network/12479/list" })).toEqual({ status: 403, code: CloudTraxError.NetworkIdKeyMismatch });
      expect(await send({ path: "/voucher/network/12479/list", secret: "wrong" })).toEqual({ status: 401, code: CloudTraxError.SignatureWrong });
    });
  });
});
