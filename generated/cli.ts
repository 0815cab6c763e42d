#!/usr/bin/env node
// Generated from redocly.yaml by scripts/pipeline/render.ts. Do not edit.
// The `specfirst` command over every provider; `specfirst sandbox` loads the emulators.
import { runCli } from "../src/cli/main.js";
import { providers } from "./providers.js";

runCli(providers, { sandbox: () => import("./sandbox.js") });
