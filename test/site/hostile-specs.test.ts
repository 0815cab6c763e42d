// The corpus cases marked `outcome: builds-harmless`: spec text written to break out of generated
// code or to script the docs page. Each must build, and its text must run nowhere: not when the
// package is imported, not when the docs are opened in Chromium.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyCase, kinds, readExpectation } from "../pipeline/corpus.js";
import { copyProject, ROOT, runPipeline } from "../pipeline/project-copy.js";
import { launchBrowser, serveFolder } from "./browser.js";

const HARMLESS = kinds("builds-harmless");

let dir: string;
let context: BrowserContext;
beforeAll(async () => {
  dir = copyProject();
  context = await launchBrowser();
});
afterAll(async () => {
  await context?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Imports every module of the built package but the CLI (which runs when imported) in a fresh Node; what the spec's payloads print gives them away. */
function importPackage(root: string): Promise<{ code: number; output: string }> {
  const script = `
    globalThis.alert = (what) => console.log("PWNED", what);
    for (const entry of ["index", "providers", "shadowserver/index", "shadowserver/client", "shadowserver/operations", "shadowserver/catalog", "shadowserver/errors"]) {
      try { await import("./dist/generated/" + entry + ".js"); } catch (error) { if (error.code !== "ERR_MODULE_NOT_FOUND") throw error; }
    }`;
  return new Promise((resolve) => {
    execFile(process.execPath, ["--input-type=module", "-e", script], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

/** Opens a page of the built site and reports what would show that spec text ran or reached the DOM as markup. */
async function inspect(page: Page, url: string): Promise<{ alerts: string[]; foreign: string[]; unsafe: string[]; text: string }> {
  const alerts: string[] = [];
  const foreign: string[] = [];
  page.on("dialog", (dialog) => void (alerts.push(dialog.message()), dialog.dismiss()));
  page.on("request", (request) => {
    if (!request.url().startsWith(new URL(url).origin) && !/^(data|about|blob):/.test(request.url())) foreign.push(request.url());
  });
  await page.goto(url, { waitUntil: "networkidle" });
  // Redoc renders sections as they scroll into view: go through the whole page.
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(500);
  const unsafe = await page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      if (["IFRAME", "OBJECT", "EMBED", "FORM", "BASE", "FRAME"].includes(element.tagName)) found.push(element.outerHTML.slice(0, 120));
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name) || name === "srcdoc") found.push(`${element.tagName} ${name}`);
        if (["href", "src", "action", "formaction", "data", "xlink:href"].includes(name) && /^\s*(javascript|vbscript|data):/i.test(value) && element.tagName !== "IMG") {
          found.push(`${element.tagName} ${name}=${value.slice(0, 60)}`);
        }
      }
    }
    return found;
  });
  return { alerts, foreign, unsafe, text: await page.evaluate(() => document.body.innerText) };
}

describe.each(HARMLESS)("hostile spec text (%s)", (kind) => {
  let server: Server;
  let origin: string;
  let restore: () => void;
  beforeAll(async () => {
    restore = applyCase(dir, kind);
    const built = await runPipeline(dir);
    expect(built.code, built.stderr).toBe(0);
    ({ url: origin, server } = await serveFolder(path.join(dir, "site")));
  });
  afterAll(() => {
    server?.close();
    restore?.();
  });

  it("builds a package whose import runs none of it", async () => {
    const imported = await importPackage(dir);
    expect(imported.output).not.toContain("PWNED");
    expect(imported.code, imported.output).toBe(0);
  });

  it("shows it on the docs pages without running any of it", async () => {
    for (const file of ["shadowserver.html", "index.html"]) {
      const page = await context.newPage();
      const seen = await inspect(page, `${origin}/${file}`);
      await page.close();
      expect(seen.alerts, `${file}: alerts`).toEqual([]);
      expect(seen.foreign, `${file}: requests outside the page's origin`).toEqual([]);
      expect(seen.unsafe, `${file}: unsafe markup`).toEqual([]);
      // The text is there (so it was rendered, and sanitised rather than dropped), and never as raw markup.
      expect(seen.text).toMatch(file === "index.html" ? /Hostile/ : new RegExp(readExpectation(kind).shows!));
      if (file !== "index.html") expect(seen.text).not.toContain("<div>");
    }
  });
});

describe("the docs pages' Content-Security-Policy", () => {
  it("alone stops markup that got past the sanitiser: handlers, javascript: links, srcdoc scripts", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "specfirst-csp-"));
    const injected = `<img src=x onerror="alert('handler')"><iframe srcdoc="<script>alert('srcdoc')</script>"></iframe><a id="js" href="javascript:alert('link')">link</a><script>alert('script')</script>`;
    writeFileSync(path.join(folder, "page.html"), readFileSync(path.join(ROOT, "site/shadowserver.html"), "utf8").replace(/<body>/i, `<body>${injected}`));
    const { url, server } = await serveFolder(folder);
    const page = await context.newPage();
    try {
      const violations: string[] = [];
      await page.exposeFunction("reportViolation", (directive: string) => violations.push(directive));
      await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => (window as any).reportViolation(e.effectiveDirective)));
      const seen = await inspect(page, `${url}/page.html`);
      await page.click("#js");
      await page.waitForTimeout(300);
      expect(seen.alerts).toEqual([]);
      expect(seen.text).toContain("Shadowserver");
      expect(violations.length).toBeGreaterThan(0);
    } finally {
      await page.close();
      server.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
