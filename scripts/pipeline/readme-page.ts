import { readFile } from "node:fs/promises";
import path from "node:path";
import { Marked } from "marked";
import type { Project } from "./providers.js";
import { renderTemplate } from "./render.js";

/** GitHub-style heading anchors, so the docs index can link to a provider's README section. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/<[^>]+>/g, "").replace(/[^\w\- ]+/g, "").trim().replace(/\s+/g, "-");
}

/**
 * The README as a page of the offline docs site (readme.html). Links to files of the repository
 * (docs/adr/…, bench/RESULTS.md) point at the repository (package.json's `repository`), since
 * site/ does not carry them.
 */
export async function renderReadmePage(project: Project): Promise<string> {
  const markdown = await readFile(path.join(project.root, "README.md"), "utf8");
  const repository = repositoryUrl(JSON.parse(await readFile(path.join(project.root, "package.json"), "utf8")));
  const marked = new Marked({
    renderer: {
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens);
        return `<h${depth} id="${slug(text)}">${text}</h${depth}>\n`;
      },
    },
    walkTokens(token) {
      if (token.type === "link" && isRepositoryFile(token.href)) token.href = repository ? `${repository}/blob/main/${token.href.replace(/^\.\//, "")}` : token.href;
    },
  });
  return renderTemplate(project, "site/readme.html.hbs", { body: await marked.parse(markdown) });
}

/** A relative link that is not a page of the site or a place on this one. */
function isRepositoryFile(href: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|#|\/)/i.test(href) && !/\.html(#|$)/.test(href);
}

/** `git+https://host/org/repo.git` → `https://host/org/repo`. */
function repositoryUrl(manifest: { repository?: string | { url?: string } }): string | undefined {
  const url = typeof manifest.repository === "string" ? manifest.repository : manifest.repository?.url;
  return url?.replace(/^git\+/, "").replace(/\.git$/, "");
}
