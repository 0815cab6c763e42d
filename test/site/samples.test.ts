import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bundleSpecs } from "../../scripts/pipeline/bundle.js";
import { renderClientSnippets } from "../../scripts/pipeline/client-page.js";
import { describeProvider } from "../../scripts/pipeline/describe.js";
import { loadProject } from "../../scripts/pipeline/providers.js";
import { renderSamples } from "../../scripts/pipeline/samples.js";
import { ROOT } from "../pipeline/project-copy.js";
import { consumerProject, STRICT_OPTIONS, typeCheck } from "../types/consumer-project.js";

const dir = consumerProject("samples");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the docs' code samples", () => {
  it("exist for every operation, use the helpers, and type-check against the package as users compile", async () => {
    const project = await loadProject(ROOT);
    const bundles = await bundleSpecs(project);
    const files: string[] = [];
    const write = (file: string, text: string) => (writeFileSync(path.join(dir, file), text), files.push(file));
    for (const provider of project.providers) {
      const spec = bundles.get(provider.name)!;
      const model = describeProvider(provider.name, spec);
      const samples = renderSamples(project, model, spec);
      expect(samples).toHaveLength(model.operations.length);
      mkdirSync(path.join(dir, provider.name));
      for (const sample of samples) {
        expect(sample.typescript).toContain(`specfirst/${provider.name}`);
        expect(sample.shell).toMatch(new RegExp(`^specfirst ${provider.name} \\S+`));
        // Paged operations are walked with paginate() and --all.
        if (sample.operation.paging) expect([sample.typescript.includes("client.paginate("), sample.shell.includes(" --all")]).toEqual([true, true]);
        write(`${provider.name}/${sample.operation.operationId}.ts`, sample.typescript);
      }
      // The "Using the client" page's snippets too.
      for (const [name, snippet] of Object.entries(renderClientSnippets(project, model, spec, samples))) {
        if (snippet !== undefined) write(`${provider.name}/client-page-${name}.ts`, snippet);
      }
    }
    // Each sample is its own module (its own `client`).
    const errors = await typeCheck(dir, "samples", files, { ...STRICT_OPTIONS, exactOptionalPropertyTypes: true, moduleDetection: "force" });
    expect(errors, `samples that do not compile:\n${errors}`).toBe("");
    expect(files.length).toBeGreaterThan(100);
  });

  it("show the providers' helpers: rpc() and query() for Mashery's JSON-RPC, a session that ends for WatchMouse", async () => {
    const project = await loadProject(ROOT);
    const bundles = await bundleSpecs(project);
    const samplesOf = (name: string) => renderSamples(project, describeProvider(name, bundles.get(name)!), bundles.get(name)!);
    const rpc = samplesOf("mashery").find((s) => s.operation.path === "/json-rpc/{site_id}")!;
    expect(rpc.typescript).toMatch(/client\.rpc\("member\.fetch", \["jdoe_dev"\]\)/);
    expect(rpc.typescript).toContain("client.query(");
    expect(rpc.shell).toBe(`specfirst mashery rpc member.fetch '["jdoe_dev"]' --pretty`);
    for (const sample of samplesOf("watchmouse").filter((s) => s.operation.security.length > 0)) expect(sample.typescript).toContain("await using client =");
  });

  it("quote a path from the spec as one shell word, so a hostile path in a spec runs nothing when the sample is pasted", async () => {
    const project = await loadProject(ROOT);
    const spec = structuredClone((await bundleSpecs(project)).get("shadowserver")!);
    const marker = path.join(dir, "pasted-sample-ran");
    const hostile = `/test/ping;touch$IFS${marker};\`id\``;
    spec.paths[hostile] = spec.paths["/test/ping"];
    delete spec.paths["/test/ping"];
    const sample = renderSamples(project, describeProvider("shadowserver", spec), spec).find((s) => s.operation.path === hostile)!;
    const words = execFileSync("bash", ["-c", `specfirst() { printf '%s\\n' "$@"; }\n${sample.shell}`], { encoding: "utf8" }).trimEnd().split("\n");
    expect(words).toEqual(["shadowserver", hostile.slice(1), "--pretty"]);
    expect(existsSync(marker)).toBe(false);
  });
});
