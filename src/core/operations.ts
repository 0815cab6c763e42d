/** One row of a provider's generated operation table (generated/<provider>/operations.ts). */
export interface OperationInfo {
  readonly operationId: string;
  readonly method: "get" | "put" | "post" | "delete" | "patch" | "head" | "options";
  readonly path: string;
  readonly summary: string;
  readonly tag?: string;
  /** Set when the path has its own `servers` entry in the spec. */
  readonly server?: string;
  /** Security scheme names; an empty list means the call is anonymous. */
  readonly security: readonly string[];
  /** Safe to repeat: GET/HEAD/PUT/DELETE, or marked `x-idempotent: true` in the spec. */
  readonly idempotent: boolean;
  /** The reference only infers this operation (`x-inferred: true`). */
  readonly inferred: boolean;
  readonly parameters: readonly ParameterInfo[];
  readonly hasBody: boolean;
  /** How the success body is parsed: JSON, or text for CSV and other non-JSON media types. */
  readonly responseType: "json" | "text";
  /** The documented price per credit type (`x-credits`, e.g. `{ api: 1 }`), where the spec gives one. */
  readonly credits?: Readonly<Record<string, number>>;
}

export interface ParameterInfo {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
}

export interface OperationTable {
  readonly defaultServer: string;
  readonly operations: readonly OperationInfo[];
}

const indexes = new WeakMap<OperationTable, Map<string, OperationInfo>>();

/** Finds the operation openapi-fetch is calling, from the request method and the schema path. */
export function findOperation(table: OperationTable, method: string, schemaPath: string): OperationInfo | undefined {
  let index = indexes.get(table);
  if (!index) {
    index = new Map(table.operations.map((op) => [`${op.method} ${op.path}`, op]));
    indexes.set(table, index);
  }
  return index.get(`${method.toLowerCase()} ${schemaPath}`);
}
