// x-limits-summary: the provider's rate limits and quotas, in one line for the docs index.
import { checkOneLine } from "./extension.js";

/** @type {import("./extension.js").Extension} */
export default {
  name: "x-limits-summary",
  where: ["Info"],
  shape: "one line of text",
  meaning: "Rate limits, quotas and time windows, shown beside the provider on the docs index.",
  rule: () => ({
    Info(info, ctx) {
      checkOneLine(info, "x-limits-summary", ctx);
    },
  }),
};
