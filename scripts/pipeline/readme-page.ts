import { readFile } from "node:fs/promises";
import path from "node:path";
import { Marked } from "marked";
import type { Project } from "./providers.js";
import { renderTemplate } from "./render.js";

/** GitHub-style heading anchors, so the docs index can link to a provider's README section. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/<[^>]+>/g, "").replace(/[^\w\- ]+/g, "").trim().replace(/\s+/g, "-");
}

/** The README as a page of the offline docs site (readme.html). */
export async function renderReadmePage(project: Project): Promise<string> {
  const markdown = await readFile(path.join(project.root, "README.md"), "utf8");
  const marked = new Marked({
    renderer: {
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens);
        return `<h${depth} id="${slug(text)}">${text}</h${depth}>\n`;
      },
    },
  });
  return renderTemplate(project, "site/readme.html.hbs", { body: await marked.parse(markdown) });
}
