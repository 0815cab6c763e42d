import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Chromium tests run with `npm run test:browser` (vitest.browser.config.ts): `npm test` needs only Node.
    exclude: ["**/node_modules/**", "test/**/*.browser.test.ts"],
    // Pipeline and package tests run real builds and npm installs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  },
});
