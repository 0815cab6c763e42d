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
