// One parsed document and one validator per spec file, shared by every emulator started in a
// process: compiling a large spec's schemas is the slow part of starting an emulator.
import { readSpec, type Spec } from "./spec.js";
import { createValidator, type Validator } from "./validator.js";

const compiled = new Map<string, { spec: Spec; validator: Validator }>();

export function compiledSpec(location: URL | string): { spec: Spec; validator: Validator } {
  const key = String(location);
  let entry = compiled.get(key);
  if (!entry) {
    const spec = readSpec(location);
    entry = { spec, validator: createValidator(spec) };
    compiled.set(key, entry);
  }
  return entry;
}
