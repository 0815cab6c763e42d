import type { CatalogOperation as OperationInfo, OperationCatalog as OperationTable } from "../core/catalog.js";
import type { CliClient, HttpMethod } from "./provider.js";
import { UsageError } from "./usage-error.js";
import { closest } from "./suggest.js";

/** The name a person types: the path for simple paths (`reports/query`, `acct_login`), else the operationId. */
export function commandName(table: OperationTable, op: OperationInfo): string {
  const plain = !op.path.includes("{") && table.operations.filter((o) => o.path === op.path).length === 1;
  return plain ? op.path.slice(1) : op.operationId;
}

export function findCommand(table: OperationTable, name: string): OperationInfo {
  const wanted = name.replace(/^\/+/, "");
  const op = table.operations.find((o) => o.operationId === wanted || commandName(table, o) === wanted);
  if (op) return op;
  const close = closest(wanted, [...new Set(table.operations.flatMap((o) => [commandName(table, o), o.operationId]))]);
  throw new UsageError(`unknown method "${name}"${close.length ? `; did you mean ${close.slice(0, 3).join(", ")}?` : ""} (--help lists them)`);
}

export function parseInput(text: string | undefined): Record<string, unknown> {
  if (text === undefined || text.trim() === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the request is not valid JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new UsageError("the request must be a JSON object");
  return value as Record<string, unknown>;
}

/**
 * Sorts a flat JSON object into openapi-fetch's path/query/header params and the body, by the spec.
 * Bound parameters (Mashery's site_id) are the client's business: they are not required here.
 */
export function toRequestInit(op: OperationInfo, input: Record<string, unknown>, bound: readonly string[] = []) {
  const params: Record<"path" | "query" | "header" | "cookie", Record<string, unknown>> = { path: {}, query: {}, header: {}, cookie: {} };
  const body: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    const parameter = op.parameters.find((p) => p.name === name);
    if (parameter) params[parameter.in][name] = value;
    else if (op.hasBody) body[name] = value;
    else {
      const known = op.parameters.map((p) => p.name).join(", ") || "none";
      throw new UsageError(`"${name}" is not a parameter of ${op.operationId} (parameters: ${known})`);
    }
  }
  const missing = op.parameters.filter((p) => p.required && !bound.includes(p.name) && params[p.in][p.name] === undefined).map((p) => p.name);
  if (missing.length) throw new UsageError(`${op.operationId} needs ${missing.join(", ")}`);
  return { params, ...(op.hasBody ? { body } : {}), parseAs: op.responseType };
}

/** How a call ended: the answer (`text` when it is text, CSV say), or the API's refusal (status and body, not yet redacted). */
export type Outcome = { ok: true; value: unknown; text?: boolean } | { ok: false; status: number; body: unknown };

/** Sends one operation with the client (its GET/POST/… by the spec's method). */
export async function sendOperation(client: CliClient, op: OperationInfo, init: Record<string, unknown>): Promise<Outcome> {
  const call = client[op.method.toUpperCase() as HttpMethod];
  const { data, error, response } = await call(op.path, init);
  if (error !== undefined || !response.ok) return { ok: false, status: response.status, body: error };
  // A report asked for as CSV is text whatever the spec's default media type.
  return { ok: true, value: data, text: typeof data === "string" };
}
