// The sandbox as a contract for Shadowserver's own sample programs (The-Shadowserver-Foundation/api_utils):
// the requests below are shaped the way call-api.py (urllib) and call-api.pl (LWP) put them on the wire,
// with `~/.shadowserver.api` pointing `uri` at the sandbox, either its root or the documented `/api2/`.
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "../../emulators/index.js";
import { SHADOWSERVER_DEMO, startShadowserverEmulator } from "../../emulators/index.js";
import { byteLength, sendRaw } from "./raw-http.js";

const hmac2 = (body: string, secret: string = SHADOWSERVER_DEMO.secret) => createHmac("sha256", secret).update(body, "utf8").digest("hex");

/**
 * call-api.py: the request object gets `apikey` last and is serialised by json.dumps with its default
 * ", " and ": " separators; urllib posts it with its default form content type and writes the
 * header it was given as HMAC2 in its own spelling, "Hmac2".
 */
function pythonSample(method: string, body: string, signature = hmac2(body)) {
  return {
    method: "POST",
    path: method,
    headers: {
      "Accept-Encoding": "identity",
      "Content-Type": "application/x-www-form-urlencoded",
      "Content-Length": byteLength(body),
      "User-Agent": "Python-urllib/3.11",
      Hmac2: signature,
    },
    body,
  };
}

/** call-api.pl: encode_json's compact body, the header as written (HMAC2), LWP's TE header and no content type. */
function perlSample(method: string, body: string) {
  return { method: "POST", path: method, headers: { TE: "deflate,gzip;q=0.3", "User-Agent": "libwww-perl/6.68", HMAC2: hmac2(body), "Content-Length": byteLength(body) }, body };
}

// The README's reports/query example, as call-api.py sends it.
const QUERY_BODY = '{"report": "united-states", "date": "2020-10-27", "query": {"city": "ashburn"}, "limit": 3, "apikey": "123456798"}';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startShadowserverEmulator();
});
afterAll(() => emulator.close());

describe("Shadowserver's call-api.py and call-api.pl against the sandbox", () => {
  it("signs the README example with the value the reference computed", () => {
    expect(hmac2(QUERY_BODY)).toBe("ce5ab62090010cb96e4121728bdd49631ea493bedf3cbd29198e0dfe9bf9b232");
  });

  it.each(["/", "/api2/"])("accepts call-api.py's form-typed, spaced JSON body with uri = sandbox%s", async (base) => {
    const response = await sendRaw(emulator.url, pythonSample(`${base}reports/query`, QUERY_BODY));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual(expect.arrayContaining([expect.objectContaining({ city: "ASHBURN" })]));
  });

  it("accepts call-api.pl's compact body without a content type, under /api2/", async () => {
    const response = await sendRaw(emulator.url, perlSample("/api2/test/ping", '{"apikey":"123456798"}'));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toHaveProperty("pong");
  });

  it("still refuses a body changed after signing, and a signature made with another secret", async () => {
    const tampered = pythonSample("/api2/reports/query", QUERY_BODY.replace('"limit": 3', '"limit": 30'), hmac2(QUERY_BODY));
    expect((await sendRaw(emulator.url, tampered)).status).toBe(401);
    const otherSecret = pythonSample("/api2/reports/query", QUERY_BODY, hmac2(QUERY_BODY, "NotMySecret"));
    const refused = await sendRaw(emulator.url, otherSecret);
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.text)).toEqual({ error: "HMAC2 signature does not match the request body" });
  });

  it("answers 404 outside the documented base path", async () => {
    expect((await sendRaw(emulator.url, pythonSample("/api3/test/ping", '{"apikey": "123456798"}'))).status).toBe(404);
  });
});

describe("fidelity to the spec", () => {
  it("refuses a keyed body that breaks the spec, naming the field, while still checking the signature first", async () => {
    const body = '{"report": "united-states", "date": "2020-10-27", "query": {"city": "ashburn"}, "limit": "three", "apikey": "123456798"}';
    const refused = await sendRaw(emulator.url, pythonSample("/reports/query", body));
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text).error).toMatch(/^invalid request: body\/limit /);
    const forged = await sendRaw(emulator.url, pythonSample("/reports/query", body, hmac2(body, "not-the-secret")));
    expect(forged.status).toBe(401);
  });

  it("refuses a free lookup without its required parameter", async () => {
    const response = await sendRaw(emulator.url, { method: "GET", path: "/api2/malware/info", headers: { "User-Agent": "Python-urllib/3.11" } });
    expect([response.status, JSON.parse(response.text)]).toEqual([400, { error: "missing query parameter sample" }]);
  });
});
