// x-inferred: a fact the provider does not document, so the spec guesses it.
import { checkFlag, onNodes } from "./extension.js";

const WHERE = ["Operation", "Parameter", "Response", "Schema"];

/** @type {import("./extension.js").Extension} */
export default {
  name: "x-inferred",
  where: WHERE,
  shape: "`true`",
  meaning: "What it marks is inferred (from client code, examples or a sibling), not documented; the generated catalogue marks inferred operations and the build summary counts them.",
  rule: () => onNodes(WHERE, (node, ctx) => checkFlag(node, "x-inferred", ctx)),
};
