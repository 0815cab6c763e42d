import { readdirSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";
import { StageError } from "./problems.js";
import type { Project } from "./providers.js";
import type { Outputs } from "./render.js";

/**
 * Compiles src/ and the freshly rendered generated/ (still in memory, not yet on disk) to ESM +
 * .d.ts in `outDir`, and copies the bundled specs (generated/<p>/openapi.json) beside them.
 * Type errors anywhere fail the stage with file:line.
 */
export async function compilePackage(project: Project, generated: Outputs, outDir: string): Promise<string[]> {
  const configFile = path.join(project.root, "tsconfig.build.json");
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, project.root, undefined, configFile);
  const options: ts.CompilerOptions = { ...parsed.options, outDir, noEmit: false };

  const memory = new Map([...generated].filter(([file]) => file.endsWith(".ts")).map(([file, text]) => [path.join(project.root, file), text]));
  const rootNames = [...listTypeScript(path.join(project.root, "src")), ...memory.keys()].sort();
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, directoryExists } = host;
  const memoryDirs = new Set([...memory.keys()].flatMap((file) => ancestors(path.dirname(file))));
  host.directoryExists = (dir) => memoryDirs.has(dir) || (directoryExists?.(dir) ?? ts.sys.directoryExists(dir));
  host.fileExists = (file) => memory.has(file) || (!isStaleGenerated(project, file, memory) && fileExists(file));
  host.readFile = (file) => memory.get(file) ?? (isStaleGenerated(project, file, memory) ? undefined : readFile(file));
  const emitted: [string, string][] = [];
  host.writeFile = (file, text) => emitted.push([file, text]);

  const program = ts.createProgram({ rootNames, options, host });
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...program.emit().diagnostics];
  const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length) {
    throw new StageError(
      "package",
      errors.slice(0, 20).map((d) => {
        const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
        if (!d.file || d.start === undefined) return { message };
        const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
        return { message: `TS${d.code}: ${message}`, location: { file: d.file.fileName, line: line + 1, column: character + 1 } };
      }),
    );
  }
  // The bundled specs travel with the package: the sandbox's emulators read them (specfirst/sandbox).
  for (const [file, text] of generated) if (file.startsWith("generated/") && file.endsWith(".json")) emitted.push([path.join(outDir, file), text]);
  for (const [file, text] of emitted) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return emitted.map(([file]) => path.relative(outDir, file)).sort();
}

/** A generated/ file on disk that the new render no longer produces must not leak into dist/. */
function isStaleGenerated(project: Project, file: string, memory: Map<string, string>): boolean {
  const generatedDir = path.join(project.root, "generated") + path.sep;
  return file.startsWith(generatedDir) && file.endsWith(".ts") && !memory.has(file);
}

function ancestors(dir: string): string[] {
  const parent = path.dirname(dir);
  return parent === dir ? [dir] : [dir, ...ancestors(parent)];
}

function listTypeScript(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}
