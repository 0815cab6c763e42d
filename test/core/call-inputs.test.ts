import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMasheryClient } from "../../generated/mashery/index.js";
import { createShadowserverClient } from "../../generated/shadowserver/index.js";
import { createWatchMouseClient } from "../../generated/watchmouse/index.js";
import type { RunningEmulator } from "../emulators/index.js";
import { MASHERY_DEMO, startMasheryEmulator } from "../emulators/index.js";
import { SHADOWSERVER_DEMO, startShadowserverEmulator } from "../emulators/index.js";
import { startWatchMouseEmulator } from "../emulators/index.js";

// The clients add keys, signatures and bound parameters to each call's inputs (prepare): these
// tests hold them to never touching the caller's own objects, and to covering request() too.
let shadowserver: RunningEmulator, mashery: RunningEmulator, watchmouse: RunningEmulator;
beforeAll(async () => {
  [shadowserver, mashery, watchmouse] = await Promise.all([startShadowserverEmulator(), startMasheryEmulator(), startWatchMouseEmulator()]);
});
afterAll(() => Promise.all([shadowserver.close(), mashery.close(), watchmouse.close()]));

const deepCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("call inputs", () => {
  it("Shadowserver: the key goes into the body sent, not into the caller's body object", async () => {
    const client = createShadowserverClient({ ...SHADOWSERVER_DEMO, baseUrl: shadowserver.url });
    const init = { body: {} };
    const before = deepCopy(init);
    const { error, response } = await client.POST("/key/info", init);
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(init).toEqual(before);
    expect(JSON.parse(shadowserver.requests.at(-1)!.text)).toEqual({ apikey: SHADOWSERVER_DEMO.apiKey });
  });

  it("Mashery: the site id, format, apikey and sig join the query without changing the caller's params", async () => {
    const client = createMasheryClient({ ...MASHERY_DEMO, baseUrl: mashery.url });
    const init = { params: { path: { service_key: "p7a3kq9wmz2xv5ctn8hdr4uf" }, query: { start_date: "2015-11-01T00:00:00Z", end_date: "2015-11-02T00:00:00Z" } } };
    const before = deepCopy(init);
    const { error } = await client.GET("/rest/{site_id}/reports/calls/developer_activity/service/{service_key}", init);
    expect(error).toBeUndefined();
    expect(init).toEqual(before);
  });

  it("Mashery: request(method, path) is signed and retried like GET/POST", async () => {
    const client = createMasheryClient({ ...MASHERY_DEMO, baseUrl: mashery.url });
    const { data, error, response } = await client.request("get", "/rest/{site_id}/reports/calls/qps/area", {
      params: { query: { start_date: "2015-11-01T00:00:00Z", end_date: "2015-11-02T00:00:00Z" } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(Array.isArray(data)).toBe(true);
    const sent = mashery.requests.at(-1)!.url;
    expect(sent.pathname).toBe(`/rest/${MASHERY_DEMO.siteId}/reports/calls/qps/area`);
    expect(sent.searchParams.get("sig")).toMatch(/^[0-9a-f]{32}$/);
  });

  it("WatchMouse: view=json replaces a JSONP callback, and a caller's own nkey is sent as given", async () => {
    const client = createWatchMouseClient({ baseUrl: watchmouse.url });
    const init = { params: { query: { nkey: "not-a-key", callback: "cb" } } };
    const before = deepCopy(init);
    const { error, response } = await client.GET("/acct_credits", init);
    expect(init).toEqual(before);
    expect(error).toMatchObject({ code: expect.any(Number) });
    expect(response.status).toBe(401);
    const sent = watchmouse.requests.at(-1)!.url.searchParams;
    expect(sent.get("nkey")).toBe("not-a-key");
    expect(sent.get("view")).toBe("json");
    expect(sent.has("callback")).toBe(false);
  });
});
