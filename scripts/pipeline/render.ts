import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import type { OpenApiDocument } from "./bundle.js";
import { serializeBundle } from "./bundle.js";
import { describeProvider, type ProviderModel } from "./describe.js";
import { StageError, type Problem } from "./problems.js";
import type { Project } from "./providers.js";

/** Files under generated/ with their contents, keyed by path relative to the project root. */
export type Outputs = Map<string, string>;

const PER_PROVIDER = ["catalog.ts", "client.ts", "index.ts", "operations.ts"];
const PER_PACKAGE = ["cli.ts", "index.ts", "providers.ts", "sandbox.ts", "version.ts"];
/** What each provider folder must hold for the build: the client's auth strategy and the provider's definition. */
const PROVIDER_PARTS = ["auth.ts", "index.ts", "sample-credentials.ts.hbs"];

/** Renders the glue code from templates/ and adds the bundled specs and types to generated/. */
export function renderGenerated(project: Project, bundles: Map<string, OpenApiDocument>, types: Map<string, string>): Outputs {
  checkHandWrittenParts(project);
  const models = project.providers.map((p) => describeProvider(p.name, bundles.get(p.name)!));
  const outputs: Outputs = new Map();
  for (const model of models) {
    const dir = `generated/${model.name}`;
    outputs.set(`${dir}/openapi.json`, serializeBundle(bundles.get(model.name)!));
    outputs.set(`${dir}/schema.ts`, types.get(model.name)!);
    const data = { ...model, ...templateData(project, model) };
    for (const file of PER_PROVIDER) outputs.set(`${dir}/${file}`, renderTemplate(project, `provider/${file}.hbs`, data));
    if (model.errorCodes.length) outputs.set(`${dir}/errors.ts`, renderTemplate(project, "provider/errors.ts.hbs", model));
  }
  const summary = models.map((m) => ({ name: m.name, title: m.title, operations: m.operations.length }));
  // The sandbox serves every provider whose folder has an emulator (src/providers/<p>/emulator/index.ts).
  const emulated = models.filter((m) => existsSync(path.join(project.root, "src/providers", m.name, "emulator", "index.ts")));
  const { version } = JSON.parse(readFileSync(path.join(project.root, "package.json"), "utf8")) as { version: string };
  for (const file of PER_PACKAGE) outputs.set(`generated/${file}`, renderTemplate(project, `${file}.hbs`, { providers: models, summary, emulated, version }));
  return new Map([...outputs].sort(([a], [b]) => a.localeCompare(b)));
}

/** The shapes templates paste as data: the runtime table, the catalogue, the bound-parameter union, the modules the entry re-exports. */
function templateData(project: Project, model: ProviderModel) {
  const exports = [
    ...(model.errorCodes.length ? ["./errors.js"] : []),
    // A provider may publish more than its client (typed errors, helper types) from src/providers/<p>/public.ts.
    ...(existsSync(path.join(project.root, "src/providers", model.name, "public.ts")) ? [`../../src/providers/${model.name}/public.js`] : []),
  ];
  return {
    table: model.table,
    catalog: { title: model.title, operations: model.operations, bound: model.boundParameters.map((b) => b.name) },
    boundUnion: model.boundParameters.map((b) => JSON.stringify(b.name)).join(" | ") || "never",
    // Only a spec with paged operations gives its client paginate() (and its bytes).
    paged: Object.keys(model.table.paging).length > 0,
    exports,
  };
}

const compiled = new Map<string, HandlebarsTemplateDelegate>();

/** Renders templates/<name>; TypeScript is not HTML-escaped, HTML templates are. */
export function renderTemplate(project: Project, name: string, data: unknown): string {
  return renderFile(path.join(project.root, "templates", name), data);
}

/** Renders a template file anywhere in the project (a provider folder's sample snippet, say). */
function renderFile(file: string, data: unknown): string {
  const name = path.basename(file);
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

/**
 * Renders a template file (a path relative to the project root) with other template files as
 * `{{{partials.<name>}}}`. Partials are rendered in order, each seeing those before it (a sample's
 * `client` partial holds the `credentials` one).
 */
export function renderTemplateWithPartials(project: Project, file: string, data: unknown, partials: Record<string, string>): string {
  const sources: Record<string, string> = {};
  for (const [key, partial] of Object.entries(partials)) sources[key] = renderFile(path.join(project.root, partial), { ...(data as object), partials: { ...sources } }).trimEnd();
  return renderFile(path.join(project.root, file), { ...(data as object), partials: sources });
}

/**
 * Spec text in generated TypeScript goes through one of these two helpers (names that become code
 * are checked as identifiers by lint instead: identifiers.ts and the extensions' rules in scripts/lint-rules/):
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

/** `{{{shellJson x}}}`: a value as JSON in single quotes, safe as one shell word (for CLI samples). */
export function shellJson(value: unknown): string {
  return `'${(JSON.stringify(value) ?? "null").replace(/'/g, `'\\''`)}'`;
}

/** `{{{shellWord x}}}`: text as one shell word, quoted only when it needs to be. */
export function shellWord(value: unknown): string {
  const text = String(value);
  return /^[\w./:@-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

const handlebars = Handlebars.create();
handlebars.registerHelper("json", jsonLiteral);
handlebars.registerHelper("comment", commentText);
handlebars.registerHelper("shellJson", shellJson);
handlebars.registerHelper("shellWord", shellWord);

/** Each provider in redocly.yaml needs its folder: one message per provider naming every missing file. */
function checkHandWrittenParts(project: Project): void {
  const problems: Problem[] = [];
  for (const provider of project.providers) {
    const missing = PROVIDER_PARTS.map((part) => `src/providers/${provider.name}/${part}`).filter((part) => !existsSync(path.join(project.root, part)));
    if (!missing.length) continue;
    problems.push({
      message: `provider "${provider.name}" is missing ${missing.join(" and ")}: every provider listed under apis: needs its folder (the auth strategy in auth.ts, defineProvider in index.ts, the docs samples' client options in sample-credentials.ts.hbs)`,
      location: { file: project.configFile, line: provider.configLine },
    });
  }
  if (problems.length) throw new StageError("render", problems);
}
