// x-error-codes: the provider's documented error catalogue, rendered to generated/<p>/errors.ts.
import { closest } from "./did-you-mean.js";
import { extensionValue, fail, isIdentifier, isObject, member, show } from "./extension.js";

/** Each entry's fields: whether it is required, what it must hold and what to say otherwise. */
const FIELDS = {
  code: { required: true, valid: (/** @type {unknown} */ v) => Number.isSafeInteger(v) || isText(v), wrong: "is not an integer or a string" },
  name: { required: true, valid: (/** @type {unknown} */ v) => isIdentifier(v), wrong: "is not an identifier: it becomes a property of the generated error enum, so letters, digits and _, not starting with a digit" },
  message: { required: true, valid: isText, wrong: "is not text" },
  context: { required: false, valid: isText, wrong: "is not text (where the provider files the code)" },
  kind: { required: false, valid: isText, wrong: "is not text (where the code appears)" },
  retry: { required: false, valid: isText, wrong: "is not text (what a client does about it)" },
};

/** @param {unknown} value @returns {value is string} */
function isText(value) {
  return typeof value === "string" && value !== "";
}

/** @type {import("./extension.js").Extension} */
export default {
  name: "x-error-codes",
  where: ["Root"],
  shape: "a list of `{ code, name, message }` (optional `context`, `kind`, `retry`); `name` an identifier, unique",
  meaning: "The documented error codes: generated/<p>/errors.ts names each one (XError.Name) with its message; the sandbox answers with them.",
  rule: () => ({
    Root(root, ctx) {
      const at = extensionValue(root, "x-error-codes", ctx);
      if (!at) return;
      if (!Array.isArray(at.value) || !at.value.length) return fail(ctx, at, `x-error-codes must be a list of { code, name, message } entries, not ${show(at.value)}`);
      /** @type {Map<string, unknown>} */
      const names = new Map();
      at.value.forEach((_, index) => {
        const entry = member(at, index, ctx);
        if (!isObject(entry.value)) return fail(ctx, entry, `x-error-codes entries are { code, name, message }, not ${show(entry.value)}`);
        for (const [field, rule] of Object.entries(FIELDS)) {
          if (rule.required && !Object.hasOwn(entry.value, field)) fail(ctx, entry, `x-error-codes entry ${show(entry.value.code ?? index)} has no ${field}`);
        }
        for (const field of Object.keys(entry.value)) {
          const value = member(entry, field, ctx);
          const rule = Object.hasOwn(FIELDS, field) ? FIELDS[/** @type {keyof FIELDS} */ (field)] : undefined;
          if (!rule) {
            const hint = closest(field, Object.keys(FIELDS));
            fail(ctx, { ...value, location: value.location.key() }, `x-error-codes entries have no field ${show(field)}${hint ? `: did you mean ${hint}?` : ` (fields: ${Object.keys(FIELDS).join(", ")})`}`);
          } else if (!rule.valid(value.value)) fail(ctx, value, `x-error-codes ${field} ${show(value.value)} ${rule.wrong}`);
          else if (field === "name" && names.has(value.value)) fail(ctx, value, `x-error-codes name ${show(value.value)} is taken (by code ${show(names.get(value.value))}): each name is one property of the generated error enum`);
          else if (field === "name") names.set(value.value, entry.value.code);
        }
      });
    },
  }),
};
