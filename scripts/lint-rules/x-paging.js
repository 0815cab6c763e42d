// x-paging: how a paged operation selects its pages, for client.paginate() and the CLI's --all.
import { extensionValue, fail, isObject, member, show } from "./extension.js";

const STYLES = ["page", "offset", "cursor"];
const FIELDS = ["style", "in", "parameter", "limit", "items", "nextCursor", "totalPages"];
/** A parameter name or a dotted path into the answer ("" is the answer itself, for items). */
const PATH = /^$|^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/;

/** @type {import("./extension.js").Extension} */
export default {
  name: "x-paging",
  where: ["Operation"],
  shape: "`{ style: page|offset|cursor, in?: query|body, parameter, limit?, items?: path or [paths], nextCursor? (cursor: required), totalPages? }`",
  meaning: "How a paged operation selects its pages and where its items and next cursor are: the runtime table carries it for client.paginate() and the CLI's --all.",
  rule: () => ({
    Operation(operation, ctx) {
      const at = extensionValue(operation, "x-paging", ctx);
      if (!at) return;
      if (!isObject(at.value)) return fail(ctx, at, `x-paging must be an object like { style: page, parameter: page }, not ${show(at.value)}`);
      for (const key of Object.keys(at.value)) {
        if (!FIELDS.includes(key)) fail(ctx, { value: key, location: member(at, key, ctx).location.key() }, `x-paging has no field ${show(key)} (fields: ${FIELDS.join(", ")})`);
      }
      const field = (/** @type {string} */ key) => member(at, key, ctx);
      if (!STYLES.includes(at.value.style)) fail(ctx, Object.hasOwn(at.value, "style") ? field("style") : at, `x-paging.style must be one of ${STYLES.join(", ")}, not ${show(at.value.style)}`);
      if (at.value.in !== undefined && !["query", "body"].includes(at.value.in)) fail(ctx, field("in"), `x-paging.in must be query or body, not ${show(at.value.in)}`);
      for (const key of ["parameter", "limit", "nextCursor", "totalPages"]) {
        const required = key === "parameter" || (key === "nextCursor" && at.value.style === "cursor");
        if (at.value[key] === undefined) {
          if (required) fail(ctx, at, `x-paging needs ${key}${key === "nextCursor" ? " for the cursor style" : ""}`);
        } else if (typeof at.value[key] !== "string" || !at.value[key] || !PATH.test(at.value[key])) fail(ctx, field(key), `x-paging.${key} must be a name or a dotted path, not ${show(at.value[key])}`);
      }
      if (at.value.items !== undefined) {
        const items = Array.isArray(at.value.items) ? at.value.items : [at.value.items];
        if (!items.length || items.some((item) => typeof item !== "string" || !PATH.test(item))) fail(ctx, field("items"), `x-paging.items must be a dotted path or a list of them, not ${show(at.value.items)}`);
      }
    },
  }),
};
