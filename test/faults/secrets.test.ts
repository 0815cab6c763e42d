// Property tests: whatever the secrets, failing calls never show them, in thrown errors or in debug lines.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCloudTraxClient } from "../../generated/cloudtrax/index.js";
import { createMasheryClient } from "../../generated/mashery/index.js";
import { createShadowserverClient } from "../../generated/shadowserver/index.js";
import type { RunningEmulator } from "../emulators/index.js";
import { startShadowserverEmulator } from "../emulators/index.js";

const secretArb = fc
  .string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/_-.~"), minLength: 8, maxLength: 40 })
  .filter((s) => !"[redacted]".includes(s) && !"specfirst".includes(s));

const fast = { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 };

/** Every way a caller might look at an error: message, stack, properties, JSON, the cause chain. */
function views(error: unknown): string[] {
  const out: string[] = [String(error)];
  let current: any = error;
  for (let depth = 0; current && depth < 5; depth++, current = current.cause) {
    if (typeof current !== "object") {
      out.push(String(current));
      break;
    }
    out.push(String(current.message), String(current.stack), JSON.stringify(current) ?? "");
    for (const key of Object.keys(current)) out.push(typeof current[key] === "string" ? current[key] : JSON.stringify(current[key]) ?? "");
  }
  return out;
}

function expectClean(texts: string[], secrets: string[]) {
  for (const text of texts) for (const secret of secrets) {
    expect(text.includes(secret), `secret ${secret} in ${text}`).toBe(false);
    expect(text.includes(encodeURIComponent(secret)), `encoded secret ${secret} in ${text}`).toBe(false);
  }
}

/** A fetch that fails the way instrumentation or a proxy might: quoting the request in the message and in properties. */
function leakyFetch(kind: "network" | "other") {
  return async (request: Request): Promise<Response> => {
    const headers = Object.fromEntries(request.headers);
    const body = await request.clone().text();
    const detail = `${request.method} ${request.url} ${JSON.stringify(headers)} ${body}`;
    if (kind === "network") throw new TypeError("fetch failed", { cause: Object.assign(new Error(`socket closed: ${detail}`), { code: "ECONNRESET" }) });
    throw Object.assign(new Error(`proxy refused ${detail}`), { url: request.url, request: { headers, body } });
  };
}

let closedUrl: string;
let slow: RunningEmulator;
beforeAll(async () => {
  const gone = await startShadowserverEmulator();
  closedUrl = gone.url;
  await gone.close();
  slow = await startShadowserverEmulator();
});
afterAll(() => slow.close());

type Make = (secrets: { a: string; b: string; c: string }, options: Record<string, unknown>) => { call: () => Promise<unknown>; secrets: string[] };

const providers: Record<string, Make> = {
  shadowserver: ({ a, b }, options) => {
    const client = createShadowserverClient({ apiKey: a, secret: b, ...options });
    return { call: () => client.POST("/key/info", { body: {} }), secrets: [a, b] };
  },
  cloudtrax: ({ a, b }, options) => {
    const client = createCloudTraxClient({ key: a, secret: b, ...options } as any);
    return { call: () => client.GET("/network/list"), secrets: [a, b] };
  },
  mashery: ({ a, b, c }, options) => {
    const client = createMasheryClient({ apiKey: a, secret: b, siteId: "789", ...options } as any) as any;
    return { call: () => client.POST("/json-rpc/{site_id}", { body: { method: "object.query", params: ["select * from members"], id: 1, password: c } }), secrets: [a, b] };
  },
};

describe.each(Object.entries(providers))("%s: secrets never leak from a failing call", (_, make) => {
  const run = async (secrets: { a: string; b: string; c: string }, options: Record<string, unknown>, extraSecrets: string[] = []) => {
    const lines: string[] = [];
    const { call, secrets: given } = make(secrets, { retry: fast, debug: (l: string) => lines.push(l), ...options });
    let thrown: unknown;
    try {
      await call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeDefined();
    expectClean([...views(thrown), ...lines], [...given, ...extraSecrets]);
    return thrown;
  };
  const arb = fc.record({ a: secretArb, b: secretArb, c: secretArb });

  it("connection refused (NetworkError)", async () => {
    await fc.assert(
      fc.asyncProperty(arb, async (s) => {
        const error = await run(s, { baseUrl: closedUrl });
        expect((error as Error).name).toBe("NetworkError");
      }),
      { numRuns: 25 },
    );
  });

  it("a fetch failing with the request quoted in its message, cause and properties", async () => {
    await fc.assert(
      fc.asyncProperty(arb, fc.constantFrom("network" as const, "other" as const), async (s, kind) => {
        await run(s, { baseUrl: "http://127.0.0.1:9", fetch: leakyFetch(kind) });
      }),
      { numRuns: 40 },
    );
  });

  it("a timeout", async () => {
    await fc.assert(
      fc.asyncProperty(arb, async (s) => {
        slow.inject({ kind: "slow", ms: 60, times: 1 });
        const error = await run(s, { baseUrl: slow.url, retry: false, attemptTimeoutMs: 5 });
        expect((error as Error).name).toBe("TimeoutError");
      }),
      { numRuns: 8 },
    );
  });
});
