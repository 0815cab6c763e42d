/**
 * The three ways of calling one operation that the client benchmark compares, per provider: our
 * client (the compiled package), openapi-fetch alone with the signing done by the caller, and a
 * bare fetch signed by hand with node:crypto.
 */
import { createHash, createHmac } from "node:crypto";
import createClient from "openapi-fetch";

export type Call = () => Promise<unknown>;
/** One operation three ways: our client, openapi-fetch alone with the signing done by the caller, and bare fetch. */
export interface Trio { operation: string; ours: Call; floor: Call; bare: Call }

// The compiled package, as users run it (`npm run build` first): tsx's transform of the sources adds
// per-function helpers that users never pay. Only the provider measured is loaded. The side runner
// is bundled elsewhere before it runs (client.ts), so it is told where dist/ is.
const DIST = process.env.SPECFIRST_BENCH_DIST ?? new URL("../dist/generated/", import.meta.url).href;
const entry = (provider: string) => import(new URL(`${provider}/index.js`, DIST).href);

/** openapi-fetch with nothing of ours: the least any openapi-fetch client can cost. */
const openapiFetch = (base: string) => createClient<any>({ baseUrl: base });
// The best a user would write by hand on Node: node:crypto, synchronous.
const hmac = (message: string) => createHmac("sha256", "secret").update(message).digest("hex");
const md5Hex = (text: string) => createHash("md5").update(text).digest("hex");

export const TRIOS: Record<string, (base: string) => Promise<Trio>> = {
  // Shadowserver: apikey inside the JSON body, HMAC2 = hex HMAC-SHA256 of the body.
  async shadowserver(base) {
    const { createShadowserverClient } = await entry("shadowserver");
    const ours = createShadowserverClient({ baseUrl: base, apiKey: "key", secret: "secret" });
    const floor = openapiFetch(base);
    const body = () => JSON.stringify({ apikey: "key" });
    return {
      operation: "POST /key/info",
      ours: () => ours.POST("/key/info", { body: {} }),
      floor: () => floor.POST("/key/info", { body: { apikey: "key" }, headers: { HMAC2: hmac(body()) } }),
      bare: async () => {
        const text = body();
        return (await fetch(`${base}/key/info`, { method: "POST", body: text, headers: { "Content-Type": "application/json", HMAC2: hmac(text) } })).json();
      },
    };
  },

  // CloudTrax: Authorization key/timestamp/nonce, Signature = HMAC over authorization + path + body.
  async cloudtrax(base) {
    const { createCloudTraxClient } = await entry("cloudtrax");
    const ours = createCloudTraxClient({ baseUrl: base, key: "key", secret: "secret" });
    const floor = openapiFetch(base);
    const path = "/account/service_agreement";
    const headers = () => {
      const nonce = crypto.randomUUID().replace(/-/g, "").slice(0, 16);
      const authorization = `key=key,timestamp=${Math.floor(Date.now() / 1000)},nonce=${nonce}`;
      return { "OpenMesh-API-Version": "1", Authorization: authorization, Signature: hmac(authorization + path) };
    };
    return {
      operation: `GET ${path}`,
      ours: () => ours.GET(path),
      floor: () => floor.GET(path, { headers: headers() }),
      bare: async () => (await fetch(base + path, { headers: headers() })).json(),
    };
  },

  // Mashery: apikey + sig = md5(apikey + secret + unix seconds) in the query; reports ask for JSON.
  async mashery(base) {
    const { createMasheryClient } = await entry("mashery");
    const ours = createMasheryClient({ baseUrl: base, apiKey: "key", secret: "secret", siteId: 42 });
    const floor = openapiFetch(base);
    const path = "/rest/{site_id}/reports/calls/developer_activity/service/{service_key}";
    const dates = { start_date: "2024-01-01T00:00:00Z", end_date: "2024-01-02T00:00:00Z" };
    const query = () => ({ ...dates, format: "json", apikey: "key", sig: md5Hex(`keysecret${Math.floor(Date.now() / 1000)}`) });
    return {
      operation: "GET …/developer_activity/service/{service_key}",
      ours: () => ours.GET(path, { params: { path: { service_key: "svc" }, query: dates } }),
      floor: () => floor.GET(path, { params: { path: { site_id: 42, service_key: "svc" }, query: query() } }),
      bare: async () => {
        const url = new URL(`${base}/rest/42/reports/calls/developer_activity/service/svc`);
        for (const [name, value] of Object.entries(query())) url.searchParams.set(name, value);
        return (await fetch(url)).json();
      },
    };
  },

  // WatchMouse: a permanent token as `nkey`, `view=json`, and `code` 0 in the body means success.
  async watchmouse(base) {
    const { createWatchMouseClient } = await entry("watchmouse");
    const ours = createWatchMouseClient({ baseUrl: base, nkey: "token" });
    const floor = openapiFetch(base);
    return {
      operation: "GET /rule_get",
      ours: () => ours.GET("/rule_get"),
      floor: async () => {
        const result = await floor.GET("/rule_get", { params: { query: { view: "json", nkey: "token" } } });
        if (result.data?.code !== 0) throw new Error("code is not 0");
        return result;
      },
      bare: async () => {
        const body = (await (await fetch(`${base}/rule_get?view=json&nkey=token`)).json()) as { code: number };
        if (body.code !== 0) throw new Error(`code ${body.code}`);
        return body;
      },
    };
  },
};
