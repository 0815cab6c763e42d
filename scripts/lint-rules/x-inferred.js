// x-inferred: a fact the provider does not document, so the spec guesses it.
import { checkFlag } from "./extension.js";

/** @type {import("./extension.js").Extension} */
export default {
  name: "x-inferred",
  where: ["Operation", "Parameter", "Response", "Schema"],
  shape: "`true`",
  meaning: "What it marks is inferred (from client code, examples or a sibling), not documented; the generated catalogue marks inferred operations and the build summary counts them.",
  rule: () => {
    /** @type {import("@redocly/openapi-core").Oas3Visitor["Operation"]} */
    const check = (node, ctx) => checkFlag(node, "x-inferred", ctx);
    return { Operation: check, Parameter: check, Response: check, Schema: check };
  },
};
