/**
 * One side of one provider's client benchmark, in a process of its own: `client-side.ts <provider>
 * <ours|floor|bare> <server URL> <warm-up calls> <timed calls>`. Prints { median (ms), perSec, concurrentPerSec } as JSON.
 *
 * A process per side, as in an app that uses one client: sides sharing a process share openapi-fetch's
 * and undici's compiled code, and each slows the others' (call sites that see several request classes
 * and fetch functions are compiled for all of them).
 */
import { TRIOS, type Call } from "./client-trios.js";
import { now, summarize } from "./stats.js";

async function sequential(call: Call, n: number): Promise<{ median: number; perSec: number }> {
  const latencies: number[] = [];
  const start = now();
  for (let i = 0; i < n; i++) {
    const t = now();
    const result: any = await call();
    if (result?.error) throw new Error(`request failed: ${JSON.stringify(result.error)}`);
    latencies.push(now() - t);
  }
  return { median: summarize(latencies).median, perSec: (n / (now() - start)) * 1000 };
}

async function concurrent(call: Call, n: number): Promise<number> {
  const start = now();
  await Promise.all(Array.from({ length: n }, call));
  return (n / (now() - start)) * 1000;
}

const [provider, side, base, warmUp, calls] = process.argv.slice(2) as [string, "ours" | "floor" | "bare", string, string, string];
const n = Number(calls);
const call = (await TRIOS[provider]!(base))[side];
await sequential(call, Number(warmUp)); // until the engine has compiled the hot code; keep-alive sockets
const { median, perSec } = await sequential(call, n);
const concurrentPerSec = await concurrent(call, Math.min(n, 300));
process.stdout.write(JSON.stringify({ median, perSec, concurrentPerSec }));
