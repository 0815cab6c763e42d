// The Mashery Query Language as the docs give it:
//   SELECT <*|fields|relations> FROM <plural type> [WHERE <condition>]
//   [REQUIRE RELATED <plural type> WITH <condition>] [ORDER BY <field> [ASC|DESC]] [PAGE n] [ITEMS n]
// Conditions: =, <>, !=, <, >, <=, >=, LIKE, NOT LIKE, IS [NOT] NULL, joined by AND / OR, grouped
// with parentheses; literals are quoted strings, numbers, TRUE, FALSE and NULL. Keywords are
// case-insensitive.
import { matchesLike } from "../../../sandbox/like.js";

export type Literal = string | number | boolean | null;

export type Condition =
  | { kind: "compare"; field: string; operator: "=" | "<>" | "<" | ">" | "<=" | ">="; value: Literal }
  | { kind: "like"; field: string; pattern: string; negated: boolean }
  | { kind: "null"; field: string; negated: boolean }
  | { kind: "and" | "or"; left: Condition; right: Condition };

export interface ParsedQuery {
  fields: string[];
  /** The plural name as written in FROM (members, package_keys), lower case. */
  from: string;
  where?: Condition;
  /** Only objects with at least one related object of this plural type that fits `where`. */
  requireRelated?: { type: string; where: Condition };
  orderBy?: { field: string; descending: boolean };
  page?: number;
  items?: number;
}

type Token = { type: "word" | "string" | "number" | "symbol"; text: string; at: number };

const TOKEN = /\s*(?:('(?:[^']|'')*')|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?)(?![\w.])|([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)|(<=|>=|<>|!=|[=<>(),*]))/y;

const TRAILING_SPACE = /\s*$/y;
/**
 * Far more than any documented query. Conditions nest as a tree that parsing and matching walk
 * recursively, so a statement of tens of thousands of terms would exhaust the stack.
 */
const MAX_TOKENS = 2000;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    TRAILING_SPACE.lastIndex = TOKEN.lastIndex;
    if (TRAILING_SPACE.test(text)) break;
    if (tokens.length === MAX_TOKENS) throw new Error(`cannot read the query: it has more than ${MAX_TOKENS} words and symbols`);
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) throw new Error(`cannot read the query at character ${at + 1}: "${text.slice(at).trim().slice(0, 20)}"`);
    const [, single, double, number, word, symbol] = match;
    if (single !== undefined) tokens.push({ type: "string", text: single.slice(1, -1).replace(/''/g, "'"), at });
    else if (double !== undefined) tokens.push({ type: "string", text: double.slice(1, -1).replace(/\\(.)/g, "$1"), at });
    else if (number !== undefined) tokens.push({ type: "number", text: number, at });
    else if (word !== undefined) tokens.push({ type: "word", text: word, at });
    else tokens.push({ type: "symbol", text: symbol!, at });
  }
  return tokens;
}

/** Parses a query, or throws an Error whose message says what is not understood. */
export function parseQuery(text: string): ParsedQuery {
  const tokens = tokenize(text);
  let position = 0;
  const peek = () => tokens[position];
  const isKeyword = (word: string, token = peek()) => token?.type === "word" && token.text.toUpperCase() === word;
  const fail = (expected: string): never => {
    const token = peek();
    throw new Error(`cannot parse the query: expected ${expected} ${token ? `at "${token.text}" (character ${token.at + 1})` : "at its end"}`);
  };
  const keyword = (word: string) => (isKeyword(word) ? void position++ : fail(word));
  const symbol = (text: string) => (peek()?.type === "symbol" && peek()!.text === text ? (position++, true) : false);
  const identifier = (what: string): string => {
    const token = peek();
    if (token?.type !== "word") return fail(what);
    position++;
    return token.text;
  };
  const count = (clause: string): number => {
    const token = peek();
    if (token?.type !== "number" || !/^\d+$/.test(token.text)) return fail(`a whole number after ${clause}`);
    position++;
    return Number(token.text);
  };

  function literal(): Literal {
    const token = peek();
    if (!token) return fail("a value");
    position++;
    if (token.type === "string") return token.text;
    if (token.type === "number") return Number(token.text);
    const upper = token.text.toUpperCase();
    if (token.type === "word" && (upper === "TRUE" || upper === "FALSE")) return upper === "TRUE";
    if (token.type === "word" && upper === "NULL") return null;
    position--;
    return fail("a value (a quoted string, a number, TRUE, FALSE or NULL)");
  }

  function comparison(): Condition {
    if (symbol("(")) {
      const inner = disjunction();
      if (!symbol(")")) fail(")");
      return inner;
    }
    const field = identifier("a field name");
    if (isKeyword("IS")) {
      position++;
      const negated = isKeyword("NOT") ? (position++, true) : false;
      keyword("NULL");
      return { kind: "null", field, negated };
    }
    const negated = isKeyword("NOT") ? (position++, true) : false;
    if (isKeyword("LIKE")) {
      position++;
      const pattern = literal();
      if (typeof pattern !== "string") fail("a quoted pattern after LIKE");
      return { kind: "like", field, pattern: pattern as string, negated };
    }
    if (negated) fail("LIKE after NOT");
    const token = peek();
    const operators = ["=", "<>", "!=", "<", ">", "<=", ">="];
    if (token?.type !== "symbol" || !operators.includes(token.text)) return fail("an operator (=, <>, <, >, <=, >=, LIKE, IS NULL)");
    position++;
    const operator = token.text === "!=" ? "<>" : (token.text as "=" | "<>" | "<" | ">" | "<=" | ">=");
    return { kind: "compare", field, operator, value: literal() };
  }

  /** Operands joined by AND (binding tighter) or OR, left to right. */
  function joined(word: "AND" | "OR", operand: () => Condition): Condition {
    let left = operand();
    while (isKeyword(word)) {
      position++;
      left = { kind: word === "AND" ? "and" : "or", left, right: operand() };
    }
    return left;
  }

  function disjunction(): Condition {
    return joined("OR", () => joined("AND", comparison));
  }

  keyword("SELECT");
  const fields: string[] = [];
  do {
    if (symbol("*")) fields.push("*");
    else fields.push(identifier("a field, a relation or *"));
  } while (symbol(","));
  keyword("FROM");
  const query: ParsedQuery = { fields, from: identifier("an object type").toLowerCase() };
  if (isKeyword("WHERE")) {
    position++;
    query.where = disjunction();
  }
  if (isKeyword("REQUIRE")) {
    position++;
    keyword("RELATED");
    const type = identifier("an object type").toLowerCase();
    keyword("WITH");
    query.requireRelated = { type, where: disjunction() };
  }
  if (isKeyword("ORDER")) {
    position++;
    keyword("BY");
    const field = identifier("a field name");
    const direction = isKeyword("ASC") || isKeyword("DESC") ? tokens[position++]!.text.toUpperCase() : "ASC";
    query.orderBy = { field, descending: direction === "DESC" };
  }
  while (isKeyword("PAGE") || isKeyword("ITEMS")) {
    const clause = tokens[position++]!.text.toLowerCase() as "page" | "items";
    query[clause] = count(clause.toUpperCase());
  }
  if (position < tokens.length) fail("the end of the query");
  return query;
}

/** Whether an object fits a condition; `read` looks a (possibly dotted) field up. */
export function matches(condition: Condition | undefined, read: (field: string) => unknown): boolean {
  if (!condition) return true;
  switch (condition.kind) {
    case "and":
      return matches(condition.left, read) && matches(condition.right, read);
    case "or":
      return matches(condition.left, read) || matches(condition.right, read);
    case "null":
      return (read(condition.field) ?? null) === null ? !condition.negated : condition.negated;
    case "like": {
      const value = read(condition.field);
      if (value === null || value === undefined) return false;
      return matchesLike(String(value), condition.pattern) !== condition.negated;
    }
    case "compare":
      return compare(read(condition.field) ?? null, condition.operator, condition.value);
  }
}

function compare(actual: unknown, operator: string, value: Literal): boolean {
  // MQL compares loosely: WHERE id = '47105' finds id 47105, and = NULL finds empty fields.
  if (actual === null || value === null) {
    const equal = actual === value;
    return operator === "=" ? equal : operator === "<>" ? !equal : false;
  }
  const numeric = typeof actual !== "boolean" && typeof value !== "boolean" && Number.isFinite(Number(actual)) && Number.isFinite(Number(value)) && String(actual).trim() !== "";
  const order = numeric ? Math.sign(Number(actual) - Number(value)) : String(actual).localeCompare(String(value));
  const equal = numeric ? order === 0 : String(actual) === String(value);
  switch (operator) {
    case "=": return equal;
    case "<>": return !equal;
    case "<": return order < 0;
    case ">": return order > 0;
    case "<=": return order <= 0;
    default: return order >= 0;
  }
}

