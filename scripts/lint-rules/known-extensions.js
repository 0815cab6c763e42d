// The vocabulary itself: every `x-` key of an OpenAPI object is one of the project's extensions,
// written where its rule allows it. A misspelt or unknown name fails with a did-you-mean.
import { closest } from "./did-you-mean.js";
import { isObject } from "./extension.js";

/**
 * Which keys are checked: the keys of every node Redocly types as an OpenAPI object that admits
 * extensions (root, Info, PathItem, Operation, Parameter, Response, Schema, Components, Tag…).
 * Not checked, because they are data: anything inside example values, defaults, enums and consts,
 * inside an extension's own value, and map keys (property names, path templates, status codes,
 * header and component names). The few `x-` keys Redocly's own types define (Redoc's x-logo,
 * x-tagGroups, x-codeSamples…) belong to Redoc, not to this vocabulary.
 * @param {import("./extension.js").Extension[]} extensions
 * @returns {import("@redocly/openapi-core").Oas3Rule}
 */
export function knownExtensions(extensions) {
  const byName = new Map(extensions.map((extension) => [extension.name, extension]));
  const former = new Map(extensions.flatMap((extension) => (extension.replaces ?? []).map((old) => [old, extension.name])));
  /** @param {Record<string, any>} node @param {import("./extension.js").Context} ctx */
  const check = (node, { type, location, report }) => {
    for (const key of Object.keys(node)) {
      if (!key.startsWith("x-") || Object.hasOwn(type.properties, key)) continue;
      const at = location.child([key]).key();
      const known = byName.get(/** @type {`x-${string}`} */ (key));
      if (known && !known.where.includes(type.name)) report({ message: `${key} belongs on ${known.where.join(" or ")}, not on ${type.name}`, location: at });
      if (known) continue;
      const replacement = former.get(key);
      const hint = replacement ? `${replacement}, which replaced it` : closest(key, byName.keys());
      report({ message: `${key} is not one of the project's extensions${hint ? `: did you mean ${hint}?` : ""} (docs/extensions.md lists them)`, location: at });
    }
  };
  return () => ({
    any(node, ctx) {
      if (ctx.type.extensionsPrefix === "x-" && isObject(node)) check(node, ctx);
    },
    // Keys written beside a `$ref` (a 3.1 schema may have them) belong to the node holding the `$ref`.
    ref(node, ctx) {
      if (ctx.type.extensionsPrefix === "x-") check(node, ctx);
    },
  });
}
