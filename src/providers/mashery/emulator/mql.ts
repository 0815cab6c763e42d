// The part of the Mashery Query Language the emulator understands:
// SELECT <*|fields|relations> FROM <plural type> [WHERE f = v [AND f = v]…] [ORDER BY f [ASC|DESC]] [PAGE n] [ITEMS n]

export interface Condition {
  field: string;
  operator: "=" | "<>";
  value: string | number | boolean | null;
}

export interface ParsedQuery {
  fields: string[];
  /** The plural name as written in FROM (members, package_keys). */
  from: string;
  where: Condition[];
  orderBy?: { field: string; descending: boolean };
  page?: number;
  items?: number;
}

const STATEMENT = /^\s*SELECT\s+(.+?)\s+FROM\s+(\w+)(?:\s+WHERE\s+(.+?))?(?:\s+ORDER\s+BY\s+(\w+)(?:\s+(ASC|DESC))?)?((?:\s+(?:PAGE|ITEMS)\s+\d+)*)\s*$/is;
const CONDITION = /\s*(\w+)\s*(=|<>|!=)\s*('(?:[^']|'')*'|"[^"]*"|-?\d+|TRUE|FALSE|NULL)\s*(?:AND\b|$)/iy;

/** Parses a query, or throws an Error whose message says what is not understood. */
export function parseQuery(text: string): ParsedQuery {
  const match = STATEMENT.exec(text);
  if (!match) throw new Error(`cannot parse the query (expected SELECT … FROM <type> [WHERE …] [PAGE n] [ITEMS n])`);
  const [, fields, from, where, orderField, direction, paging] = match;
  const query: ParsedQuery = {
    fields: fields!.split(",").map((f) => f.trim()),
    from: from!.toLowerCase(),
    where: where ? parseConditions(where) : [],
  };
  if (orderField) query.orderBy = { field: orderField, descending: direction?.toUpperCase() === "DESC" };
  for (const [, clause, n] of (paging ?? "").matchAll(/(PAGE|ITEMS)\s+(\d+)/gi)) {
    query[clause!.toLowerCase() as "page" | "items"] = Number(n);
  }
  return query;
}

function parseConditions(text: string): Condition[] {
  const conditions: Condition[] = [];
  CONDITION.lastIndex = 0;
  while (CONDITION.lastIndex < text.length) {
    const match = CONDITION.exec(text);
    if (!match) throw new Error(`cannot parse the condition "${text.slice(CONDITION.lastIndex).trim()}" (the emulator knows field = value joined by AND)`);
    conditions.push({ field: match[1]!, operator: match[2] === "=" ? "=" : "<>", value: literal(match[3]!) });
  }
  return conditions;
}

function literal(token: string): Condition["value"] {
  if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
  if (token.startsWith('"')) return token.slice(1, -1);
  const upper = token.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  if (upper === "NULL") return null;
  return Number(token);
}

export function matches(item: Record<string, unknown>, conditions: Condition[]): boolean {
  return conditions.every(({ field, operator, value }) => {
    const actual = item[field] ?? null;
    // MQL compares loosely: WHERE id = '47105' finds id 47105.
    const equal = actual === value || (actual !== null && value !== null && String(actual) === String(value));
    return operator === "=" ? equal : !equal;
  });
}
