import type { Effect } from "./effects.js";
import type { Paging } from "./paging.js";

/** One operation as the CLI and the docs describe it (generated/<p>/catalog.ts); the runtime needs less (operations.ts). */
export interface CatalogOperation {
  readonly operationId: string;
  readonly method: "get" | "put" | "post" | "delete" | "patch" | "head" | "options";
  readonly path: string;
  readonly summary: string;
  readonly tag?: string;
  /** The path's own server, where the spec gives one. */
  readonly server?: string;
  readonly effect: Effect;
  /** Security scheme names; an empty list means the call is anonymous. */
  readonly security: readonly string[];
  /** The reference only infers this operation (`x-inferred: true`). */
  readonly inferred: boolean;
  readonly parameters: readonly { readonly name: string; readonly in: "path" | "query" | "header" | "cookie"; readonly required: boolean }[];
  readonly hasBody: boolean;
  /** How the success body is parsed: JSON, or text for CSV and other non-JSON media types. */
  readonly responseType: "json" | "text";
  /** The documented price per credit type (`x-credits`, e.g. `{ api: 1 }`), where the spec gives one. */
  readonly credits?: Readonly<Record<string, number>>;
  /** How the operation pages (`x-paging`), where it does. */
  readonly paging?: Paging;
}

/** A provider's catalogue. */
export interface OperationCatalog {
  readonly title: string;
  readonly operations: readonly CatalogOperation[];
  /** Path parameters the client fills in from its options (never asked of the user). */
  readonly bound: readonly string[];
}
