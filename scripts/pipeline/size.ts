import { gzipSync } from "node:zlib";
import path from "node:path";
import { build } from "esbuild";
import { StageError } from "./problems.js";
import type { Project } from "./providers.js";

export interface EntrySize {
  entry: string;
  minified: number;
  gzipped: number;
}

/**
 * Bundles what an app importing one provider's client factory gets (dist/generated/<p>/client.js,
 * the factory and nothing else) for the browser, minified, and measures it. A Node built-in
 * reached from a factory fails here: provider entries must run in browsers and edge runtimes.
 */
export async function measureEntries(project: Project, distDir: string): Promise<EntrySize[]> {
  return Promise.all(
    project.providers.map(async ({ name }) => {
      const entry = path.join(distDir, "generated", name, "client.js");
      try {
        const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent", absWorkingDir: project.root });
        const code = result.outputFiles[0]!.contents;
        return { entry: `specfirst/${name}`, minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
      } catch (error) {
        const messages = (error as { errors?: { text: string; location?: { file: string; line: number } }[] }).errors ?? [{ text: String(error) }];
        throw new StageError("package", messages.map((m) => ({ message: `specfirst/${name} does not bundle for browsers: ${m.text}`, location: m.location ? { file: path.resolve(project.root, m.location.file), line: m.location.line } : undefined })));
      }
    }),
  );
}

export function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}
