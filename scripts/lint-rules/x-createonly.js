// x-createonly: a property that is set when an object is created and never changed afterwards.
import { checkFlag } from "./extension.js";

/** @type {import("./extension.js").Extension} */
export default {
  name: "x-createonly",
  where: ["Schema"],
  shape: "`true`",
  meaning: "The property may be set when the object is created; an update leaves it as it is (readOnly's counterpart, which the sandbox honours).",
  rule: () => ({
    Schema(schema, ctx) {
      checkFlag(schema, "x-createonly", ctx);
    },
  }),
};
