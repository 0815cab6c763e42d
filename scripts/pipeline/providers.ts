import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadConfig, type Config } from "@redocly/openapi-core";
import { outsideReason } from "./confine-refs.js";
import { StageError } from "./problems.js";

export interface Provider {
  /** The alias under `apis:` in redocly.yaml, e.g. "petstore"; also the package subpath. */
  name: string;
  /** Absolute path of the spec's root file. */
  specFile: string;
  /** Where redocly.yaml lists this provider, for error messages. */
  configLine?: number;
  rootLine?: number;
}

export interface Project {
  root: string;
  configFile: string;
  config: Config;
  providers: Provider[];
}

const PROVIDER_NAME = /^[a-z][a-z0-9]*$/;
/** Words JavaScript reserves (strict mode and modules included): an alias becomes an identifier in generated code. */
const RESERVED = new Set(
  "arguments await break case catch class const continue debugger default delete do else enum eval export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield".split(" "),
);

/** Reads redocly.yaml, the single list of providers. */
export async function loadProject(root: string): Promise<Project> {
  const configFile = path.join(root, "redocly.yaml");
  let config: Config;
  try {
    config = await loadConfig({ configPath: configFile });
  } catch (error) {
    throw new StageError("config", [{ message: (error as Error).message, location: { file: configFile } }]);
  }
  const apis = config.resolvedConfig.apis ?? {};
  const lines = readFileSync(configFile, "utf8").split("\n");
  const providers = Object.entries(apis)
    .map(([name, api]) => {
      const configLine = lines.findIndex((l) => /^\s{2}\S/.test(l) && l.trim().replace(/\s+#.*$/, "") === `${name}:`) + 1 || undefined;
      const rootLine = configLine ? lines.findIndex((l, i) => i >= configLine && /^\s+root:/.test(l)) + 1 || undefined : undefined;
      return { name, specFile: path.resolve(root, api.root), configLine, rootLine };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const problems = [
    ...providers
      .filter((p) => !PROVIDER_NAME.test(p.name))
      .map((p) => ({ message: `provider alias "${p.name}" must be lowercase letters and digits (it becomes the package subpath and CLI name)`, location: { file: configFile, line: p.configLine } })),
    ...providers
      .filter((p) => PROVIDER_NAME.test(p.name) && RESERVED.has(p.name))
      .map((p) => ({ message: `provider alias "${p.name}" is a word JavaScript reserves (the alias becomes an identifier in generated code)`, location: { file: configFile, line: p.configLine } })),
    ...providers
      .filter((p) => outsideReason(p.specFile, path.join(root, "specs")) !== undefined)
      .map((p) => ({ message: `the spec of "${p.name}" must be a file under specs/, not ${p.specFile} (a spec may refer only to files inside its folder)`, location: { file: configFile, line: p.rootLine } })),
    ...providers
      .filter((p) => outsideReason(p.specFile, path.join(root, "specs")) === undefined && !existsSync(p.specFile))
      .map((p) => ({ message: `the spec of "${p.name}" does not exist: ${path.relative(root, p.specFile)}`, location: { file: configFile, line: p.rootLine } })),
    ...(providers.length ? [] : [{ message: "redocly.yaml lists no providers under apis:", location: { file: configFile } }]),
  ];
  if (problems.length) throw new StageError("config", problems);
  return { root, configFile, config, providers };
}

