// docs/extensions.md: the vocabulary, one line per extension, rendered from the lint rules themselves
// (scripts/lint-rules/), so the list people read is the list lint enforces.
import { EXTENSIONS, PLUGIN_ID } from "../lint-rules/index.js";
import type { Project } from "./providers.js";
import { renderTemplate } from "./render.js";

export function renderExtensionsDoc(project: Project): string {
  const extensions = EXTENSIONS.map(({ name, where, shape, meaning, replaces }) => ({
    name,
    where: where.map((type) => (type === "Root" ? "document root" : type)).join(", "),
    shape,
    meaning: replaces?.length ? `${meaning} Replaces ${replaces.map((old) => `\`${old}\``).join(", ")}.` : meaning,
  }));
  return renderTemplate(project, "docs/extensions.md.hbs", { extensions, plugin: PLUGIN_ID });
}
