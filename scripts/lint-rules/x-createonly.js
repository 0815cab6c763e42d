// x-createonly: a property that is set when an object is created and never changed afterwards.
import { checkFlag, onNodes } from "./extension.js";

const WHERE = ["Schema"];

/** @type {import("./extension.js").Extension} */
export default {
  name: "x-createonly",
  where: WHERE,
  shape: "`true`",
  meaning: "The property may be set when the object is created; an update leaves it as it is (readOnly's counterpart, which the sandbox honours).",
  rule: () => onNodes(WHERE, (schema, ctx) => checkFlag(schema, "x-createonly", ctx)),
};
