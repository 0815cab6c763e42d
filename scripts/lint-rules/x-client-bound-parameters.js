// x-client-bound-parameters: path parameters the client fills in from one of its options.
import { closest } from "./did-you-mean.js";
import { extensionValue, fail, isIdentifier, isObject, member, show } from "./extension.js";

/** @type {import("./extension.js").Extension} */
export default {
  name: "x-client-bound-parameters",
  where: ["Info"],
  shape: "a map of path parameter name to client option name, both identifiers, e.g. `{ site_id: siteId }`",
  meaning: "The client takes each such parameter once, as an option, and fills it into every path that has it; callers never pass it.",
  rule: () => {
    /** @type {import("./extension.js").Value | undefined} */
    let bound;
    const templated = new Set();
    return {
      Info(info, ctx) {
        bound = extensionValue(info, "x-client-bound-parameters", ctx);
        if (bound && (!isObject(bound.value) || !Object.keys(bound.value).length)) {
          fail(ctx, bound, `x-client-bound-parameters must map path parameter names to client option names, like { site_id: siteId }, not ${show(bound.value)}`);
          bound = undefined;
        }
      },
      Paths(paths) {
        for (const path of Object.keys(paths)) for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) templated.add(name);
      },
      Root: {
        leave(_root, ctx) {
          if (!bound) return;
          for (const name of Object.keys(bound.value)) {
            const option = member(bound, name, ctx);
            const key = { value: name, location: option.location.key() };
            if (!isIdentifier(name)) fail(ctx, key, `x-client-bound-parameters key ${show(name)} is not an identifier: a bound path parameter's name must be letters, digits and _`);
            else if (!templated.has(name)) {
              const hint = closest(name, templated);
              fail(ctx, key, `x-client-bound-parameters binds ${show(name)}, but no path has a {${name}} parameter${hint ? `: did you mean ${hint}?` : ""}`);
            }
            if (!isIdentifier(option.value)) fail(ctx, option, `x-client-bound-parameters option ${show(option.value)} is not an identifier: it becomes a client option's name, so letters, digits and _, not starting with a digit`);
          }
        },
      },
    };
  },
};
