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

  it("made no request beyond 127.0.0.1", () => {
    const outside = requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith(`blob:${origin}`));
    expect(requests.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});
