/** 2. Signing cost per request per provider (µs): Web Crypto (src/core/hmac.ts) vs node:crypto; md5 via @noble/hashes for Mashery. */
import { createHash, createHmac } from "node:crypto";
import { createHmacSha256Signer } from "../src/internal/hmac.js";
import { md5Hex } from "../src/internal/md5.js";
import { fmt, now, reps, summarize, table } from "./stats.js";

const secret = "0123456789abcdef0123456789abcdef";
const ssBody = JSON.stringify({ query: { ip: "192.0.2.1" }, limit: 100, apikey: "key" });
const ctMessage = `key=key,timestamp=1700000000,nonce=AbCdEfGhIjKlMnOp/account/service_agreement`;

async function perOp(fn: () => unknown, k: number): Promise<number> {
  const start = now();
  for (let i = 0; i < k; i++) await fn();
  return ((now() - start) * 1000) / k;
}

export async function run(): Promise<string> {
  const K = reps(5000, 500);
  const rounds = reps(9, 3);
  const web = createHmacSha256Signer(secret);
  const cases = [
    { provider: "shadowserver", ours: "src/internal/hmac.ts (node:crypto on Node)", ref: "node:crypto createHmac", a: () => web(ssBody), b: () => createHmac("sha256", secret).update(ssBody).digest("hex") },
    { provider: "cloudtrax", ours: "src/internal/hmac.ts (node:crypto on Node)", ref: "node:crypto createHmac", a: () => web(ctMessage), b: () => createHmac("sha256", secret).update(ctMessage).digest("hex") },
    { provider: "mashery", ours: "src/internal/md5.ts (node:crypto on Node)", ref: "node:crypto createHash md5", a: () => md5Hex(`key${secret}1700000000`), b: () => createHash("md5").update(`key${secret}1700000000`).digest("hex") },
  ];
  const rows: string[][] = [];
  for (const c of cases) {
    await perOp(c.a, K); await perOp(c.b, K); // warm-up
    const a: number[] = [], b: number[] = [], ratio: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const x = await perOp(c.a, K);
      const y = await perOp(c.b, K);
      a.push(x); b.push(y); ratio.push(x / y);
    }
    rows.push([c.provider, `${c.ours}: ${fmt(summarize(a), 2, " µs")}`, `${c.ref}: ${fmt(summarize(b), 2, " µs")}`, fmt(summarize(ratio))]);
  }
  return [
    "## 2. Signing cost per request",
    "",
    `${K} signatures per round, awaited one by one, ${rounds} rounds; median (p25–p75) µs per signature. Ratio = ours / node:crypto (the baseline). Ours is what the clients use: node:crypto where the runtime has it, synchronous; Web Crypto (HMAC) or @noble/hashes (MD5) in browsers and edge runtimes (docs/adr/0006).`,
    "",
    table(["provider", "ours (µs)", "node:crypto baseline (µs)", "ratio"], rows),
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
