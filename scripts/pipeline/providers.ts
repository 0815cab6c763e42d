import path from "node:path";
import { loadConfig, type Config } from "@redocly/openapi-core";
import { StageError } from "./problems.js";

export interface Provider {
  /** The alias under `apis:` in redocly.yaml, e.g. "shadowserver"; also the package subpath. */
  name: string;
  /** Absolute path of the spec's root file. */
  specFile: string;
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
  const providers = Object.entries(apis)
    .map(([name, api]) => ({ name, specFile: path.resolve(root, api.root) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const bad = providers.filter((p) => !PROVIDER_NAME.test(p.name));
  if (bad.length || providers.length === 0) {
    throw new StageError("config", [
      ...bad.map((p) => ({ message: `provider alias "${p.name}" must be lowercase letters and digits (it becomes the package subpath and CLI name)`, location: { file: configFile } })),
      ...(providers.length ? [] : [{ message: "redocly.yaml lists no providers under apis:", location: { file: configFile } }]),
    ]);
  }
  return { root, configFile, config, providers };
}
