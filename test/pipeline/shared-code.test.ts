// The pipeline is shared by every provider: what is special about one lives in its spec (an
// extension such as x-rpc-methods) or in its folder under src/providers/ (docs/adr/0007), never here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadProject } from "../../scripts/pipeline/providers.js";
import { ROOT } from "./project-copy.js";

const SHARED = ["scripts", "templates"];

describe("the shared pipeline", () => {
  it("names no provider in scripts/ or templates/, not even in a comment", async () => {
    const { providers } = await loadProject(ROOT);
    const mention = new RegExp(providers.map((p) => p.name).join("|"), "i");
    const found = SHARED.flatMap((dir) =>
      readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .flatMap((entry) => {
          const file = path.relative(ROOT, path.join(entry.parentPath, entry.name));
          return readFileSync(path.join(ROOT, file), "utf8").split("\n").flatMap((line, i) => (mention.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
        }),
    );
    expect(found).toEqual([]);
  });
});
