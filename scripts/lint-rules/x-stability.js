// x-stability: how much an operation promises; the change report reads it.
import { checkOneOf, onNodes } from "./extension.js";

/** From least to most stable: scripts/pipeline/changes/rules/operations.ts compares them in this order. */
export const STABILITY = /** @type {const} */ (["draft", "alpha", "beta", "stable"]);

const WHERE = ["Operation", "PathItem"];

/** @type {import("./extension.js").Extension} */
export default {
  name: "x-stability",
  where: WHERE,
  shape: "`draft`, `alpha`, `beta` or `stable`",
  meaning: "How much the operation (or every operation of the path) promises: breaking changes at draft or alpha are reported as warnings; lowering it is a finding of its own.",
  rule: () => onNodes(WHERE, (node, ctx) => checkOneOf(node, "x-stability", STABILITY, ctx)),
};
