// Every TypeScript block of README.md, as a user would paste it: type-checked against the built
// package under --strict --exactOptionalPropertyTypes, then run with tsx against the sandbox. The
// client factories get the sandbox's baseUrl; the credentials the snippets read from the environment
// are the sandbox's (the variable names come from each provider's sample-credentials.ts.hbs). A block
// that starts its own sandbox runs as written.
import { execFile } from "node:child_process";
import { readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox } from "../../generated/sandbox.js";
import { bundleSpecs } from "../../scripts/pipeline/bundle.js";
import { describeProvider } from "../../scripts/pipeline/describe.js";
import { loadProject } from "../../scripts/pipeline/providers.js";
import { WATCHMOUSE_DEMO_TOKEN } from "../emulators/index.js";
import { ROOT } from "../pipeline/project-copy.js";
import { consumerProject, STRICT_OPTIONS, typeCheck } from "../types/consumer-project.js";
import { codeBlocks, withBaseUrls } from "./blocks.js";

const run = promisify(execFile);
const blocks = codeBlocks(readFileSync(path.join(ROOT, "README.md"), "utf8"), "ts");
const dir = consumerProject("readme");
// The proxy example imports undici, as its text says to install; tsx runs the blocks.
for (const tool of ["undici", "tsx"]) symlinkSync(path.join(ROOT, "node_modules", tool), path.join(dir, "node_modules", tool), "dir");
const files = blocks.map((block) => `line-${block.line}.ts`);
blocks.forEach((block, i) => writeFileSync(path.join(dir, files[i]!), block.code));

let sb: Awaited<ReturnType<typeof startSandbox>>;
let proxy: { server: Server; url: string; forwarded: string[] };
let env: Record<string, string>;
let factories: Record<string, string>;

beforeAll(async () => {
  sb = await startSandbox();
  proxy = await startProxy();
  const project = await loadProject(ROOT);
  const bundles = await bundleSpecs(project);
  factories = {};
  env = { ...process.env, WATCHMOUSE_NKEY: WATCHMOUSE_DEMO_TOKEN, HTTPS_PROXY: proxy.url } as Record<string, string>;
  for (const provider of project.providers) {
    const name = provider.name as keyof typeof sb & string;
    const sandboxed = sb[name] as unknown as { baseUrl: string; credentials: Record<string, string> };
    factories[`create${describeProvider(name, bundles.get(name)!).clientName}Client`] = `README_SANDBOX_${name.toUpperCase()}`;
    env[`README_SANDBOX_${name.toUpperCase()}`] = sandboxed.baseUrl;
    // `key: process.env.CLOUDTRAX_KEY!` → CLOUDTRAX_KEY is the sandbox's `key`.
    const sample = readFileSync(path.join(ROOT, "src/providers", name, "sample-credentials.ts.hbs"), "utf8");
    for (const [, option, variable] of sample.matchAll(/(\w+):[^\n]*process\.env\.(\w+)/g)) {
      if (sandboxed.credentials[option!] !== undefined) env[variable!] = sandboxed.credentials[option!]!;
    }
  }
});
afterAll(async () => {
  await sb?.close();
  proxy?.server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("README.md's TypeScript blocks", () => {
  it("are there: a first call per provider, options, errors, paging, the sandbox, logout and proxies", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(9);
  });

  it("type-check as users compile them: --strict --exactOptionalPropertyTypes against the package", async () => {
    const errors = await typeCheck(dir, "readme", files, { ...STRICT_OPTIONS, exactOptionalPropertyTypes: true, moduleDetection: "force" });
    expect(errors).toBe("");
  });

  it.each(blocks.map((block, i) => [block.line, block.heading, i] as const))("run against the sandbox: the block at line %i (%s)", async (_line, _heading, i) => {
    sb.reset();
    const block = blocks[i]!;
    const ownSandbox = block.code.includes('"specfirst/sandbox"');
    const file = path.join(dir, `run-${block.line}.ts`);
    writeFileSync(file, ownSandbox ? block.code : withBaseUrls(block.code, factories));
    const result = await run(process.execPath, ["--import", "tsx", file], { cwd: dir, env, timeout: 60_000 }).catch((error: { stdout: string; stderr: string; code: number }) => error);
    expect((result as { code?: number }).code ?? 0, `${result.stdout}\n${result.stderr}`).toBe(0);
    if (process.env.README_SHOW) console.log(block.line, result.stdout, result.stderr);
    if (block.code.includes("HTTPS_PROXY")) expect(proxy.forwarded.length).toBeGreaterThan(0);
    // Every session a block opens, it ends.
    expect(sb.watchmouse.openSessions(sb.watchmouse.credentials.user!)).toBe(0);
  });
});

/** A forward proxy: CONNECT tunnels (what undici's ProxyAgent asks for) and absolute-form requests. */
async function startProxy(): Promise<{ server: Server; url: string; forwarded: string[] }> {
  const forwarded: string[] = [];
  const server = createServer((req, res) => {
    forwarded.push(req.url ?? "");
    const upstream = httpRequest(req.url!, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on("connect", (req, client: Socket, head: Buffer) => {
    forwarded.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? "").split(":");
    const upstream = connect(Number(port), host!, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, forwarded };
}
