// The project's Redocly plugin: one rule per `x-` extension (one file each), plus the rule that
// only those extensions appear. redocly.yaml loads it (`plugins:`) and turns every rule on as an
// error (`extends: specfirst/all`); docs/extensions.md is rendered from the same list.
import { knownExtensions } from "./known-extensions.js";
import xAuthSummary from "./x-auth-summary.js";
import xCheckCreditsByType from "./x-check-credits-by-type.js";
import xClientBoundParameters from "./x-client-bound-parameters.js";
import xClientName from "./x-client-name.js";
import xCreateonly from "./x-createonly.js";
import xCredits from "./x-credits.js";
import xEffect from "./x-effect.js";
import xErrorCodes from "./x-error-codes.js";
import xInferred from "./x-inferred.js";
import xLimitsSummary from "./x-limits-summary.js";
import xPaging from "./x-paging.js";
import xRpcMethods from "./x-rpc-methods.js";
import xStability from "./x-stability.js";
import xSunset from "./x-sunset.js";

/** The vocabulary, sorted by name. */
export const EXTENSIONS = [xAuthSummary, xCheckCreditsByType, xClientBoundParameters, xClientName, xCreateonly, xCredits, xEffect, xErrorCodes, xInferred, xLimitsSummary, xPaging, xRpcMethods, xStability, xSunset];

export const PLUGIN_ID = "specfirst";

/** @type {Record<string, import("@redocly/openapi-core").Oas3Rule>} */
const rules = { "known-extensions": knownExtensions(EXTENSIONS), ...Object.fromEntries(EXTENSIONS.map((extension) => [extension.name, extension.rule])) };

/** @returns {import("@redocly/openapi-core").Plugin} */
export default function specfirstRules() {
  return {
    id: PLUGIN_ID,
    rules: { oas3: rules },
    configs: { all: { rules: Object.fromEntries(Object.keys(rules).map((name) => [`${PLUGIN_ID}/${name}`, "error"])) } },
  };
}
