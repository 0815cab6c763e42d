/**
 * 1. Client overhead: each generated client (with its signing) vs a bare `fetch` plus the same
 * signing written by hand, against a loopback server. Ratios are generated / bare, per round.
 */
import { createCloudTraxClient } from "../generated/cloudtrax/index.js";
import { createMasheryClient } from "../generated/mashery/index.js";
import { createShadowserverClient } from "../generated/shadowserver/index.js";
import { createHmacSha256Signer } from "../src/core/hmac.js";
import { md5Hex } from "../src/core/md5.js";
import { startServer } from "./server.js";
import { fmt, now, reps, summarize, table } from "./stats.js";

type Call = () => Promise<unknown>;
interface Pair { provider: string; operation: string; generated: Call; bare: Call }

function pairs(base: string): Pair[] {
  // Shadowserver: apikey inside the JSON body, HMAC2 = hex HMAC-SHA256 of the body.
  const ss = createShadowserverClient({ baseUrl: base, apiKey: "key", secret: "secret" });
  const ssSign = createHmacSha256Signer("secret");
  const ssBare = async () => {
    const body = JSON.stringify({ apikey: "key" });
    const res = await fetch(`${base}/key/info`, { method: "POST", body, headers: { "Content-Type": "application/json", HMAC2: await ssSign(body) } });
    return res.json();
  };
  // CloudTrax: Authorization key/timestamp/nonce, Signature = HMAC over authorization + path + body.
  const ct = createCloudTraxClient({ baseUrl: base, key: "key", secret: "secret" });
  const ctSign = createHmacSha256Signer("secret");
  const ctBare = async () => {
    const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(12)))).replace(/\+/g, "-").replace(/\//g, "_");
    const authorization = `key=key,timestamp=${Math.floor(Date.now() / 1000)},nonce=${nonce}`;
    const path = "/account/service_agreement";
    const res = await fetch(base + path, { headers: { "OpenMesh-API-Version": "1", Authorization: authorization, Signature: await ctSign(authorization + path) } });
    return res.json();
  };
  // Mashery: apikey + sig = md5(apikey + secret + unix seconds) in the query; reports ask for JSON.
  const ma = createMasheryClient({ baseUrl: base, apiKey: "key", secret: "secret", siteId: 42 });
  const maBare = async () => {
    const url = new URL(`${base}/rest/42/reports/calls/developer_activity/service/svc`);
    url.searchParams.set("start_date", "2024-01-01T00:00:00Z");
    url.searchParams.set("end_date", "2024-01-02T00:00:00Z");
    url.searchParams.set("format", "json");
    url.searchParams.set("apikey", "key");
    url.searchParams.set("sig", md5Hex(`keysecret${Math.floor(Date.now() / 1000)}`));
    const res = await fetch(url);
    return res.json();
  };
  return [
    { provider: "shadowserver", operation: "POST /key/info", generated: () => (ss as any).POST("/key/info", { body: {} }), bare: ssBare },
    { provider: "cloudtrax", operation: "GET /account/service_agreement", generated: () => (ct as any).GET("/account/service_agreement"), bare: ctBare },
    {
      provider: "mashery",
      operation: "GET …/developer_activity/service/{service_key}",
      generated: () =>
        (ma as any).GET("/rest/{site_id}/reports/calls/developer_activity/service/{service_key}", {
          params: { path: { service_key: "svc" }, query: { start_date: "2024-01-01T00:00:00Z", end_date: "2024-01-02T00:00:00Z" } },
        }),
      bare: maBare,
    },
  ];
}

async function sequential(call: Call, n: number): Promise<{ median: number; perSec: number }> {
  const lat: number[] = [];
  const start = now();
  for (let i = 0; i < n; i++) {
    const t = now();
    const r: any = await call();
    if (r?.error) throw new Error(`request failed: ${JSON.stringify(r.error)}`);
    lat.push(now() - t);
  }
  return { median: summarize(lat).median, perSec: (n / (now() - start)) * 1000 };
}

async function concurrent(call: Call, n: number): Promise<number> {
  const start = now();
  await Promise.all(Array.from({ length: n }, call));
  return (n / (now() - start)) * 1000;
}

export async function run(): Promise<string> {
  const server = await startServer();
  const N = reps(300, 50);
  const rounds = reps(9, 3);
  const rows: (string | number)[][] = [];
  try {
    for (const pair of pairs(server.url)) {
      // warm-up: JIT, key import, keep-alive sockets
      await sequential(pair.generated, 50);
      await sequential(pair.bare, 50);
      const latRatio: number[] = [], seqTpRatio: number[] = [], conTpRatio: number[] = [];
      const genLat: number[] = [], bareLat: number[] = [], genCon: number[] = [], bareCon: number[] = [];
      for (let r = 0; r < rounds; r++) {
        // alternate which goes first so drift does not favour one side
        const order = r % 2 === 0 ? ["g", "b"] : ["b", "g"];
        const seq: Record<string, { median: number; perSec: number }> = {};
        const con: Record<string, number> = {};
        for (const o of order) seq[o] = await sequential(o === "g" ? pair.generated : pair.bare, N);
        for (const o of order) con[o] = await concurrent(o === "g" ? pair.generated : pair.bare, N);
        latRatio.push(seq.g!.median / seq.b!.median);
        seqTpRatio.push(seq.g!.perSec / seq.b!.perSec);
        conTpRatio.push(con.g! / con.b!);
        genLat.push(seq.g!.median * 1000); bareLat.push(seq.b!.median * 1000);
        genCon.push(con.g!); bareCon.push(con.b!);
      }
      rows.push([
        pair.provider,
        fmt(summarize(latRatio)),
        `${summarize(genLat).median.toFixed(0)} / ${summarize(bareLat).median.toFixed(0)}`,
        fmt(summarize(seqTpRatio)),
        fmt(summarize(conTpRatio)),
        `${summarize(genCon).median.toFixed(0)} / ${summarize(bareCon).median.toFixed(0)}`,
      ]);
    }
  } finally {
    await server.close();
  }
  return [
    "## 1. Client overhead vs bare fetch + hand-written signing",
    "",
    `Loopback node:http server answering 200 JSON. ${N} sequential, then ${N} concurrent requests per side per round, ${rounds} rounds, order alternated. Ratios are generated client / bare fetch, median (p25–p75) over rounds. Latency ratio target ≤ 1.05; throughput ratio: higher is better (1.00 = parity).`,
    "",
    table(["provider", "median latency ratio", "median latency µs (gen / bare)", "sequential throughput ratio", "concurrent throughput ratio", "concurrent req/s (gen / bare)"], rows),
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
