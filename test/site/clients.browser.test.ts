import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLOUDTRAX_DEMO, startCloudTraxEmulator } from "../emulators/index.js";
import type { RunningEmulator } from "../emulators/index.js";
import { MASHERY_DEMO, startMasheryEmulator, type MasheryEmulator } from "../emulators/index.js";
import { SHADOWSERVER_DEMO, startShadowserverEmulator } from "../emulators/index.js";
import { ROOT } from "../pipeline/project-copy.js";
import { launchBrowser, serveFolder } from "./browser.js";

const PROVIDERS = ["shadowserver", "cloudtrax", "mashery"] as const;
type Provider = (typeof PROVIDERS)[number];

let folder: string;
let server: Server;
let origin: string;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
const inputs = new Map<Provider, string[]>();
let emulators: { shadowserver: RunningEmulator; cloudtrax: RunningEmulator; mashery: MasheryEmulator };

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, "dist/generated/shadowserver/index.js"))) throw new Error("dist/ is missing: run `npm run build` before `npm test`");
  folder = mkdtempSync(path.join(tmpdir(), "specfirst-browser-clients-"));
  // The published entries, bundled as a browser app would: a Node built-in anywhere in them fails the build.
  for (const provider of PROVIDERS) {
    const result = await build({
      entryPoints: [path.join(ROOT, `dist/generated/${provider}/index.js`)],
      outfile: path.join(folder, `${provider}.js`),
      bundle: true,
      platform: "browser",
      format: "esm",
      metafile: true,
      logLevel: "silent",
    });
    inputs.set(provider, Object.keys(result.metafile.inputs));
  }
  writeFileSync(path.join(folder, "index.html"), `<!doctype html><html><head><meta charset="utf-8"><title>specfirst clients</title></head><body><p>specfirst browser clients</p>
<script type="module">
${PROVIDERS.map((p) => `import * as ${p} from "./${p}.js";`).join("\n")}
window.specfirst = { ${PROVIDERS.join(", ")} };
</script></body></html>\n`);
  ({ url: origin, server } = await serveFolder(folder));
  const [shadowserver, cloudtrax, mashery] = await Promise.all([startShadowserverEmulator(), startCloudTraxEmulator(), startMasheryEmulator()]);
  emulators = { shadowserver, cloudtrax, mashery };
  context = await launchBrowser();
  page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => "specfirst" in window);
}, 120_000);

afterAll(async () => {
  await context?.close();
  server?.close();
  await Promise.all(Object.values(emulators ?? {}).map((e) => e.close()));
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Imports a bundle in the page, creates its client with a fetch that records statuses, and runs `call` there. */
async function inBrowser(provider: Provider, options: Record<string, unknown>, call: string): Promise<{ statuses: number[]; result: unknown }> {
  return page.evaluate(
    async ({ provider, options, call }) => {
      const statuses: number[] = [];
      // The page's module script imported the bundles (an import() here would be rewritten by Vite).
      const module = (window as unknown as { specfirst: Record<string, Record<string, unknown>> }).specfirst[provider]!;
      const factory = Object.entries(module).find(([name]) => /^create\w+Client$/.test(name))![1] as (o: unknown) => any;
      const client = factory({
        ...options,
        fetch: async (input: RequestInfo, init?: RequestInit) => {
          const response = await globalThis.fetch(input, init);
          statuses.push(response.status);
          return response;
        },
      });
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const result = await new Function("client", `return (async () => { ${call} })();`)(client);
      return { statuses, result };
    },
    { provider, options, call },
  );
}

describe("the Shadowserver, CloudTrax and Mashery bundles in Chromium against the emulators", () => {
  it("bundle for the browser platform with no Node built-ins", () => {
    for (const provider of PROVIDERS) {
      expect(inputs.get(provider)!.filter((file) => file.startsWith("node:") || /^(crypto|fs|path|http|https|os|util|buffer|stream)$/.test(file))).toEqual([]);
      const code = readFileSync(path.join(folder, `${provider}.js`), "utf8");
      expect(code).not.toMatch(/from\s*["']node:|import\(\s*["']node:|require\(\s*["']node:/);
    }
    // Signatures come from @noble (md5 for Mashery), never node:crypto.
    expect(inputs.get("mashery")!.some((file) => file.includes("@noble/hashes"))).toBe(true);
  });

  it("Shadowserver: a signed POST /reports/query is accepted", async () => {
    const { statuses, result } = await inBrowser(
      "shadowserver",
      { ...SHADOWSERVER_DEMO, baseUrl: emulators.shadowserver.url },
      `const { data, error, response } = await client.POST("/reports/query", { body: { report: "united-states", date: "2020-10-27", query: { city: "ashburn" }, limit: 3 } });
       return { status: response.status, error, rows: data?.length };`,
    );
    expect(result).toEqual({ status: 200, rows: expect.any(Number) });
    expect((result as { rows: number }).rows).toBeGreaterThan(0);
    expect(statuses).toEqual([200]);
    const request = emulators.shadowserver.requests.at(-1)!;
    expect(request.url.pathname).toBe("/reports/query");
    expect(request.headers.origin).toBe(origin);
  });

  it("CloudTrax: a signed GET /network/list is accepted", async () => {
    const { statuses, result } = await inBrowser(
      "cloudtrax",
      { key: CLOUDTRAX_DEMO.account.key, secret: CLOUDTRAX_DEMO.account.secret, baseUrl: emulators.cloudtrax.url },
      `const { data, error, response } = await client.GET("/network/list");
       return { status: response.status, error, networks: data?.networks?.length };`,
    );
    expect(result).toEqual({ status: 200, networks: expect.any(Number) });
    expect((result as { networks: number }).networks).toBeGreaterThan(0);
    expect(statuses).toEqual([200]);
    const request = emulators.cloudtrax.requests.at(-1)!;
    expect(request.url.pathname).toBe("/network/list");
    expect(request.headers.origin).toBe(origin);
  });

  it("Mashery: a signed JSON-RPC call (md5 sig from @noble) is accepted", async () => {
    const { statuses, result } = await inBrowser(
      "mashery",
      { ...MASHERY_DEMO, baseUrl: emulators.mashery.url },
      `return await client.rpc("test.echo", [{ from: "chromium" }]);`,
    );
    expect(result).toEqual({ from: "chromium" });
    expect(statuses).toEqual([200]);
    const request = emulators.mashery.requests.at(-1)!;
    expect(request.url.searchParams.get("apikey")).toBe(MASHERY_DEMO.apiKey);
    expect(request.url.searchParams.get("sig")).toMatch(/^[0-9a-f]{32}$/);
    expect(request.headers.origin).toBe(origin);
  });

  it("a wrong secret is refused, so the accepted calls above were really checked", async () => {
    const { result } = await inBrowser(
      "shadowserver",
      { apiKey: SHADOWSERVER_DEMO.apiKey, secret: "not-the-secret", baseUrl: emulators.shadowserver.url },
      `const { data, response } = await client.POST("/reports/query", { body: { report: "united-states", date: "2020-10-27", query: { city: "ashburn" }, limit: 3 } });
       return { status: response.status, accepted: data !== undefined };`,
    );
    expect(result).toMatchObject({ accepted: false });
    expect((result as { status: number }).status).not.toBe(200);
  });

  it("raised no errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
