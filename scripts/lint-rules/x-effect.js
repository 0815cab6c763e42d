// x-effect: what an operation does, where its HTTP method says otherwise (docs/adr/0005-operation-effects.md).
import { checkOneOf } from "./extension.js";

/** The effects, as src/core/effects.ts types them (test/pipeline/extensions.test.ts keeps the two equal). */
export const EFFECTS = /** @type {const} */ (["read", "idempotent", "write"]);

/** @type {import("./extension.js").Extension} */
export default {
  name: "x-effect",
  where: ["Operation"],
  shape: "`read`, `idempotent` or `write`",
  meaning: "What the operation does where its HTTP method says otherwise (a GET that changes state, a POST that only reads): retries repeat only reads and idempotent changes; the generated catalogue carries it.",
  replaces: ["x-idempotent"],
  rule: () => ({
    Operation(operation, ctx) {
      checkOneOf(operation, "x-effect", EFFECTS, ctx);
    },
  }),
};
