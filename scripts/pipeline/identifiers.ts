// operationIds become method names, command names and keys of type literals in generated code, so
// each must be a plain identifier. Checked on the YAML sources, so the error names the file and line
// to fix. The names extensions give the code (x-client-name, x-client-bound-parameters, x-error-codes
// names) are checked by their own lint rules (scripts/lint-rules/), with the same notion of identifier.
import { isIdentifier } from "../lint-rules/extension.js";
import { locate } from "./bounded-yaml.js";
import type { SpecSources } from "./confine-refs.js";
import type { Problem } from "./problems.js";
import { child, pathItemsAndOperations, text } from "./source-nodes.js";

export function checkIdentifiers(sources: SpecSources): Problem[] {
  const problems: Problem[] = [];
  for (const operation of pathItemsAndOperations(sources).operations) {
    const at = child(sources, operation, "operationId");
    if (!at || isIdentifier(text(at))) continue;
    const value = text(at) ?? String(at.node);
    problems.push({ message: `operationId ${JSON.stringify(value).slice(0, 200)} is not an identifier: it becomes a method and command name, so letters, digits and _, not starting with a digit`, location: locate(at.source, at.node) });
  }
  return problems;
}
