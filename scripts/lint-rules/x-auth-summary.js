// x-auth-summary: how a caller authenticates, in one line for the docs index.
import { checkOneLine } from "./extension.js";

/** @type {import("./extension.js").Extension} */
export default {
  name: "x-auth-summary",
  where: ["Info"],
  shape: "one line of text",
  meaning: "How a caller authenticates, shown beside the provider on the docs index.",
  rule: () => ({
    Info(info, ctx) {
      checkOneLine(info, "x-auth-summary", ctx);
    },
  }),
};
