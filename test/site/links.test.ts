// Every link of the built site resolves, offline: files and the places in them, the routes of the
// Redoc pages (their menu links, sections and tags), and the links in the text those pages render.
// Links to other hosts cannot be followed offline: they must at least be absolute http(s) URLs.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Parser } from "htmlparser2";
import { Marked } from "marked";
import { describe, expect, it } from "vitest";
import { bundleSpecs } from "../../scripts/pipeline/bundle.js";
import { describeProvider } from "../../scripts/pipeline/describe.js";
import { readerView } from "../../scripts/pipeline/docs.js";
import { loadProject } from "../../scripts/pipeline/providers.js";
import { slug } from "../../scripts/pipeline/readme-page.js";
import { ROOT } from "../pipeline/project-copy.js";

const SITE = path.join(ROOT, "site");
const LINKS: Record<string, string[]> = { a: ["href"], link: ["href"], img: ["src"], script: ["src"], iframe: ["src"], use: ["href", "xlink:href"], area: ["href"], source: ["src"] };

interface Page {
  ids: Set<string>;
  links: string[];
}

function readPage(file: string): Page {
  const page: Page = { ids: new Set(), links: [] };
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id) page.ids.add(attributes.id);
      for (const attribute of LINKS[name] ?? []) if (attributes[attribute] !== undefined) page.links.push(attributes[attribute]!);
    },
  });
  parser.write(readFileSync(path.join(SITE, file), "utf8"));
  parser.end();
  return page;
}

const marked = new Marked();
/** The links of every text Redoc renders as Markdown in a document (descriptions, summaries). */
function markdownLinks(node: unknown, key = "", found: string[] = []): string[] {
  if (typeof node === "string" && (key === "description" || key === "summary")) marked.walkTokens(marked.lexer(node), (token) => void (token.type === "link" && found.push(token.href)));
  else if (Array.isArray(node)) for (const item of node) markdownLinks(item, "", found);
  else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) if (!["example", "examples", "x-codeSamples", "const", "default", "enum"].includes(k)) markdownLinks(v, k, found);
  return found;
}

describe("the docs site's links", () => {
  it("all resolve: files, places in them, Redoc's routes, and the text of the API pages", async () => {
    if (!existsSync(path.join(SITE, "index.html"))) throw new Error("site/ is missing: run `npm run build` before `npm test`");
    const project = await loadProject(ROOT);
    const bundles = await bundleSpecs(project);
    const files = readdirSync(SITE).filter((f) => f.endsWith(".html"));
    const pages = new Map(files.map((f) => [f, readPage(f)]));
    // The routes of each provider's Redoc page: its sections (headings of info.description) and tags.
    const routes = new Map<string, Set<string>>();
    const rendered = new Map<string, string[]>();
    for (const provider of project.providers) {
      const view = readerView(JSON.parse(readFileSync(path.join(SITE, `${provider.name}.openapi.json`), "utf8")), describeProvider(provider.name, bundles.get(provider.name)!));
      const headings = [...String(view.info?.description ?? "").matchAll(/^#{1,6} (.+)$/gm)].map((m) => `/section/${slug(m[1]!)}`);
      routes.set(`${provider.name}.html`, new Set(["/", ...headings, ...(view.tags ?? []).map((t: { name: string }) => `/${slug(t.name)}`)]));
      rendered.set(`${provider.name}.html`, markdownLinks(view));
    }
    const broken: string[] = [];
    const external: string[] = [];
    let checked = 0;
    for (const [file, page] of pages) {
      for (const link of [...page.links, ...(rendered.get(file) ?? [])]) {
        checked++;
        if (link.startsWith("data:")) continue;
        if (/^[a-z][a-z0-9+.-]*:/i.test(link)) {
          if (/^https?:\/\/[^/\s]+/.test(link)) external.push(link);
          else broken.push(`${file}: ${link} (a scheme the site does not use)`);
          continue;
        }
        if (link.startsWith("/")) {
          if (!routes.get(file)?.has(link)) broken.push(`${file}: ${link} (${routes.has(file) ? "no such section or tag" : "a root path, which a copy of the site cannot serve"})`);
          continue;
        }
        const [target = "", fragment] = link.split("#");
        const targetFile = target === "" ? file : path.posix.normalize(target);
        if (!existsSync(path.join(SITE, targetFile))) broken.push(`${file}: ${link} (no file ${targetFile})`);
        else if (fragment && pages.has(targetFile) && !pages.get(targetFile)!.ids.has(decodeURIComponent(fragment))) broken.push(`${file}: ${link} (no id "${fragment}" in ${targetFile})`);
      }
    }
    expect(broken).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(project.providers.flatMap((p) => [`${p.name}.html`, `${p.name}-client.html`])));
    expect(checked).toBeGreaterThan(100);
    // The README's links to files of the repository go to the repository, not to a missing file of the site.
    expect(external.filter((link) => link.includes("/blob/main/bench/RESULTS.md"))).toHaveLength(1);
  });
});
