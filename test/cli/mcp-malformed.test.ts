// `specfirst mcp` given lines no client should send: each answered with a JSON-RPC 2.0 error, the
// server still serving the request after it. Raw bytes go to the child's stdin; every line of its
// stdout must be a JSON-RPC message.
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { providers } from "../../generated/providers.js";
import { serveMcp } from "../../src/cli/mcp/server.js";
import type { CliClient } from "../../src/cli/provider.js";
import { createRequestRecorder } from "../../src/cli/request-recorder.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const LIMIT = 10 * 1024 * 1024;
const running: { stop(): Promise<unknown> }[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()));
});

/** `specfirst mcp shadowserver` run from source (no credentials: it still lists its tools), spoken to in raw lines. */
function startRaw() {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "generated/cli.ts"), "mcp", "shadowserver"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: path.join(ROOT, "no-such-home") },
  });
  const answers: Record<string, unknown>[] = [];
  const notJson: string[] = [];
  let wake = () => {};
  createInterface({ input: child.stdout }).on("line", (line) => {
    try {
      answers.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      notJson.push(line);
    }
    wake();
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  /** The next line the server writes, parsed; a test fails here rather than hang when nothing comes. */
  const next = async (): Promise<Record<string, unknown>> => {
    const deadline = Date.now() + 5000;
    while (answers.length === 0) {
      if (Date.now() > deadline) throw new Error(`no answer within 5 s; stderr: ${stderr}`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 100);
      });
    }
    return answers.shift()!;
  };
  const send = (line: string | Buffer) => void child.stdin.write(Buffer.concat([Buffer.from(line), Buffer.from("\n")]));
  let ids = 100;
  /** A good request after a bad line: answered, so the server is still serving. */
  const stillServes = async () => {
    const id = ids++;
    send(JSON.stringify({ jsonrpc: "2.0", id, method: "ping" }));
    expect(await next()).toEqual({ jsonrpc: "2.0", id, result: {} });
  };
  const server = {
    child,
    send,
    next,
    stillServes,
    exited,
    notJson,
    stderr: () => stderr,
    async stop() {
      child.stdin.end();
      return exited;
    },
  };
  running.push(server);
  return server;
}

const error = (id: string | number | null, code: number, message: unknown = expect.any(String)) => ({ jsonrpc: "2.0", id, error: { code, message } });

describe("specfirst mcp, given malformed input", () => {
  it("answers a line that is not JSON, is cut short or is not UTF-8 with a parse error (-32700, id null), and serves the next request", async () => {
    const server = startRaw();
    const invalidUtf8 = Buffer.concat([Buffer.from('{"jsonrpc":"2.0","id":7,"method":"ping","params":{"_meta":{"note":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}}}')]);
    for (const line of ["not json", '{"jsonrpc":"2.0","id":1,"method":"tools/li', Buffer.from([0xff, 0xfe, 0x00]), invalidUtf8]) {
      server.send(line);
      expect(await server.next()).toEqual(error(null, -32700, expect.stringMatching(/^Parse error: the line is not valid (JSON|UTF-8)$/)));
      await server.stillServes();
    }
    expect(await server.stop()).toBe(0);
    expect(server.notJson).toEqual([]);
  });

  it("answers valid JSON that is not a JSON-RPC request with -32600, carrying its id when one can be read", async () => {
    const server = startRaw();
    const cases: [string, string | number | null, string][] = [
      ["42", null, "a message must be a JSON object"],
      ["[]", null, "batches are not supported"],
      ['[{"jsonrpc":"2.0","id":1,"method":"ping"}]', null, "batches are not supported"],
      ['{"id":3,"method":"ping"}', 3, '"jsonrpc": "2.0"'],
      ['{"jsonrpc":"2.0","id":"four","method":5}', "four", '"method" must be a string'],
      ['{"jsonrpc":"2.0","id":{"x":1},"method":"ping"}', null, '"id" must be a string or an integer'],
      ['{"jsonrpc":"2.0","id":6,"method":"ping","extra":true}', 6, 'unexpected member "extra"'],
    ];
    for (const [line, id, reason] of cases) {
      server.send(line);
      const answer = await server.next();
      expect(answer).toEqual(error(id, -32600, expect.stringContaining(reason)));
      await server.stillServes();
    }
    server.send(JSON.stringify({ jsonrpc: "2.0", id: 9, method: "tools/list" }));
    expect(await server.next()).toMatchObject({ id: 9, result: { tools: expect.any(Array) } });
    expect(server.notJson).toEqual([]);
  });

  it("answers tools/call with params of the wrong types with -32602 and a one-line reason", async () => {
    const server = startRaw();
    const calls: [unknown, string][] = [
      [{ name: "ping", arguments: [1, 2] }, "Invalid params for tools/call: params.arguments: expected record, received array"],
      [{ name: 5 }, "Invalid params for tools/call: params.name: expected string, received number"],
    ];
    for (const [params, message] of calls) {
      server.send(JSON.stringify({ jsonrpc: "2.0", id: "call", method: "tools/call", params }));
      expect(await server.next()).toEqual(error("call", -32602, message));
      await server.stillServes();
    }
    // Well-typed params still reach the tool: an unknown one is a tool error, not a protocol error.
    server.send(JSON.stringify({ jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "pingg", arguments: {} } }));
    expect(await server.next()).toMatchObject({ id: 2, result: { isError: true } });
  });

  it("drops a line over 10 MiB with -32600 'message too large' (id null) and goes on with the next line", async () => {
    const server = startRaw();
    const huge = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "ping", arguments: { padding: "x".repeat(20_000_000) } } });
    server.send(huge);
    expect(await server.next()).toEqual(error(null, -32600, `message too large (limit ${LIMIT} bytes)`));
    await server.stillServes();

    // Garbage over the limit, arriving in pieces before its newline: one answer, as soon as it is too long.
    server.child.stdin.write(Buffer.alloc(LIMIT, "g"));
    server.child.stdin.write(Buffer.alloc(LIMIT, "g"));
    expect(await server.next()).toEqual(error(null, -32600, `message too large (limit ${LIMIT} bytes)`));
    server.send("still garbage");
    await server.stillServes();
    // A line just at the limit is read (and, not being JSON, answered as such).
    server.send(Buffer.alloc(LIMIT, " ").fill("x", 0, 1));
    expect(await server.next()).toEqual(error(null, -32700));
    await server.stillServes();

    expect(server.child.exitCode).toBeNull();
    expect(await server.stop()).toBe(0);
    expect(server.notJson).toEqual([]);
  });

  it("answers a last message that has no newline before stdin ends", async () => {
    const server = startRaw();
    server.child.stdin.end(JSON.stringify({ jsonrpc: "2.0", id: "last", method: "ping" }));
    expect(await server.next()).toEqual({ jsonrpc: "2.0", id: "last", result: {} });
    expect(await server.exited).toBe(0);
  });

  it("when stdin itself fails (nothing more can be read), says why and settles with the error the command exits non-zero on", async () => {
    const input = new PassThrough();
    const reports: string[] = [];
    const provider = providers.find((p) => p.name === "shadowserver")!;
    const { closed } = await serveMcp({ provider, tools: [], allowWrites: false, client: {} as CliClient, recorder: createRequestRecorder(false), secrets: [], report: (line) => reports.push(line), input, output: new PassThrough() });
    input.destroy(new Error("EIO: i/o error, read"));
    const stopped = "reading stdin failed (EIO: i/o error, read); the server stops";
    expect(await closed).toMatchObject({ message: stopped });
    expect(reports).toEqual([stopped]);
  });
});
