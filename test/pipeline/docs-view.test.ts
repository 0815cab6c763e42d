import { describe, expect, it } from "vitest";
import { bundleSpecs, type OpenApiDocument } from "../../scripts/pipeline/bundle.js";
import { docsView } from "../../scripts/pipeline/docs-view.js";
import { loadProject } from "../../scripts/pipeline/providers.js";
import { ROOT } from "./project-copy.js";

const bundles = await bundleSpecs(await loadProject(ROOT));

describe("the document the docs pages are built from", () => {
  it("leaves Mashery's spec alone and drops only the $defs that hang the RpcMethods catalogue off RpcMethodName", () => {
    const spec = bundles.get("mashery")!;
    const before = JSON.stringify(spec);
    const view = docsView(spec);
    expect(JSON.stringify(spec)).toBe(before);
    expect(spec.components.schemas.RpcMethodName.$defs).toEqual({ catalogue: { $ref: "#/components/schemas/RpcMethods" } });
    expect(view.components.schemas.RpcMethodName.$defs).toBeUndefined();
    // Everything but $defs and the variant descriptions is as published.
    const restored = structuredClone(view);
    restored.components.schemas.RpcMethodName.$defs = spec.components.schemas.RpcMethodName.$defs;
    for (const variant of restored.components.schemas.JsonRpcRequest.oneOf) delete variant.description;
    expect(restored).toEqual(spec);
  });

  it("describes each JSON-RPC request variant with its catalogue entry and result schema", () => {
    const spec = bundles.get("mashery")!;
    const view = docsView(spec);
    const catalogue = spec.components.schemas.RpcMethods.properties;
    const variants: any[] = view.components.schemas.JsonRpcRequest.oneOf;
    expect(variants).toHaveLength(Object.keys(catalogue).length);
    for (const variant of variants) {
      const entry = catalogue[variant.properties.method.const];
      const result = entry.properties.result.$ref.split("/").at(-1);
      expect(variant.description).toContain(entry.description);
      expect(variant.description).toContain(`\`${result}\``);
      expect(variant.description).toContain(spec.components.schemas.JsonRpcRequest.description);
    }
    const memberFetch = variants.find((v) => v.properties.method.const === "member.fetch");
    expect(memberFetch.description).toContain("**Result** (`result` of the 200 response): `MemberFetchResult` — The member, or null when it does not exist.");
  });

  it("passes the other providers' specs through unchanged", () => {
    for (const [name, spec] of bundles) if (name !== "mashery") expect(docsView(spec), name).toEqual(spec);
  });

  it("keeps a $defs that a $ref points into, and properties, examples and extensions named $defs", () => {
    const spec: OpenApiDocument = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {},
      components: {
        schemas: {
          Pointed: { type: "object", $defs: { inner: { type: "string" } }, properties: { a: { $ref: "#/components/schemas/Pointed/$defs/inner" } } },
          Anchor: { type: "string", $defs: { other: { $ref: "#/components/schemas/Pointed" } } },
          Named: { type: "object", properties: { $defs: { type: "object", $defs: { x: { type: "integer" } } } }, example: { $defs: { kept: true } }, "x-note": { $defs: 1 } },
        },
      },
    };
    const view = docsView(spec);
    expect(view.components.schemas.Pointed.$defs).toEqual({ inner: { type: "string" } });
    expect(view.components.schemas.Anchor.$defs).toBeUndefined();
    expect(view.components.schemas.Named.properties.$defs).toEqual({ type: "object" });
    expect(view.components.schemas.Named.example).toEqual({ $defs: { kept: true } });
    expect(view.components.schemas.Named["x-note"]).toEqual({ $defs: 1 });
  });

  it("finds a JSON-RPC catalogue only through the x-rpc-methods of an operation, whatever the schema is called", () => {
    const variant = { type: "object", properties: { method: { const: "thing.get" } } };
    const spec = (named: boolean): OpenApiDocument => ({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: { "/rpc": { post: { operationId: "call", ...(named ? { "x-rpc-methods": "Methods" } : {}), responses: { "200": { description: "ok" } } } } },
      components: {
        schemas: {
          Request: { description: "A call.", oneOf: [structuredClone(variant)] },
          Methods: { type: "object", properties: { "thing.get": { description: "Gets a thing.", properties: { result: { $ref: "#/components/schemas/Thing" } } } } },
          Thing: { type: "object", description: "A thing." },
        },
      },
    });
    expect(docsView(spec(true)).components.schemas.Request.oneOf[0].description).toBe("Gets a thing.\n\n**Result** (`result` of the 200 response): `Thing` — A thing.\n\nA call.");
    expect(docsView(spec(false)).components.schemas.Request.oneOf[0].description).toBeUndefined();
  });
});
