import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { stringify } from "yaml";
import type { OpenApiDocument } from "./bundle.js";
import { serializeBundle } from "./bundle.js";
import { hashText } from "./cache.js";
import { withContentSecurityPolicy } from "./csp.js";
import { describeProvider, type ProviderModel } from "./describe.js";
import { clientPageFile, forReaders } from "./docs-readers.js";
import { renderClientPage, renderClientSnippets } from "./client-page.js";
import { docsView } from "./docs-view.js";
import { StageError, toStageError } from "./problems.js";
import type { Project } from "./providers.js";
import { renderTemplate } from "./render.js";
import { renderReadmePage } from "./readme-page.js";
import { renderSamples, withCodeSamples } from "./samples.js";
import { sanitizeForDocs } from "./sanitize.js";

const run = promisify(execFile);
const REDOCLY = "node_modules/@redocly/cli/bin/cli.js";
const REDOCLY_VERSION: string = createRequire(import.meta.url)("@redocly/cli/package.json").version;
// Redoc's page loads its logo from a CDN; an inline image keeps the page at zero external requests.
const LOGO = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect width="16" height="16" rx="3" fill="#2b4c7e"/></svg>')}`;
const CDN_LOGOS = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
// Without an icon link the browser asks the server for /favicon.ico, which a file:// copy lacks.
const NO_FAVICON = '<link rel="icon" href="data:,">';

/**
 * Code samples wrap long lines instead of clipping them at the panel's edge, and keep clear of the
 * copy button in their top right corner (Redoc's own styles scroll them sideways under it).
 */
const READABLE_CODE = `<style>pre[data-component-name="CodeBlock/CodeBlockContainer"]{white-space:pre-wrap!important;overflow-wrap:anywhere!important;padding-right:2.75rem!important}</style>`;

/** Makes a Redoc page self-contained (the logo inline, no favicon request), readable, and locked to its own scripts (csp.ts). */
function offline(html: string): string {
  return withContentSecurityPolicy(html.replace(CDN_LOGOS, LOGO).replace(/<head>/i, `<head>${NO_FAVICON}`).replace(/<\/head>/i, `${READABLE_CODE}</head>`));
}

/**
 * The document a provider's Redoc page shows: the published spec adjusted for Redoc (docs-view.ts),
 * its text sanitised (sanitize.ts), then what readers of the client need (docs-readers.ts: our own
 * text, added after sanitising).
 */
export function readerView(published: OpenApiDocument, model: ProviderModel): OpenApiDocument {
  return forReaders(sanitizeForDocs(docsView(published)), model);
}

/**
 * Builds the offline docs site into `outDir`: one Redoc page per provider, its spec, and an index.
 * A provider page whose spec and page options are unchanged since `previous` is copied, not rebuilt.
 */
export async function buildDocs(
  project: Project,
  bundles: Map<string, OpenApiDocument>,
  outDir: string,
  previous: Record<string, string> = {},
): Promise<{ hashes: Record<string, string>; rebuilt: string[] }> {
  await mkdir(outDir, { recursive: true });
  const models = project.providers.map((p) => describeProvider(p.name, bundles.get(p.name)!));
  const hashes: Record<string, string> = {};
  // redocly.yaml also carries the page options (code sample languages): part of every page's input.
  const docsConfig = await readFile(project.configFile, "utf8");
  const rebuilt: string[] = [];
  // Every page settles before the stage reports: a failed page must not leave another one's
  // redocly child process writing into the scratch folder while the build cleans it up.
  const settled = await Promise.allSettled(
    models.map(async (model) => {
      // The published spec carries the code samples; generated/<p>/openapi.json stays as written.
      const samples = renderSamples(project, model, bundles.get(model.name)!);
      const spec = withCodeSamples(bundles.get(model.name)!, samples);
      await writeFile(path.join(outDir, clientPageFile(model.name)), renderClientPage(project, model, renderClientSnippets(project, model, bundles.get(model.name)!, samples)));
      await writeFile(path.join(outDir, `${model.name}.openapi.json`), serializeBundle(spec));
      await writeFile(path.join(outDir, `${model.name}.openapi.yaml`), stringify(spec, { aliasDuplicateObjects: false }));
      // The page is built from the reader's view of that spec (readerView), kept out of site/.
      const pageJson = serializeBundle(readerView(spec, model));
      const pageSpec = path.join(path.dirname(outDir), `${path.basename(outDir)}.${model.name}.page.json`);
      const html = path.join(outDir, `${model.name}.html`);
      const existing = path.join(project.root, "site", `${model.name}.html`);
      hashes[model.name] = hashText(pageJson, model.title, REDOCLY_VERSION, offline.toString(), withContentSecurityPolicy.toString(), LOGO, NO_FAVICON, READABLE_CODE, docsConfig);
      if (previous[model.name] === hashes[model.name] && existsSync(existing)) {
        await copyFile(existing, html);
        return;
      }
      rebuilt.push(model.name);
      await writeFile(pageSpec, pageJson);
      try {
        await run(process.execPath, [REDOCLY, "build-docs", pageSpec, "--inlineBundle", "--title", model.title, "-o", html], {
          cwd: project.root,
          env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
          maxBuffer: 16 * 1024 * 1024,
        });
      } catch (error) {
        const stderr = String((error as { stderr?: string }).stderr ?? error);
        throw new StageError("docs", [{ message: `redocly build-docs failed: ${stderr.trim().split("\n").at(-1)}`, location: { file: project.providers.find((p) => p.name === model.name)!.specFile } }]);
      } finally {
        await rm(pageSpec, { force: true });
      }
      await writeFile(html, offline(await readFile(html, "utf8")));
    }),
  );
  const failures = settled.flatMap((result) => (result.status === "rejected" ? toStageError("docs", result.reason).problems : []));
  if (failures.length) throw new StageError("docs", failures);
  await writeFile(path.join(outDir, "index.html"), renderTemplate(project, "site/index.html.hbs", { providers: models }));
  await writeFile(path.join(outDir, "readme.html"), await renderReadmePage(project));
  return { hashes, rebuilt: rebuilt.sort() };
}
