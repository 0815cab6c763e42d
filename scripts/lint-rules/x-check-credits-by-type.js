// x-check-credits-by-type: a check's price in credits when it depends on the type of check.
import { checkPrices, extensionValue, fail } from "./extension.js";

/** @type {import("./extension.js").Extension} */
export default {
  name: "x-check-credits-by-type",
  where: ["Operation"],
  shape: "a map of check type to a number of credits ≥ 0, with `other` for every type not listed",
  meaning: "Replaces the `check` price of the operation's x-credits by the type of check run (the sandbox charges it).",
  rule: () => ({
    Operation(operation, ctx) {
      const at = extensionValue(operation, "x-check-credits-by-type", ctx);
      const types = at && checkPrices(at, "x-check-credits-by-type", "check type", ctx);
      if (!at || !types) return;
      if (!types.includes("other")) fail(ctx, at, "x-check-credits-by-type needs an `other` entry: the price of any type it does not list");
      const credits = extensionValue(operation, "x-credits", ctx)?.value;
      if (credits?.check === undefined) fail(ctx, at, "x-check-credits-by-type refines a `check` price: the operation's x-credits must give one");
    },
  }),
};
