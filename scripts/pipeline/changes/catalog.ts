import { rules as documentRules } from "./diff.js";
import type { Rule } from "./model.js";
import { rules as clientSurfaceRules } from "./rules/client-surface.js";
import { rules as contentRules } from "./rules/content.js";
import { rules as operationRules } from "./rules/operations.js";
import { rules as parameterRules } from "./rules/parameters.js";
import { rules as requestBodyRules } from "./rules/request-body.js";
import { rules as responseRules } from "./rules/responses.js";
import { rules as securityRules } from "./rules/security.js";
import { rules as serverRules } from "./rules/servers.js";
import { rules as typeRules } from "./rules/types.js";
import { schemaRules } from "./schema/checks.js";

/** Every rule, in the order docs/change-rules.md lists them. */
export const RULES: readonly Rule[] = [
  ...documentRules,
  ...operationRules,
  ...parameterRules,
  ...requestBodyRules,
  ...contentRules,
  ...responseRules,
  ...securityRules,
  ...serverRules,
  ...clientSurfaceRules,
  ...schemaRules(),
  ...typeRules,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

/** docs/change-rules.md: generated from RULES (`npm run changes -- --rules-doc`), checked by a test. */
export function renderRulesDoc(): string {
  const areas = [...new Set(RULES.map((rule) => rule.area))];
  const count = (level: string) => RULES.filter((rule) => rule.level === level).length;
  return [
    "# Change rules",
    "",
    "<!-- Generated from scripts/pipeline/changes/ by `npm run changes -- --rules-doc`. Do not edit. -->",
    "",
    `The change report (\`npm run build\`, \`npm run changes\`) knows ${RULES.length} rules: ${count("breaking")} breaking, ${count("warning")} warnings, ${count("info")} informational.`,
    "Each has a stable id; `changes.yaml` at the root can change its level or ignore it (see the README, \"Change report\").",
    "",
    "- **breaking**: calls or code that worked stop working. Requests may widen and responses narrow; the reverse breaks.",
    "- **warning**: they may stop working, or a promise was weakened; check by hand.",
    "- **info**: they keep working.",
    "",
    "Operations at `x-stability: draft` or `alpha` promised nothing: their breaking findings are reported as warnings.",
    "Schema rules exist once per place a schema sits: `request-parameter-…`, `request-property-…` (a request body or a field in it),",
    "`response-property-…` (a response body or a field in it), `response-header-…`.",
    "",
    ...areas.flatMap((area) => [
      `## ${area}`,
      "",
      "| id | level | explanation |",
      "|---|---|---|",
      ...RULES.filter((rule) => rule.area === area).map((rule) => `| \`${rule.id}\` | ${rule.level} | ${rule.explanation.replace(/\|/g, "\\|")} |`),
      "",
    ]),
  ].join("\n");
}
