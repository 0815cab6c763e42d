// Names the spec gives the generated code: client names, bound parameter and option names, error
// names and operationIds end up as TypeScript identifiers (and in type literals), so each must be a
// plain identifier. Checked on the YAML sources, so the error names the file and line to fix.
import { locate } from "./bounded-yaml.js";
import type { SpecSources } from "./confine-refs.js";
import type { Problem } from "./problems.js";
import { child, entries, follow, pathItemsAndOperations, specRoot, text, type Located } from "./source-nodes.js";

/** A JavaScript identifier without `$` or non-ASCII letters: safe in any generated position. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Prefixed and suffixed in generated names (createXClient, XError): letters and digits, from a letter. */
const CLIENT_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
/** Keys that would change an object literal's prototype instead of adding an entry. */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export function checkIdentifiers(sources: SpecSources): Problem[] {
  const problems: Problem[] = [];
  const check = (at: Located | undefined, pattern: RegExp, what: string, rule: string) => {
    if (!at) return;
    const value = text(at);
    if (value !== undefined && pattern.test(value) && !PROTOTYPE_KEYS.has(value)) return;
    problems.push({ message: `${what} ${JSON.stringify(value ?? String(at.node)).slice(0, 200)} is not an identifier: ${rule}`, location: locate(at.source, at.node) });
  };
  const root = specRoot(sources);
  const info = child(sources, root, "info");
  check(child(sources, info, "x-client-name"), CLIENT_NAME, "x-client-name", "it names createXClient and the client's types, so letters and digits only, starting with a letter");
  const bound = follow(sources, child(sources, info, "x-client-bound-parameters"));
  for (const [name, option] of entries(sources, bound)) {
    if (!IDENTIFIER.test(name)) problems.push({ message: `x-client-bound-parameters key ${JSON.stringify(name).slice(0, 200)} is not an identifier: a bound path parameter's name must be letters, digits and _`, location: locate(option.source, option.node) });
    check(option, IDENTIFIER, "x-client-bound-parameters option", "it becomes a client option's name, so letters, digits and _, not starting with a digit");
  }
  for (const [, entry] of entries(sources, child(sources, root, "x-error-codes"))) {
    check(child(sources, entry, "name"), IDENTIFIER, "x-error-codes name", "it becomes a property of the generated error enum, so letters, digits and _, not starting with a digit");
  }
  for (const operation of pathItemsAndOperations(sources).operations) {
    check(child(sources, operation, "operationId"), IDENTIFIER, "operationId", "it becomes a method and command name, so letters, digits and _, not starting with a digit");
  }
  return problems;
}
