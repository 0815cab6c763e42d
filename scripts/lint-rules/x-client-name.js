// x-client-name: the name in the generated client's identifiers (createXClient, XError, XClient).
import { extensionValue, fail, isIdentifier, show } from "./extension.js";

/** Prefixed and suffixed in generated names: letters and digits, from a letter. */
const CLIENT_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** @type {import("./extension.js").Extension} */
export default {
  name: "x-client-name",
  where: ["Info"],
  shape: "letters and digits, starting with a letter, e.g. `PetStore`",
  meaning: "Names the client in code: createXClient, XClient, XError (default: the provider's alias, capitalised).",
  rule: () => ({
    Info(info, ctx) {
      const at = extensionValue(info, "x-client-name", ctx);
      if (at && !isIdentifier(at.value, CLIENT_NAME)) {
        fail(ctx, at, `x-client-name ${show(at.value)} is not an identifier: it names createXClient and the client's types, so letters and digits only, starting with a letter`);
      }
    },
  }),
};
