import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { bundleSpecs } from "../../scripts/pipeline/bundle.js";
import { describeProvider } from "../../scripts/pipeline/describe.js";
import { loadProject } from "../../scripts/pipeline/providers.js";
import { renderSamples } from "../../scripts/pipeline/samples.js";
import { ROOT } from "../pipeline/project-copy.js";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "specfirst-samples-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the docs' code samples", () => {
  it("exist for every operation and type-check against the generated clients", async () => {
    const project = await loadProject(ROOT);
    const bundles = await bundleSpecs(project);
    let count = 0;
    for (const provider of project.providers) {
      const spec = bundles.get(provider.name)!;
      const model = describeProvider(provider.name, spec);
      const samples = renderSamples(project, model, spec);
      expect(samples).toHaveLength(model.operations.length);
      mkdirSync(path.join(dir, provider.name));
      for (const sample of samples) {
        expect(sample.typescript).toContain(`specfirst/${provider.name}`);
        expect(sample.shell).toMatch(new RegExp(`^specfirst ${provider.name} \\S+`));
        writeFileSync(path.join(dir, provider.name, `${sample.operation.operationId}.ts`), sample.typescript);
        count++;
      }
    }
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: true,
          // Each sample is its own module (its own `client`), resolved against this checkout's generated code.
          moduleDetection: "force",
          types: ["node"], typeRoots: [path.join(ROOT, "node_modules/@types")],
          paths: { "specfirst/*": [path.join(ROOT, "generated/*/index.ts")] },
          allowImportingTsExtensions: true,
        },
        include: ["**/*.ts"],
      }),
    );
    const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
    const result = await run(process.execPath, [tsc, "-p", dir]).then(() => "", (error) => String(error.stdout));
    expect(result, `samples that do not compile:\n${result}`).toBe("");
    expect(count).toBeGreaterThan(0);
  });
});
