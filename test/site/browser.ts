import { existsSync, mkdtempSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's Chromium (installed by .ci/run); CHROMIUM_PATH points elsewhere if needed. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const MISSING_CHROMIUM = [
  `Chromium not found at ${CHROMIUM}. The browser tests need it; install it with:`,
  "",
  "    sudo apt-get update && sudo apt-get install -y chromium",
  "",
  "(Debian or Ubuntu; .ci/run does this), or set CHROMIUM_PATH to a Chromium or Chrome binary.",
].join("\n");

export async function launchBrowser(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
  return chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), "specfirst-chromium-")), {
    executablePath: CHROMIUM,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
      // Chromium's own lookups fail fast; pages may only reach 127.0.0.1 (the test checks they try nothing else).
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
    ],
  });
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".json": "application/json", ".yaml": "application/yaml", ".js": "text/javascript", ".png": "image/png", ".md": "text/markdown; charset=utf-8" };

/** Serves a folder on 127.0.0.1 (port 0). */
export async function serveFolder(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.join(root, pathname === "/" ? "index.html" : pathname);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream", "Access-Control-Allow-Origin": "*" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
