// What every extension rule shares: reading an extension's value where it is written (through a
// `$ref`, as Redocly resolves references inside extensions too) and reporting on it.
// Plain JavaScript with JSDoc types: Redocly imports the plugin with Node's own loader (also in
// `redocly build-docs` and under vitest), which cannot load TypeScript on Node 20.

/**
 * One extension of the vocabulary: the metadata docs/extensions.md is rendered from, and its rule.
 * @typedef {object} Extension
 * @property {`x-${string}`} name
 * @property {string[]} where Redocly's names of the node types it may appear on ("Root", "Info", "Operation"…).
 * @property {string} shape Its allowed values, as docs/extensions.md shows them.
 * @property {string} meaning One sentence: what it says and who reads it.
 * @property {string[]} [replaces] Former names: the vocabulary rule suggests this one for them.
 * @property {import("@redocly/openapi-core").Oas3Rule} rule Checks its shape and values where it may appear.
 */

/** @typedef {import("@redocly/openapi-core").UserContext} Context */
/** @typedef {{ value: any, location: import("@redocly/openapi-core").Location }} Value */

/** A JavaScript identifier without `$` or non-ASCII letters: safe in any generated position. */
export const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Keys that would change an object literal's prototype instead of adding an entry. */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** @param {unknown} value @param {RegExp} [pattern] @returns {value is string} */
export function isIdentifier(value, pattern = IDENTIFIER) {
  return typeof value === "string" && pattern.test(value) && !PROTOTYPE_KEYS.has(value);
}

/** @param {unknown} value @returns {value is Record<string, any>} */
export function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value as a message quotes it: JSON, cut short. @param {unknown} value */
export function show(value) {
  return (JSON.stringify(value) ?? String(value)).slice(0, 200);
}

/**
 * The extension `name` of `node` and where its value is written; undefined when `node` lacks it.
 * @param {Record<string, any>} node @param {string} name @param {Context} ctx @returns {Value | undefined}
 */
export function extensionValue(node, name, ctx) {
  if (!Object.hasOwn(node, name)) return undefined;
  return follow({ value: node[name], location: ctx.location.child([name]) }, ctx);
}

/** A part of a value (an entry, a field), followed through a `$ref`. @param {Value} at @param {string | number} key @param {Context} ctx */
export function member(at, key, ctx) {
  return follow({ value: at.value[key], location: at.location.child([key]) }, ctx);
}

/** @param {Value} at @param {Context} ctx @returns {Value} */
function follow(at, ctx) {
  if (!isObject(at.value) || typeof at.value.$ref !== "string") return at;
  const resolved = ctx.resolve(at.value, at.location.source.absoluteRef);
  return resolved.location ? { value: resolved.node, location: resolved.location } : at;
}

/** @param {Context} ctx @param {Value} at @param {string} message */
export function fail(ctx, at, message) {
  ctx.report({ message, location: at.location });
}

/**
 * Reports an extension whose value is not one of `values`.
 * @param {Record<string, any>} node @param {string} name @param {readonly unknown[]} values @param {Context} ctx
 */
export function checkOneOf(node, name, values, ctx) {
  const at = extensionValue(node, name, ctx);
  if (at && !values.includes(at.value)) fail(ctx, at, `${name} must be ${values.length > 1 ? `one of ${values.map(show).join(", ")}` : show(values[0])}, not ${show(at.value)}`);
}

/** A flag: present means `true`; anything else is a mistake. @param {Record<string, any>} node @param {string} name @param {Context} ctx */
export function checkFlag(node, name, ctx) {
  checkOneOf(node, name, [true], ctx);
}

/** One line of text, not empty. @param {Record<string, any>} node @param {string} name @param {Context} ctx */
export function checkOneLine(node, name, ctx) {
  const at = extensionValue(node, name, ctx);
  if (at && (typeof at.value !== "string" || !at.value.trim() || /[\r\n\u2028\u2029]/.test(at.value))) fail(ctx, at, `${name} must be one line of text, not ${show(at.value)}`);
}

/**
 * A map of lowercase names to prices in credits (numbers, 0 or more; a fraction where the provider charges one); returns the names, or undefined when the shape is wrong.
 * @param {Value} at @param {string} name @param {string} what @param {Context} ctx @returns {string[] | undefined}
 */
export function checkPrices(at, name, what, ctx) {
  if (!isObject(at.value) || !Object.keys(at.value).length) return void fail(ctx, at, `${name} must map each ${what} to a number of credits, like { api: 1 }, not ${show(at.value)}`);
  for (const key of Object.keys(at.value)) {
    const entry = member(at, key, ctx);
    if (!/^[a-z][a-z0-9_]*$/.test(key)) fail(ctx, { value: key, location: entry.location.key() }, `${name}: ${what} ${show(key)} must be lowercase letters, digits and _`);
    else if (typeof entry.value !== "number" || !Number.isFinite(entry.value) || entry.value < 0) fail(ctx, entry, `${name}.${key} must be a number of credits (0 or more), not ${show(entry.value)}`);
  }
  return Object.keys(at.value);
}

/**
 * A visitor that runs `check` on every node of the given types, including the keys written beside a
 * `$ref` (a 3.1 schema may carry `x-inferred: true` next to its `$ref`; Redocly visits only the
 * node the `$ref` names under the type's own name).
 * @param {string[]} types @param {(node: Record<string, any>, ctx: Context) => void} check
 * @returns {import("@redocly/openapi-core").Oas3Visitor}
 */
export function onNodes(types, check) {
  return {
    ...Object.fromEntries(types.map((type) => [type, check])),
    ref(node, ctx) {
      if (types.includes(ctx.type.name)) check(node, ctx);
    },
  };
}
