// Validation of values against the spec's own schemas (JSON Schema 2020-12, as OpenAPI 3.1 uses).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { Spec } from "./spec.js";

export interface Validator {
  /** Returns a message naming the offending part (`/limit must be integer`), or undefined when the value fits the schema at `pointer`. */
  check(pointer: string, value: unknown): string | undefined;
}

export function createValidator(spec: Spec): Validator {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...spec, $id: "spec" }, "spec");
  const cache = new Map<string, ReturnType<typeof ajv.compile>>();
  const compile = (pointer: string) => {
    let validate = cache.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `spec#${pointer}` });
      cache.set(pointer, validate);
    }
    return validate;
  };
  return {
    check(pointer, value) {
      const validate = compile(pointer);
      if (validate(value)) return undefined;
      const first = validate.errors?.[0];
      return first ? `${first.instancePath || "(root)"} ${first.message}` : "invalid";
    },
  };
}
