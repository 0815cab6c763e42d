// x-rpc-methods: the catalogue of methods a JSON-RPC operation accepts, named so the docs can use it.
import { extensionValue, fail, isObject, member, show } from "./extension.js";

/** @type {import("./extension.js").Extension} */
export default {
  name: "x-rpc-methods",
  where: ["Operation"],
  shape: "the name of a schema in `components/schemas` with one property per method, each `{ params, result }`",
  meaning: "The operation is a JSON-RPC endpoint and that schema catalogues its methods ({ params, result } each): the docs describe each request variant from it and the build counts its methods.",
  rule: () => {
    /** @type {import("./extension.js").Value | undefined} */
    let schemas;
    return {
      Root(root, ctx) {
        const components = extensionValue(root, "components", ctx);
        schemas = components && isObject(components.value) ? member(components, "schemas", ctx) : undefined;
      },
      Operation(operation, ctx) {
        const at = extensionValue(operation, "x-rpc-methods", ctx);
        if (!at) return;
        const catalogue = typeof at.value === "string" && schemas && isObject(schemas.value) && Object.hasOwn(schemas.value, at.value) ? member(schemas, at.value, ctx) : undefined;
        const methods = catalogue && isObject(catalogue.value.properties) ? member(catalogue, "properties", ctx) : undefined;
        if (!methods) return fail(ctx, at, `x-rpc-methods must name a schema in components/schemas that lists the methods as its properties, not ${show(at.value)}`);
        const odd = Object.keys(methods.value).find((method) => {
          const fields = member(methods, method, ctx).value?.properties;
          return !isObject(fields) || !fields.params || !fields.result;
        });
        if (odd !== undefined) fail(ctx, at, `x-rpc-methods names ${show(at.value)}, whose method ${show(odd)} is not { params, result }: each property of the catalogue describes one method's params and result`);
      },
    };
  },
};
