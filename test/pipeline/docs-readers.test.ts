import { describe, expect, it } from "vitest";
import { bundleSpecs } from "../../scripts/pipeline/bundle.js";
import { describeProvider, rpcCatalogues } from "../../scripts/pipeline/describe.js";
import { readerView } from "../../scripts/pipeline/docs.js";
import { EFFECT_TEXT } from "../../scripts/pipeline/docs-readers.js";
import { loadProject } from "../../scripts/pipeline/providers.js";
import { ROOT } from "./project-copy.js";

describe("the reference pages, for the people who use the client", async () => {
  const project = await loadProject(ROOT);
  const bundles = await bundleSpecs(project);
  const views = project.providers.map((p) => {
    const spec = bundles.get(p.name)!;
    return { name: p.name, spec, model: describeProvider(p.name, spec), view: readerView(spec, describeProvider(p.name, spec)) };
  });

  it("open each operation with its operationId (searchable), its effect and its CLI command, and badge the effect", () => {
    for (const { name, model, view } of views) {
      for (const op of model.operations) {
        const page = view.paths[op.path][op.method];
        expect(page.description.startsWith(`\`${op.operationId}\` · ${EFFECT_TEXT[op.effect].line} · CLI \`specfirst ${name} `), `${name} ${op.operationId}`).toBe(true);
        expect(page["x-badges"][0]).toEqual({ name: EFFECT_TEXT[op.effect].badge, color: EFFECT_TEXT[op.effect].color });
        if (op.paging) expect(page.description).toContain(`client.paginate("${op.method.toUpperCase()}", "${op.path}", …)`);
      }
    }
  });

  it("link the client page, claim no license for the API, and call the version a version", () => {
    for (const { name, spec, view } of views) {
      expect(view.info.license).toBeUndefined();
      expect(view.info.description).toContain(`](${name}-client.html)`);
      if (spec.info.license) expect(view.info.description).toContain("covers the description only");
      expect(view.info.version).toBe(`API version ${spec.info.version}`);
    }
  });

  it("answer a JSON-RPC endpoint per method, each with its own result", () => {
    const rpc = views.filter(({ spec }) => rpcCatalogues(spec).length > 0);
    expect(rpc.length).toBeGreaterThan(0);
    for (const { spec, view } of rpc) {
      const [catalogue] = rpcCatalogues(spec);
      const op = Object.values<any>(view.paths).flatMap((item) => Object.values<any>(item)).find((o) => o?.["x-rpc-methods"]);
      const variants = op.responses["200"].content["application/json"].schema.oneOf;
      expect(variants.map((v: { title: string }) => v.title)).toEqual(Object.keys(catalogue!));
      expect(variants[0].properties.result).toEqual(catalogue![variants[0].title].properties.result);
    }
  });
});
