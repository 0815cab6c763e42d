/*
 * The vocabulary of the change report: rules, findings, levels. Every other file under changes/
 * imports from here and from nowhere above it, so the rule files never import each other.
 */

/** breaking: code or calls that worked stop working; warning: they may; info: they keep working. */
export type Level = "breaking" | "warning" | "info";
export const LEVELS: readonly Level[] = ["info", "warning", "breaking"];

/** Callers write requests (a schema there may widen, not narrow) and read responses (the opposite). */
export type Direction = "request" | "response";

export interface Rule {
  /** Stable, kebab-case: changes.yaml and the ignore list refer to it. */
  id: string;
  /** The level it reports at unless changes.yaml overrides it. */
  level: Level;
  /** One line: what changed and why it has this level. */
  explanation: string;
  /** The heading it is listed under in docs/change-rules.md. */
  area: string;
}

/** One change between two versions of a provider's spec, or of its generated types. */
export interface Finding {
  rule: string;
  level: Level;
  /** "POST /reports/query": method in capitals, then the path as the new version writes it. */
  operation?: string;
  /** In words: "query parameter `page`", "request body field `limit`", "response 200 field `items[].id`". */
  location: string;
  /** What happened there: "added (optional)", "maxLength lowered from 64 to 32". */
  detail: string;
  /** JSON pointer into the new bundled document (or the nearest place that still exists), for annotations. */
  pointer?: string;
  /** x-stability of an operation that promises nothing yet (draft, alpha): its breaks are reported as warnings. */
  unstable?: string;
}

/** What one rule file contributes: its rules, and a constructor that fills in the level. */
export interface RuleSet<Id extends string> {
  rules: Rule[];
  finding: (id: Id, fields: Omit<Finding, "rule" | "level">) => Finding;
}

/** Declares a file's rules as `id: [level, explanation]`; the ids become the only ones it may emit. */
export function ruleSet<const T extends Record<string, readonly [Level, string]>>(area: string, table: T): RuleSet<keyof T & string> {
  const rules = Object.entries(table).map(([id, [level, explanation]]) => ({ id, level, explanation, area }));
  return { rules, finding: (id, fields) => ({ rule: id, level: table[id]![0], ...fields }) };
}

export function higherLevel(a: Level, b: Level): Level {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}

export function sortedUnion(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])].sort(compareText);
}

/** Code-unit order, independent of the machine's locale, so reports are identical everywhere. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `value` as it reads in a report: strings in backticks, anything else as JSON. */
export function showValue(value: unknown): string {
  return `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;
}

export function isObject(value: unknown): value is Record<string, any> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A JSON pointer segment: `/` and `~` escaped. */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Follows local `$ref`s from `node`, returning the target and its pointer; a broken or cyclic chain gives undefined. */
export function resolveRef(doc: Record<string, any>, node: unknown, pointer: string): { node: unknown; pointer: string } {
  let current: any = node;
  let at = pointer;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string" && current.$ref.startsWith("#"); hops++) {
    if (hops > 32) return { node: undefined, pointer: at };
    at = current.$ref.slice(1);
    current = at
      .split("/")
      .slice(1)
      .map((s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((acc: any, key: string) => acc?.[key], doc);
  }
  return { node: current, pointer: at };
}
