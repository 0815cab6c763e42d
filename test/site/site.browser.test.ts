import { existsSync, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleSpecs } from "../../scripts/pipeline/bundle.js";
import { describeProvider } from "../../scripts/pipeline/describe.js";
import { loadProject } from "../../scripts/pipeline/providers.js";
import { ROOT } from "../pipeline/project-copy.js";
import { launchBrowser, serveFolder } from "./browser.js";

const SITE = path.join(ROOT, "site");
const ARTIFACTS = path.join(ROOT, "test-artifacts", "site");

let context: BrowserContext;
let server: Server;
let origin: string;
const requests: string[] = [];
let expected: { name: string; clientName: string; operations: number }[];

beforeAll(async () => {
  if (!existsSync(path.join(SITE, "index.html"))) throw new Error("site/ is missing: run `npm run build` before `npm test`");
  mkdirSync(ARTIFACTS, { recursive: true });
  const project = await loadProject(ROOT);
  const bundles = await bundleSpecs(project);
  expected = project.providers.map((p) => {
    const model = describeProvider(p.name, bundles.get(p.name)!);
    return { name: p.name, clientName: model.clientName, operations: model.operations.length };
  });
  ({ url: origin, server } = await serveFolder(SITE));
  context = await launchBrowser();
  await context.addInitScript(cancelChevronNavigation);
  context.on("request", (request) => requests.push(request.url()));
});
afterAll(async () => {
  await context?.close();
  server?.close();
});

/** Opens a page and collects its console errors and uncaught exceptions. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: "networkidle" });
  return { page, errors };
}

/**
 * Redoc lists operations under collapsible tags, one open at a time. Open each tag with its chevron
 * and collect the operation links. The chevron sits inside the tag's link: the init script below
 * cancels that navigation, which would render every operation of the tag when only the list is wanted.
 */
async function listedOperations(page: Page): Promise<Set<string>> {
  const seen = new Set<string>();
  const groups = page.locator('[data-testid="menu-item-label"]:has([data-component-name^="icons/Chevron"])');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    const closed = group.locator('[data-component-name="icons/ChevronRightIcon/ChevronRightIcon"]');
    if (await closed.count()) await closed.click();
    await group.locator('[data-component-name="icons/ChevronDownIcon/ChevronDownIcon"]').waitFor({ timeout: 10_000 });
    const hrefs = await page.$$eval('[data-testid="menu-item-label"]:has([data-component-name="Tags/HttpTag"])', (items) =>
      items.map((li) => li.closest("a")?.getAttribute("href") ?? ""),
    );
    for (const href of hrefs) seen.add(href);
  }
  return seen;
}

/** Shows the code samples in this language (TypeScript or CLI); Redoc keeps the choice for later pages. */
async function sampleLanguage(page: Page, language: "TypeScript" | "CLI"): Promise<void> {
  const menu = page.locator(".panel-request-samples").getByRole("button", { name: /^(TypeScript|CLI)$/ }).first();
  if ((await menu.textContent())?.trim() === language) return;
  await menu.click();
  await page.getByRole("menuitem", { name: language }).click();
}

function cancelChevronNavigation(): void {
  document.addEventListener("click", (event) => {
    if (event.target instanceof Element && event.target.closest('[data-component-name^="icons/Chevron"]')) event.preventDefault();
  }, true);
}

describe("the docs site in Chromium, offline", () => {
  it("shows the index with a card per provider, and every link on it resolves", async () => {
    const { page, errors } = await open(`${origin}/index.html`);
    const cards = await page.$$eval("[data-provider]", (els) => els.map((el) => el.getAttribute("data-provider")));
    expect(cards).toEqual(expected.map((p) => p.name));
    for (const provider of expected) {
      await expect(page.locator(`[data-provider="${provider.name}"] .operation-count`).textContent()).resolves.toBe(String(provider.operations));
    }
    const links = await page.$$eval("a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThanOrEqual(expected.length * 3);
    for (const link of links) {
      const response = await page.request.get(link);
      expect(response.status(), link).toBe(200);
    }
    await page.screenshot({ path: path.join(ARTIFACTS, "index.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("renders every provider page with all its operations and the code samples", { timeout: 300_000 }, async () => {
    for (const provider of expected) {
      const { page, errors } = await open(`${origin}/${provider.name}.html`);
      const operations = await listedOperations(page);
      expect(operations.size, `${provider.name} operations listed`).toBe(provider.operations);
      // An operation page shows its TypeScript sample (x-codeSamples) in the right panel.
      // A new page load, not a hash change within the loaded page: the operation view renders from scratch.
      const operationPage = await context.newPage();
      await operationPage.goto(`${origin}/${provider.name}.html${[...operations][0]}`, { waitUntil: "load" });
      await operationPage.getByText(`create${provider.clientName}Client`).first().waitFor({ state: "visible", timeout: 60_000 });
      await operationPage.screenshot({ path: path.join(ARTIFACTS, `${provider.name}-operation.png`) });
      await operationPage.close();
      await page.screenshot({ path: path.join(ARTIFACTS, `${provider.name}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  // Redoc resolved the 121-method catalogue that Mashery's RpcMethodName carries under $defs once per
  // request variant: this page took about six minutes to open before the docs stage left $defs out.
  it("opens Mashery's JSON-RPC operation and shows a method's params and result", { timeout: 60_000 }, async () => {
    const { page, errors } = await open(`${origin}/mashery.html`);
    const rpc = [...(await listedOperations(page))].find((href) => href.endsWith("/calljsonrpc"));
    expect(rpc).toBeDefined();
    const operationPage = await context.newPage();
    operationPage.on("pageerror", (error) => errors.push(error.message));
    await operationPage.goto(`${origin}/mashery.html${rpc}`, { waitUntil: "load" });
    const variants = operationPage.locator('[data-section-id="switcher"]').filter({ hasText: "One of:" }).first();
    await variants.getByRole("button", { name: "test.hello" }).click();
    await operationPage.getByRole("menuitem", { name: "member.fetch", exact: true }).click();
    await variants.getByRole("button", { name: "member.fetch" }).waitFor();
    const body = variants.locator("xpath=..");
    // The method's params (with their own description) and its result, from the RpcMethods catalogue.
    await body.getByText("(MemberIdentifierParams)").waitFor();
    await body.getByText('One argument: the username, bare or as {"username": "..."}.').waitFor();
    await body.getByText(/Result \(result of the 200 response\): MemberFetchResult — The member, or null when it does not exist\./).waitFor();
    await operationPage.screenshot({ path: path.join(ARTIFACTS, "mashery-json-rpc.png") });
    await operationPage.close();
    await page.close();
    expect(errors).toEqual([]);
  });

  it("finds an operation by the operationId the CLI and the MCP server use: listNodes", { timeout: 60_000 }, async () => {
    const { page, errors } = await open(`${origin}/cloudtrax.html`);
    await page.locator('[data-component-name="icons/SearchIcon/SearchIcon"]').first().click();
    await page.getByPlaceholder("Search docs...").fill("listNodes");
    const hit = page.locator('[data-component-name="Search/SearchItem"]').filter({ hasText: "List nodes of a network" });
    await hit.first().waitFor({ timeout: 20_000 });
    // The hit names the effect too.
    await expect(hit.first().textContent()).resolves.toContain("reads only");
    await page.screenshot({ path: path.join(ARTIFACTS, "search-listNodes.png") });
    await hit.first().click();
    await page.getByText("specfirst cloudtrax listNodes").first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows Mashery's JSON-RPC sample with rpc() and query(), its CLI sample, and the answer per method", { timeout: 60_000 }, async () => {
    const { page, errors } = await open(`${origin}/mashery.html#/json-rpc/calljsonrpc`);
    const samples = page.locator(".panel-request-samples");
    await samples.getByText("rpc(").first().waitFor({ timeout: 30_000 });
    await expect(samples.first().textContent()).resolves.toMatch(/client\.rpc\("member\.fetch", \["jdoe_dev"\]\)[\s\S]*client\.query\(/);
    // The command line beside it.
    await sampleLanguage(page, "CLI");
    await samples.getByText(`specfirst mashery rpc member.fetch '["jdoe_dev"]' --pretty`).first().waitFor();
    // Redoc remembers the language for every page: back to the default.
    await sampleLanguage(page, "TypeScript");
    // The answer: one variant per method, each with its own result.
    const answer = page.locator('[data-section-id="switcher"]').filter({ hasText: "One of:" }).filter({ hasText: "test.hello" }).last();
    await answer.getByRole("button").first().click();
    await page.getByRole("menuitem", { name: "member.fetch", exact: true }).click();
    await page.getByText(/Member \(object\) or null/).first().waitFor();
    await page.getByText(/\(MemberFetchResult\)/).first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "mashery-rpc-sample.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows each operation's effect, no license claim, and code samples that wrap clear of the copy button", { timeout: 60_000 }, async () => {
    const { page, errors } = await open(`${origin}/watchmouse.html`);
    await expect(page.getByText("License", { exact: true }).count()).resolves.toBe(0);
    await page.goto(`${origin}/watchmouse.html#/rule/rulelog`, { waitUntil: "load" });
    const code = page.locator('.panel-request-samples pre[data-component-name="CodeBlock/CodeBlockContainer"]').first();
    await code.waitFor({ timeout: 30_000 });
    await page.getByText("paged by uuid", { exact: false }).first().waitFor();
    await sampleLanguage(page, "TypeScript");
    await expect(code.textContent()).resolves.toContain("await using client = createWatchMouseClient(");
    const layout = await code.evaluate((pre) => {
      const copy = pre.closest('[data-component-name="CodeBlock/CodeBlock"]')?.querySelector('[data-testid="copy-button"]');
      const range = document.createRange();
      range.selectNodeContents(pre);
      const text = [...range.getClientRects()];
      const button = copy?.getBoundingClientRect();
      const overlaps = button ? text.some((r) => r.right > button.left && r.left < button.right && r.bottom > button.top && r.top < button.bottom) : false;
      return { clipped: pre.scrollWidth > pre.clientWidth, overlaps, button: Boolean(button) };
    });
    expect(layout).toEqual({ clipped: false, overlaps: false, button: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "watchmouse-rule-log.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens each provider's 'Using the client' page from its reference page, with every snippet in view", { timeout: 120_000 }, async () => {
    for (const provider of expected) {
      const { page, errors } = await open(`${origin}/${provider.name}.html`);
      await page.getByRole("link", { name: `the ${provider.clientName} client page` }).click();
      await page.waitForURL(`${origin}/${provider.name}-client.html`);
      for (const id of ["setup", "options", "errors", "retries", "paging", "sandbox"]) await expect(page.locator(`h2#${id}`).count()).resolves.toBe(1);
      const clipped = await page.$$eval("pre", (pres) => pres.filter((pre) => pre.scrollWidth > pre.clientWidth).length);
      expect(clipped).toBe(0);
      await page.screenshot({ path: path.join(ARTIFACTS, `${provider.name}-client.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("made no request beyond 127.0.0.1", () => {
    const outside = requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith(`blob:${origin}`));
    expect(requests.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});
