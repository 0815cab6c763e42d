import { ruleSet } from "../model.js";

/* What the TypeScript compiler says about the generated types of both versions (type-check.ts). */

const { rules, finding } = ruleSet("Generated types (TypeScript compiler)", {
  "types-parameters-not-assignable": ["breaking", "Parameters that type-checked against the old client no longer do against the new one."],
  "types-request-body-not-assignable": ["breaking", "A request body that type-checked against the old client no longer does against the new one."],
  "types-response-body-not-assignable": ["breaking", "A response body of the new client is not assignable to the old type: code reading it stops compiling or reads wrong."],
  "types-response-headers-not-assignable": ["breaking", "Response headers of the new client are not assignable to the old type."],
});
export { rules, finding as typeFinding };
