// The rules (monitors) and folders of one emulated account, stored for real: rule_mod changes
// what rule_get and fldr_get report. Seeded from the spec's rule_get and fldr_get examples.
import { Refusal } from "./refusal.js";

export type Rule = Record<string, string | null>;
export type Folder = Record<string, string | null>;
type Query = Record<string, string>;

/** rule_mod parameters that are rule fields of the same name (`newname` renames; others are not stored). */
const MODIFIABLE = ["type", "host", "port", "path", "post", "timeout", "timewarn", "timepoor", "maxread", "account", "passwd", "parameters", "options", "active", "interval"];

export class Monitors {
  private readonly rules: Rule[];
  private readonly folders: Folder[];

  constructor(
    seed: { rules: Rule[]; folders: Folder[] },
    private readonly maxRules: string,
  ) {
    this.rules = structuredClone(seed.rules);
    this.folders = structuredClone(seed.folders);
  }

  rule(name: string): Rule {
    const rule = this.rules.find((r) => r.name === name);
    if (!rule) throw new Refusal(1002, `no rule named "${name}"`);
    return rule;
  }

  /** rule_get: filters by name, folder ("" = top level), tags (any/all), errors only, public only. */
  find(query: Query) {
    const wanted = query.tags ? query.tags.split(",").map((t) => t.trim()).filter(Boolean) : [];
    const rules = this.rules.filter((rule) => {
      const tags = (rule.tags ?? "").split(",");
      if (query.name !== undefined && rule.name !== query.name) return false;
      if (query.folder !== undefined && (rule.folder ?? "") !== query.folder) return false;
      if (wanted.length && !(query.tags_req === "all" ? wanted.every((t) => tags.includes(t)) : wanted.some((t) => tags.includes(t)))) return false;
      if (query.errorsonly === "y" && Number(rule.consecutive_errors ?? 0) === 0) return false;
      if (query.publiconly === "y" && this.folders.find((f) => f.name === rule.folder)?.public !== "y") return false;
      return true;
    });
    return { maxrules: this.maxRules, active: String(this.rules.filter((r) => r.active === "y").length), rules: structuredClone(rules) };
  }

  /** rule_mod: changes only the fields sent; `newname` must not collide with another rule. */
  modify(query: Query): void {
    const rule = this.rule(query.name!);
    if (query.newname !== undefined && query.newname !== rule.name && this.rules.some((r) => r.name === query.newname)) {
      throw new Refusal(1005, `a rule named "${query.newname}" exists already`);
    }
    for (const field of MODIFIABLE) if (query[field] !== undefined) rule[field] = query[field]!;
    if (query.newname !== undefined) rule.name = query.newname;
  }

  /** fldr_get: the folders with their rule counts as they are now. */
  listFolders(name?: string) {
    const folders = this.folders
      .filter((f) => name === undefined || f.name === name)
      .map((folder) => {
        const rules = this.rules.filter((r) => r.folder === folder.name);
        return { ...folder, rulecount: String(rules.length), triggered: String(rules.filter((r) => Number(r.consecutive_errors ?? 0) > 0).length) };
      });
    if (name !== undefined && !folders.length) throw new Refusal(1002, `no folder named "${name}"`);
    return { folders };
  }
}
