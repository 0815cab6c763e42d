// x-credits: what a call costs, per kind of credit the provider counts.
import { checkPrices, extensionValue } from "./extension.js";

/** @type {import("./extension.js").Extension} */
export default {
  name: "x-credits",
  where: ["Operation"],
  shape: "a map of credit type to a number of credits ≥ 0, e.g. `{ api: 1 }`",
  meaning: "The documented price of one call per credit type: the generated catalogue carries it and the sandbox charges it.",
  rule: () => ({
    Operation(operation, ctx) {
      const at = extensionValue(operation, "x-credits", ctx);
      if (at) checkPrices(at, "x-credits", "credit type", ctx);
    },
  }),
};
