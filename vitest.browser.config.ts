// `npm run test:browser`: the tests that drive Chromium (the docs site, the browser bundles signing
// in a page). Without Chromium the run stops at once, saying how to install it.
import { existsSync } from "node:fs";
import { defineConfig } from "vitest/config";
import { CHROMIUM, MISSING_CHROMIUM } from "./test/site/browser.js";

if (!existsSync(CHROMIUM)) {
  process.stderr.write(`${MISSING_CHROMIUM}\n`);
  process.exit(1);
}

export default defineConfig({
  test: {
    include: ["test/**/*.browser.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  },
});
