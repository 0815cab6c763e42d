// The sandbox as a contract for the Python example on Mashery's API documentation ("Examples" page of
// mashery_api/20): an object.query over http.client, shaped below the way it goes on the wire, with the
// documented base path /v2/json-rpc/<site id> and only the host pointed at the sandbox.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MASHERY_DEMO, startMasheryEmulator, type MasheryEmulator } from "../../emulators/index.js";
import { byteLength, sendRaw } from "./raw-http.js";

const { apiKey, secret, siteId } = MASHERY_DEMO;
const sig = (at: number, signingSecret: string = secret) => createHash("md5").update(`${apiKey}${signingSecret}${at}`).digest("hex");
const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * The example: a JSON-RPC 1.0 message (method, params, id; no version field) serialised by JSONEncoder
 * with ", " and ": ", posted with its own Content-type, Accept: text/plain and Content-length headers.
 */
function docsExample(query: string, signature: string) {
  const body = `{"method": "object.query", "params": [${JSON.stringify(query)}], "id": 1}`;
  return {
    method: "POST",
    path: `/v2/json-rpc/${siteId}?apikey=${apiKey}&sig=${signature}`,
    headers: { "Accept-Encoding": "identity", "Content-type": "application/json", Accept: "text/plain", "Content-length": byteLength(body) },
    body,
  };
}

// The query of the example, with a username of the sandbox filled in as it asks.
const QUERY = "SELECT name, keys.apikey from applications where username = 'jdoe_dev'";

let emulator: MasheryEmulator;
beforeAll(async () => {
  emulator = await startMasheryEmulator();
});
afterAll(() => emulator.close());

describe("Mashery's documented Python example against the sandbox", () => {
  it("is answered in the 1.0 envelope under the documented /v2 base path", async () => {
    const response = await sendRaw(emulator.url, docsExample(QUERY, sig(nowSeconds())));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ error: null, id: 1, result: { current_page: 1, items: expect.any(Array) } });
  });

  it("is still refused with a signature made with another secret or outside the five-minute window", async () => {
    for (const signature of [sig(nowSeconds(), "not-the-secret"), sig(nowSeconds() - 6 * 60)]) {
      const response = await sendRaw(emulator.url, docsExample(QUERY, signature));
      expect(response.status).toBe(403);
      expect(JSON.parse(response.text)).toMatchObject({ message: "Not Authorized" });
    }
  });
});

describe("fidelity to the docs", () => {
  /** The documented example's request with another MQL statement: the result, or the error object. */
  async function query(mql: string): Promise<{ result?: { items: Record<string, unknown>[] }; error?: { code: number; data?: { message: string }[] } }> {
    return JSON.parse((await sendRaw(emulator.url, docsExample(mql, sig(nowSeconds())))).text);
  }
  const usernames = async (mql: string) => (await query(mql)).result?.items.map((m) => m.username);

  beforeAll(async () => {
    for (const [username, company, email] of [["mql_a", "Paging Inc", "a@paging.example"], ["mql_b", "Other Co", "b@other.example"]]) {
      const body = JSON.stringify({ method: "member.create", params: [{ username, email, company }], id: 2 });
      await sendRaw(emulator.url, { ...docsExample("", sig(nowSeconds())), body, headers: { "Content-type": "application/json", "Content-length": byteLength(body) } });
    }
  });

  it.each([
    ["LIKE", "SELECT * FROM members WHERE email LIKE '%@paging.example'", ["mql_a"]],
    ["NOT LIKE", "select username from members where email not like '%.example' order by username", ["jdoe_dev"]],
    ["IS NULL", "SELECT * FROM members WHERE external_id IS NULL AND username = 'jdoe_dev'", ["jdoe_dev"]],
    ["IS NOT NULL", "SELECT * FROM members WHERE phone IS NOT NULL", ["jdoe_dev"]],
    ["OR with parentheses", "SELECT username FROM members WHERE (company = 'Paging Inc' OR company = 'Other Co') AND area_status = 'active' ORDER BY username", ["mql_a", "mql_b"]],
    ["comparisons", "SELECT * FROM members WHERE username > 'mql_a' AND username <= 'mql_z'", ["mql_b"]],
    ["REQUIRE RELATED", "SELECT * FROM members REQUIRE RELATED keys WITH status = 'active'", ["jdoe_dev"]],
  ])("object.query understands %s", async (_, mql, expected) => {
    expect(await usernames(mql)).toEqual(expected);
  });

  it("compares numbers as numbers, as a key-limits script asks", async () => {
    const { result } = await query("select *, member, service from keys where qps_limit_ceiling >= 2 and rate_limit_ceiling < 10000 PAGE 1 ITEMS 1000");
    expect(result?.items.length).toBeGreaterThan(0);
    for (const key of result!.items) expect(key).toMatchObject({ member: { username: "jdoe_dev" }, service: expect.objectContaining({ service_key: expect.any(String) }) });
  });

  it("says where a statement it cannot parse goes wrong", async () => {
    const { error } = await query("SELECT * FROM members WHERE (company = 'x'");
    expect(error).toMatchObject({ code: -32602, data: [{ field: "query", message: expect.stringContaining('expected )') }] });
  });

  it("answers 403 with the documented message, also as the error object JSON-RPC clients read (docs/adr/0009)", async () => {
    const response = await sendRaw(emulator.url, docsExample(QUERY, sig(nowSeconds(), "not-the-secret")));
    const body = JSON.parse(response.text);
    expect(response.status).toBe(403);
    // A JSON-RPC client raising responseJson['error'] on any non-200, and a REST client reading `message`, both see it.
    expect(body.error).toEqual({ code: 403, message: "Not Authorized" });
    expect(body.message).toBe("Not Authorized");
    expect(response.headers["x-mashery-error-code"]).toBe("ERR_403_NOT_AUTHORIZED");
  });

  describe("reports tell the JSON-RPC store's story", () => {
    const SERVICE = "p7a3kq9wmz2xv5ctn8hdr4uf";
    /** A reporting script's request: a plain GET with the window and format=json in the query. */
    const report = async (path: string) => {
      const response = await sendRaw(emulator.url, { method: "GET", path: `/v2/rest/${siteId}/reports/calls/${path}?start_date=2015-11-24T00:00:00Z&end_date=2015-12-01T00:00:00Z&format=json&apikey=${apiKey}&sig=${sig(nowSeconds())}`, headers: { "User-Agent": "Python-urllib/2.7" } });
      return { status: response.status, body: JSON.parse(response.text) };
    };
    const storedKeys = async () => new Set((await query(`SELECT apikey FROM keys WHERE service_key = '${SERVICE}' ITEMS 100`)).result!.items.map((k) => k.apikey));

    it("rows of a service report name only keys the store has", async () => {
      const { status, body } = await report(`developer_activity/service/${SERVICE}`);
      expect(status).toBe(200);
      const keys = await storedKeys();
      expect(body.length).toBeGreaterThan(0);
      for (const row of body) expect(keys.has(row.serviceDevKey)).toBe(true);
    });

    it("a /developer/{key} report is about that key alone", async () => {
      const [key] = [...(await storedKeys())] as string[];
      const { status, body } = await report(`status/service/${SERVICE}/developer/${key}`);
      expect(status).toBe(200);
      expect(body.map((row: { serviceDevKey: string; serviceKey: string }) => [row.serviceKey, row.serviceDevKey])).toEqual(body.map(() => [SERVICE, key]));
    });

    it("a key the store lacks is ERR_INVALID_SERVICE_DEV_KEY", async () => {
      const { status, body } = await report(`methods/service/${SERVICE}/developer/nosuchkeyzzzzzzzzzzzzzzz`);
      expect(status).toBe(400);
      expect(body).toMatchObject({ errorcode: "ERR_INVALID_SERVICE_DEV_KEY" });
    });

    it("a parameter that breaks the spec is its ERR_INVALID_* code", async () => {
      const response = await sendRaw(emulator.url, { method: "GET", path: `/v2/rest/${siteId}/reports/calls/developer_activity/service/${SERVICE}?limit=lots&apikey=${apiKey}&sig=${sig(nowSeconds())}` });
      expect([response.status, JSON.parse(response.text).errorcode]).toEqual([400, "ERR_INVALID_LIMIT"]);
    });
  });
});
