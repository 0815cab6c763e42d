// The sandbox as a contract for the sample clients in CloudTrax's docs (cloudtrax/docs, api/code/):
// the PHP test harness (curl), the Python 2.7 client (requests) and the JavaScript page (XMLHttpRequest).
// The requests below are shaped the way each puts them on the wire, with the sandbox's demo key.
import { createHmac, randomInt } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CloudTraxError } from "../../../generated/cloudtrax/errors.js";
import { CLOUDTRAX_DEMO, startCloudTraxEmulator } from "../../emulators/index.js";
import type { RunningEmulator } from "../../emulators/index.js";
import { byteLength, sendRaw, type RawResponse } from "./raw-http.js";

const { key, secret } = CLOUDTRAX_DEMO.account;
const now = () => Math.floor(Date.now() / 1000);
let counter = 0;

/** The Authorization value and its Signature: HMAC-SHA256 over Authorization + path + body, hex. */
function sign(path: string, body = "", nonce: string = `${randomInt(2 ** 31)}${++counter}`, signingSecret: string = secret) {
  const authorization = `key=${key},timestamp=${now()},nonce=${nonce}`;
  return { authorization, signature: createHmac("sha256", signingSecret).update(authorization + path + body).digest("hex") };
}

/** The PHP harness: curl with its "accept anything" Accept header, Content-Type application/json on every call, a numeric nonce, json_encode's body (slashes escaped). */
function phpHarness(method: string, path: string, body?: string) {
  const { authorization, signature } = sign(path, body);
  const headers: Record<string, string> = { Accept: "*/*", Authorization: authorization, Signature: signature, "Content-Type": "application/json", "OpenMesh-API-Version": "1" };
  if (body !== undefined) headers["Content-Length"] = byteLength(body);
  return { method, path, headers, body };
}

/** The Python 2.7 client: requests' own headers first, json.dumps's spaced body, Content-Length: 0 on a body-less DELETE. */
function pythonClient(method: string, path: string, body?: string) {
  const { authorization, signature } = sign(path, body);
  const headers: Record<string, string> = {
    "Accept-Encoding": "gzip, deflate",
    Accept: "*/*",
    "User-Agent": "python-requests/2.22.0",
    "OpenMesh-API-Version": "1",
    "Content-Type": "application/json",
    Authorization: authorization,
    Signature: signature,
  };
  if (body !== undefined || method === "DELETE") headers["Content-Length"] = byteLength(body ?? "");
  return { method, path, headers, body };
}

/** The JavaScript page: Authorization and Signature only (no version header, no content type) and the fixed nonce "1". */
function javascriptPage(path: string, nonce = "1", signingSecret?: string) {
  const { authorization, signature } = sign(path, "", nonce, signingSecret);
  return { method: "GET", path, headers: { Accept: "*/*", Origin: "http://127.0.0.1:8080", Authorization: authorization, Signature: signature } };
}

const errorCode = (response: RawResponse) => (JSON.parse(response.text) as { errors?: { code: number }[] }).errors?.[0]?.code;

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startCloudTraxEmulator();
});
afterAll(() => emulator.close());
// Each sample runs against a fresh account, as each would on its own: both create "test-network-#10",
// and a second network of the same name is refused (12022).
beforeEach(() => emulator.reset());

describe("the PHP test harness against the sandbox", () => {
  it("lists networks with a JSON content type on a body-less GET", async () => {
    const response = await sendRaw(emulator.url, phpHarness("GET", "/network/list"));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text).networks.length).toBeGreaterThan(0);
  });

  it("creates a network from json_encode's body, whose slashes are escaped, then adds a node and updates settings", async () => {
    const created = await sendRaw(emulator.url, phpHarness("POST", "/network", '{"name":"test-network-#10","password":"some_password","timezone":"America\\/Los_Angeles","country_code":"US"}'));
    expect(created.status).toBe(200);
    const { id } = JSON.parse(created.text) as { id: number };
    const node = await sendRaw(emulator.url, phpHarness("POST", `/node/network/${id}`, '{"mac":"AC:86:74:00:22:44","name":"Test-Node-#3"}'));
    expect(node.status).toBe(200);
    const settings = await sendRaw(emulator.url, phpHarness("PUT", `/network/${id}/settings`, '{"ssids":{"3":{"captive_portal":{"block_message":"Stop in the name of love!"}}}}'));
    expect(JSON.parse(settings.text)).toMatchObject({ code: 1009, context: "settings_put" });
  });
});

describe("the Python 2.7 client against the sandbox", () => {
  it("creates a network from json.dumps's spaced body and deletes it with Content-Length: 0", async () => {
    const created = await sendRaw(emulator.url, pythonClient("POST", "/network", '{"timezone": "America/Los_Angeles", "password": "some_password", "name": "test-network-#10", "country_code": "US"}'));
    expect(created.status).toBe(200);
    const { id } = JSON.parse(created.text) as { id: number };
    const deleted = await sendRaw(emulator.url, pythonClient("DELETE", `/network/${id}`));
    expect(JSON.parse(deleted.text)).toMatchObject({ code: 1009, context: "delete_network" });
  });

  it("signs a query string as part of the path", async () => {
    expect((await sendRaw(emulator.url, pythonClient("GET", "/history/network/12478?period=week"))).status).toBe(200);
  });

  it("is still refused when the body changes after signing", async () => {
    const request = pythonClient("POST", "/network", '{"name": "a", "password": "some_password", "timezone": "UTC", "country_code": "US"}');
    const response = await sendRaw(emulator.url, { ...request, body: request.body!.replace('"a"', '"b"') });
    expect([response.status, errorCode(response)]).toEqual([401, CloudTraxError.SignatureWrong]);
  });
});

describe("the JavaScript page against the sandbox", () => {
  // Its nonce is always "1": a second run within the nonce window is refused (13003), as documented.
  it("gets the server time without an OpenMesh-API-Version header, once per nonce", async () => {
    const first = await sendRaw(emulator.url, javascriptPage("/time"));
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text)).toEqual({ time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) });
    const again = await sendRaw(emulator.url, javascriptPage("/time"));
    expect([again.status, errorCode(again)]).toEqual([401, CloudTraxError.NonceAlreadyExists]);
  });

  it("is refused with a wrong signature, and without the version header anywhere but GET /time", async () => {
    const forged = await sendRaw(emulator.url, javascriptPage("/time", "js-forged", "not-the-secret"));
    expect([forged.status, errorCode(forged)]).toEqual([401, CloudTraxError.SignatureWrong]);
    const elsewhere = await sendRaw(emulator.url, javascriptPage("/network/list", "js-elsewhere"));
    expect([elsewhere.status, errorCode(elsewhere)]).toEqual([401, CloudTraxError.InvalidApiVersion]);
  });

  it("lets a browser page send Authorization: the preflight answer names it (a bare * does not cover it)", async () => {
    const preflight = await sendRaw(emulator.url, {
      method: "OPTIONS",
      path: "/time",
      headers: { Origin: "http://127.0.0.1:8080", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization,signature" },
    });
    expect(preflight.status).toBe(204);
    expect(String(preflight.headers["access-control-allow-headers"]).split(/\s*,\s*/)).toEqual(expect.arrayContaining(["*", "Authorization"]));
  });
});

describe("fidelity to the docs", () => {
  it("answers a request without auth headers 13001, as the docs' own unauthenticated example shows", async () => {
    // curl https://api.cloudtrax.com/network/list with no header of its own (the README's example of section e).
    const response = await sendRaw(emulator.url, { method: "GET", path: "/network/list", headers: { "User-Agent": "curl/7.68.0", Accept: "*/*" } });
    expect(response.status).toBe(401);
    expect(JSON.parse(response.text)).toEqual({ errors: [{ code: CloudTraxError.NoNonceOrTimestamp, context: "authorize", message: "No nonce or timestamp in header.", values: {} }] });
  });

  it("refuses a second network of the same name with 12022, the harness's own create run twice", async () => {
    const body = '{"name":"test-network-#10","password":"some_password","timezone":"America\\/Los_Angeles","country_code":"US"}';
    expect((await sendRaw(emulator.url, phpHarness("POST", "/network", body))).status).toBe(200);
    const again = await sendRaw(emulator.url, phpHarness("POST", "/network", body));
    expect(again.status).toBe(403);
    expect(JSON.parse(again.text)).toMatchObject({ errors: [{ code: CloudTraxError.NameAlreadyExists, context: "name", message: "Name already exists." }] });
  });

  it("refuses a request that breaks the spec with the documented error naming the field", async () => {
    const badId = await sendRaw(emulator.url, pythonClient("GET", "/voucher/network/not-a-number/list"));
    expect(badId.status).toBe(400);
    expect(JSON.parse(badId.text)).toMatchObject({ errors: [{ code: CloudTraxError.Exception, context: "networkId", message: expect.stringContaining("networkId") }] });
    const badBody = await sendRaw(emulator.url, pythonClient("POST", "/network", '{"name": 5, "password": "some_password", "timezone": "UTC", "country_code": "US"}'));
    expect(badBody.status).toBe(400);
    expect(JSON.parse(badBody.text)).toMatchObject({ errors: [{ code: CloudTraxError.Exception, context: "body", values: { reason: expect.stringContaining("/name") } }] });
    const missing = await sendRaw(emulator.url, pythonClient("POST", "/network"));
    expect(JSON.parse(missing.text)).toMatchObject({ errors: [{ code: CloudTraxError.MissingParameter, context: "body" }] });
  });
});
