import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { RULES_BY_ID } from "./catalog.js";
import { isObject, LEVELS, type Finding, type Level } from "./model.js";

/*
 * changes.yaml at the root: per-rule level overrides and an ignore list, read by the build's
 * changes stage and by `npm run changes`. A missing file is an empty one. Unknown keys and rule
 * ids are errors, so a typo cannot silently switch a rule off.
 *
 *   rules:
 *     response-success-status-added: warning   # breaking | warning | info | off
 *   ignore:
 *     - rule: request-parameter-removed        # required
 *       provider: petstore                     # optional: these narrow the match
 *       operation: GET /pets
 *       location: query parameter `tag`        # text the finding's location contains
 *       reason: never worked upstream          # optional, for readers
 */

export const CONFIG_FILE = "changes.yaml";

export interface IgnoreEntry {
  rule: string;
  provider?: string;
  operation?: string;
  location?: string;
  reason?: string;
}

export interface ChangesConfig {
  levels: ReadonlyMap<string, Level | "off">;
  ignore: readonly IgnoreEntry[];
}

export const EMPTY_CONFIG: ChangesConfig = { levels: new Map(), ignore: [] };

export function loadChangesConfig(root: string): ChangesConfig {
  const file = path.join(root, CONFIG_FILE);
  if (!existsSync(file)) return EMPTY_CONFIG;
  return parseChangesConfig(readFileSync(file, "utf8"));
}

export function parseChangesConfig(text: string): ChangesConfig {
  const data: unknown = parse(text) ?? {};
  const fail = (message: string): never => {
    throw new Error(`${CONFIG_FILE}: ${message}`);
  };
  if (!isObject(data)) return fail("expected a mapping with `rules:` and `ignore:`");
  for (const key of Object.keys(data)) if (key !== "rules" && key !== "ignore") fail(`unknown key \`${key}\` (expected rules, ignore)`);
  const known = (rule: unknown, where: string) => {
    if (typeof rule !== "string" || !RULES_BY_ID.has(rule)) fail(`${where}: unknown rule \`${String(rule)}\` (see docs/change-rules.md)`);
    return rule as string;
  };
  const levels = new Map<string, Level | "off">();
  for (const [rule, level] of Object.entries(data.rules ?? {})) {
    if (level !== "off" && !LEVELS.includes(level as Level)) fail(`rules.${rule}: level must be breaking, warning, info or off, not \`${String(level)}\``);
    levels.set(known(rule, `rules.${rule}`), level as Level | "off");
  }
  if (data.ignore !== undefined && !Array.isArray(data.ignore)) fail("ignore: expected a list");
  const ignore = ((data.ignore ?? []) as unknown[]).map((entry, i): IgnoreEntry => {
    if (!isObject(entry)) return fail(`ignore[${i}]: expected a mapping with at least \`rule:\``);
    for (const [key, value] of Object.entries(entry)) {
      if (!["rule", "provider", "operation", "location", "reason"].includes(key)) fail(`ignore[${i}]: unknown key \`${key}\``);
      if (typeof value !== "string") fail(`ignore[${i}].${key}: expected text`);
    }
    return { ...(entry as Omit<IgnoreEntry, "rule">), rule: known(entry.rule, `ignore[${i}].rule`) };
  });
  return { levels, ignore };
}

/** Drops ignored and switched-off findings and applies level overrides (an unstable operation's stay capped at warning). */
export function applyConfig(findings: readonly Finding[], config: ChangesConfig, provider: string): Finding[] {
  return findings.flatMap((finding) => {
    if (config.ignore.some((entry) => matches(entry, finding, provider))) return [];
    const level = config.levels.get(finding.rule);
    if (level === "off") return [];
    if (!level) return [finding];
    return [{ ...finding, level: finding.unstable && level === "breaking" ? "warning" : level }];
  });
}

function matches(entry: IgnoreEntry, finding: Finding, provider: string): boolean {
  return (
    entry.rule === finding.rule &&
    (entry.provider === undefined || entry.provider === provider) &&
    (entry.operation === undefined || entry.operation === finding.operation) &&
    (entry.location === undefined || finding.location.includes(entry.location))
  );
}
