/// <reference types="node" />
import { readFileSync } from "node:fs";

/** This package's version: the nearest package.json named "specfirst" above this file (src/ or dist/src/). */
export function packageVersion(): string {
  for (let dir = new URL("./", import.meta.url); ; dir = new URL("../", dir)) {
    try {
      const manifest = JSON.parse(readFileSync(new URL("package.json", dir), "utf8")) as { name?: string; version?: string };
      if (manifest.name === "specfirst" && manifest.version) return manifest.version;
    } catch {
      // none here: look further up
    }
    if (dir.pathname === "/") return "unknown";
  }
}
