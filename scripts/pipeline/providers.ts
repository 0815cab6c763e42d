import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadConfig, type Config } from "@redocly/openapi-core";
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
      .filter((p) => !existsSync(p.specFile))
      .map((p) => ({ message: `the spec of "${p.name}" does not exist: ${path.relative(root, p.specFile)}`, location: { file: configFile, line: p.rootLine } })),
    ...(providers.length ? [] : [{ message: "redocly.yaml lists no providers under apis:", location: { file: configFile } }]),
  ];
  if (problems.length) throw new StageError("config", problems);
  return { root, configFile, config, providers };
}
