import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import type { OpenApiDocument } from "./bundle.js";
import { serializeBundle } from "./bundle.js";
import { describeProvider } from "./describe.js";
import { StageError, type Problem } from "./problems.js";
import type { Project } from "./providers.js";

/** Files under generated/ with their contents, keyed by path relative to the project root. */
export type Outputs = Map<string, string>;

const PER_PROVIDER = ["client.ts", "index.ts", "operations.ts"];
const PER_PACKAGE = ["index.ts", "cli.ts"];

/** Renders the glue code from templates/ and adds the bundled specs and types to generated/. */
export function renderGenerated(project: Project, bundles: Map<string, OpenApiDocument>, types: Map<string, string>): Outputs {
  checkHandWrittenParts(project);
  const models = project.providers.map((p) => describeProvider(p.name, bundles.get(p.name)!));
  const outputs: Outputs = new Map();
  for (const model of models) {
    const dir = `generated/${model.name}`;
    outputs.set(`${dir}/openapi.json`, serializeBundle(bundles.get(model.name)!));
    outputs.set(`${dir}/schema.ts`, types.get(model.name)!);
    // A provider may publish more than its client (typed errors, helper types) from src/auth/<p>/public.ts.
    const publicModule = existsSync(path.join(project.root, "src/auth", model.name, "public.ts"));
    for (const file of PER_PROVIDER) outputs.set(`${dir}/${file}`, renderTemplate(project, `provider/${file}.hbs`, { ...model, publicModule }));
    if (model.errorCodes.length) outputs.set(`${dir}/errors.ts`, renderTemplate(project, "provider/errors.ts.hbs", model));
  }
  for (const file of PER_PACKAGE) outputs.set(`generated/${file}`, renderTemplate(project, `${file}.hbs`, { providers: models }));
  return new Map([...outputs].sort(([a], [b]) => a.localeCompare(b)));
}

const compiled = new Map<string, HandlebarsTemplateDelegate>();

/** Renders templates/<name>; TypeScript is not HTML-escaped, HTML templates are. */
export function renderTemplate(project: Project, name: string, data: unknown): string {
  const file = path.join(project.root, "templates", name);
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch {
    throw new StageError("render", [{ message: `template not found`, location: { file } }]);
  }
  const key = `${file}\0${source}`;
  try {
    let template = compiled.get(key);
    if (!template) {
      template = handlebars.compile(source, { noEscape: !name.endsWith(".html.hbs"), strict: true });
      compiled.set(key, template);
    }
    return template(data);
  } catch (error) {
    // Handlebars puts the position on the exception for block mismatches and in the text for parse errors.
    const { message, lineNumber, column } = error as Error & { lineNumber?: number; column?: number };
    const line = lineNumber ?? Number(/line (\d+)/.exec(message)?.[1] ?? NaN);
    throw new StageError("render", [{ message: message.split("\n")[0]!, location: { file, line: Number.isNaN(line) ? undefined : line, column: lineNumber ? (column ?? 0) + 1 : undefined } }]);
  }
}

/** Renders a template that includes other templates as named partials (`{{> credentials}}`). */
export function renderTemplateWithPartials(project: Project, name: string, data: unknown, partials: Record<string, string>): string {
  const sources = Object.fromEntries(Object.entries(partials).map(([key, file]) => [key, renderTemplate(project, file, data).trimEnd()]));
  return renderTemplate(project, name, { ...(data as object), partials: sources });
}

/**
 * Spec text in generated TypeScript goes through one of these two helpers (names that become code
 * are checked as identifiers by lint instead, identifiers.ts):
 * - `{{{json x}}}`: a JSON literal (U+2028/2029 escaped too, for parsers older than ES2019);
 * - `{{comment x}}`: text inside a comment, on one line, with nothing that could end the comment.
 */
export function jsonLiteral(value: unknown): string {
  const literal = JSON.stringify(value) as string | undefined;
  return literal === undefined ? "" : literal.replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function commentText(value: unknown): string {
  return String(value)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
    .replace(/\*\//g, "*\\/");
}

const handlebars = Handlebars.create();
handlebars.registerHelper("json", jsonLiteral);
handlebars.registerHelper("comment", commentText);

/** Each provider in redocly.yaml needs its hand-written auth strategy and CLI credential lookup. */
function checkHandWrittenParts(project: Project): void {
  const problems: Problem[] = [];
  for (const provider of project.providers) {
    for (const part of [`src/auth/${provider.name}.ts`, `src/cli/providers/${provider.name}.ts`]) {
      if (existsSync(path.join(project.root, part))) continue;
      problems.push({
        message: `provider "${provider.name}" has no ${part}: every provider listed under apis: needs its auth strategy and CLI credential lookup`,
        location: { file: project.configFile, line: provider.configLine },
      });
    }
  }
  if (problems.length) throw new StageError("render", problems);
}
