// The sandbox never falls over: malformed requests written byte by byte on node:net sockets, sent to
// every emulator, each get an answer (the provider's error shape or a 4xx) or a closed connection,
// and every emulator still answers a well-formed call afterwards. Large bodies keep memory bounded.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emulated, startSandbox } from "../../generated/sandbox.js";
import { readSpec } from "../../src/sandbox/spec.js";

type Provider = keyof typeof emulated;
const PROVIDERS = Object.keys(emulated) as Provider[];

let sb: Awaited<ReturnType<typeof startSandbox>>;
const crashes: unknown[] = [];
const onCrash = (error: unknown) => crashes.push(error);
beforeAll(async () => {
  process.on("uncaughtException", onCrash);
  process.on("unhandledRejection", onCrash);
  sb = await startSandbox();
});
afterAll(async () => {
  process.off("uncaughtException", onCrash);
  process.off("unhandledRejection", onCrash);
  await sb.close();
});

/** Writes `chunks` (with a pause between them) and collects whatever comes back until the server closes or `waitMs` passes. */
function raw(port: number, chunks: (string | Buffer)[], options: { hangUp?: boolean; waitMs?: number } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    const done = () => {
      socket.destroy();
      resolve(answer);
    };
    let timer = setTimeout(done, options.waitMs ?? 2_000);
    socket.on("data", (data) => {
      answer += data.toString("latin1");
      // A kept-alive connection stays open after the answer: stop once nothing more comes.
      clearTimeout(timer);
      timer = setTimeout(done, 150);
    });
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(answer);
    });
    socket.on("error", () => undefined);
    socket.on("connect", async () => {
      for (const chunk of chunks) {
        if (socket.destroyed) break;
        socket.write(chunk);
        await new Promise((r) => setTimeout(r, 10));
      }
      if (options.hangUp) {
        clearTimeout(timer);
        done();
      }
    });
  });
}

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);

/** A path of the provider's spec with a path parameter, the parameter replaced by `value`. */
function templatedPath(provider: Provider, value: string): string {
  const spec = readSpec(emulated[provider].spec);
  const path = Object.keys(spec.paths).find((p) => p.includes("{"));
  return path ? path.replace(/\{[^}]+\}/g, value) : `/${value}`;
}

/** Each case is refused (a 4xx, WatchMouse's envelope, or a closed connection) unless marked `valid`: a request the API may answer, never with a 5xx. */
const CASES: [string, (provider: Provider) => (string | Buffer)[], { hangUp?: boolean; valid?: boolean }?][] = [
  ["a path parameter that is not valid percent-encoding", (p) => [`GET ${templatedPath(p, "%zz")} HTTP/1.1\r\nHost: x\r\n\r\n`]],
  ["a lone % at the end of a path parameter", (p) => [`GET ${templatedPath(p, "abc%")} HTTP/1.1\r\nHost: x\r\n\r\n`]],
  ["an overlong UTF-8 escape in a path parameter", (p) => [`GET ${templatedPath(p, "%C0%AF%E0%80")} HTTP/1.1\r\nHost: x\r\n\r\n`]],
  ["an absolute-form request-target that is not a URL", () => ["GET http://[::1/x HTTP/1.1\r\nHost: x\r\n\r\n"]],
  ["an absolute-form request-target with a bad port", () => ["GET http://127.0.0.1:99999/ HTTP/1.1\r\nHost: x\r\n\r\n"]],
  ["a request-target without a leading slash", () => ["GET %%% HTTP/1.1\r\nHost: x\r\n\r\n"]],
  ["a client that hangs up mid-body", () => ["POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n", "{\"half\":"], { hangUp: true }],
  ["a malformed chunked body", () => ["POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", "zz\r\nnot hex\r\n0\r\n\r\n"]],
  ["a chunked body that stops mid-chunk", () => ["POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", "ff\r\nshort"], { hangUp: true }],
  ["a Content-Length over the limit", () => [`POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: ${8 * 1024 * 1024}\r\n\r\n`, "x".repeat(1024)]],
  ["a chunked body growing over the limit", () => ["POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", ...Array.from({ length: 3 }, () => `80000\r\n${"y".repeat(0x80000)}\r\n`)]],
  ["a negative Content-Length", () => ["POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\nabc"]],
  ["two different Content-Lengths", () => ["POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 5\r\n\r\nabcde"]],
  ["a header with a control character", () => ["GET / HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0001b\r\n\r\n"]],
  ["a request line of garbage", () => ["\u0000\u0001\u0002 garbage\r\n\r\n"]],
  ["an unknown method", () => ["BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n"]],
  ["HTTP/1.0 without Host", () => ["GET / HTTP/1.0\r\n\r\n"]],
  ["a 20 kB request-target", () => [`GET /${"a".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`]],
  ["bytes that are not UTF-8 in the body", () => ["POST /x HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\n\r\n", Buffer.from([0xff, 0xfe, 0x00, 0xc3])]],
  ["prototype names as parameters", (p) => [`GET ${templatedPath(p, "__proto__")}?__proto__=1&constructor=2&toString=3 HTTP/1.1\r\nHost: x\r\n\r\n`], { valid: true }],
  ["a JSONP callback that is script", () => ["GET /x?callback=alert(document.cookie)//&view=json HTTP/1.1\r\nHost: x\r\n\r\n"], { valid: true }],
];

describe("malformed requests", () => {
  for (const provider of PROVIDERS) {
    describe(provider, () => {
      it.each(CASES)("%s: answered without a 5xx, or refused with a 4xx, the provider's shape or a closed connection", async (_, build, options) => {
        const answer = await raw(sb[provider].port, build(provider), options);
        const status = statusOf(answer);
        if (answer) expect(status).toBeGreaterThanOrEqual(200);
        if (answer) expect(status).toBeLessThan(500);
        // A refusal is a 4xx, except for WatchMouse, whose API answers every refusal with HTTP 200 and an envelope code.
        if (answer && !options?.valid) expect(status === 200 ? provider === "watchmouse" && /"code":\s*"?[1-9]|<code>[1-9]/.test(answer) : status >= 400).toBe(true);
        expect(answer).not.toMatch(/alert\(document\.cookie\)/);
      });
    });
  }

  it("says what the HTTP parser refused: 431 for a 100 kB request-target, 400 for garbage, each with a reason", async () => {
    const port = sb[PROVIDERS[0]!].port;
    const long = await raw(port, [`GET /${"a".repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`]);
    expect(statusOf(long)).toBe(431);
    expect(long).toMatch(/\r\n\r\nthe request line and headers are too large$/);
    const garbage = await raw(port, ["\u0000\u0001 garbage\r\n\r\n"]);
    expect(statusOf(garbage)).toBe(400);
    expect(garbage).toMatch(/\r\n\r\nthe request is not valid HTTP$/);
  });

  it("left every emulator answering, with no exception anywhere", async () => {
    for (const provider of PROVIDERS) {
      const answer = await raw(sb[provider].port, ["OPTIONS / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"]);
      expect(statusOf(answer)).toBe(204);
    }
    expect(crashes).toEqual([]);
  });
});

describe("memory under large bodies", () => {
  it("stays bounded through 200 bodies of 1 MB, and the log keeps only the start of each", async () => {
    const body = Buffer.alloc(1_000_000, "a");
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 200; i++) {
      const provider = PROVIDERS[i % PROVIDERS.length]!;
      const answer = await raw(sb[provider].port, [`POST /big HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`, body]);
      expect(statusOf(answer)).toBeGreaterThan(0);
    }
    const grown = (process.memoryUsage().rss - before) / 1024 / 1024;
    expect(grown).toBeLessThan(120);
    const logged = sb.requests.filter((r) => r.url.pathname === "/big");
    expect(logged).toHaveLength(200);
    for (const request of logged) {
      expect(request.bodyBytes).toBe(1_000_000);
      expect(request.text.length).toBe(64 * 1024);
    }
    expect(crashes).toEqual([]);
  });
});
