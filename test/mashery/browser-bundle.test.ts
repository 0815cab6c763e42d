import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { ROOT } from "../pipeline/project-copy.js";

describe("specfirst/mashery in a browser", () => {
  it("bundles for the browser platform with nothing Node-only in it", async () => {
    const result = await build({
      entryPoints: [path.join(ROOT, "generated/mashery/index.ts")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
      metafile: true,
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((file) => file.includes("@noble/hashes"))).toBe(true); // md5 comes from @noble, not node:crypto
    expect(inputs.filter((file) => file.startsWith("node:") || file.includes("node_modules/ini"))).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/from\s+["']node:/);
  });
});
