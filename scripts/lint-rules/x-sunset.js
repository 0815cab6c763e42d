// x-sunset: the day a deprecated operation may be removed; the change report reads it.
import { extensionValue, fail, show } from "./extension.js";

/** @type {import("./extension.js").Extension} */
export default {
  name: "x-sunset",
  where: ["Operation"],
  shape: "a date, `YYYY-MM-DD`, on a `deprecated: true` operation",
  meaning: "Announces when a deprecated operation goes: removing it earlier is a breaking change, on or after that day a warning.",
  rule: () => ({
    Operation(operation, ctx) {
      const at = extensionValue(operation, "x-sunset", ctx);
      if (!at) return;
      const date = typeof at.value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(at.value) ? new Date(`${at.value}T00:00:00Z`) : undefined;
      if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== at.value) fail(ctx, at, `x-sunset must be a date written YYYY-MM-DD, not ${show(at.value)}`);
      else if (operation.deprecated !== true) fail(ctx, at, "x-sunset dates the removal of a deprecated operation: add `deprecated: true`");
    },
  }),
};
