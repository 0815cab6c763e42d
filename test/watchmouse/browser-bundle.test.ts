import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { ROOT } from "../pipeline/project-copy.js";

describe("specfirst/watchmouse in a browser bundle", () => {
  it("bundles for the browser platform: nothing Node-only in the client, its auth or its tables", async () => {
    const result = await build({
      entryPoints: [path.join(ROOT, "generated/watchmouse/index.ts")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
      metafile: true,
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((file) => file.startsWith("src/providers/watchmouse/"))).toBe(true);
    expect(inputs.filter((file) => file.startsWith("node:") || file.includes("node_modules/@types/node"))).toEqual([]);
  });
});
