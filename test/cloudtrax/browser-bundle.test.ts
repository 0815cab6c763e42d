import path from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLOUDTRAX_DEMO, startCloudTraxEmulator } from "../emulators/index.js";
import { ROOT } from "../pipeline/project-copy.js";
import type { RunningEmulator } from "../emulators/index.js";

let emulator: RunningEmulator;
beforeAll(async () => void (emulator = await startCloudTraxEmulator({ now: () => Date.now() + 20 * 60_000 })));
afterAll(() => emulator.close());

describe("specfirst/cloudtrax in a browser bundle", () => {
  it("bundles for the browser without Node built-ins, and the bundle signs and fixes its clock", async () => {
    const result = await build({
      entryPoints: [path.join(ROOT, "generated/cloudtrax/index.ts")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/from\s*["']node:|require\(["']node:/);
    const bundled = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
    const client = bundled.createCloudTraxClient({ ...CLOUDTRAX_DEMO.account, baseUrl: emulator.url });
    const { data, error } = await client.GET("/network/list");
    expect(error).toBeUndefined();
    expect(data.networks.length).toBeGreaterThan(0);
    expect(emulator.requests.map((r) => r.url.pathname)).toEqual(["/network/list", "/time", "/network/list"]);
  });
});
