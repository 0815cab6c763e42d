import type { Paging } from "../../src/core/paging.js";
import { parsePaging } from "../../src/core/paging-spec.js";
import { StageError } from "./problems.js";

/** An operation's `x-paging`, normalised; a malformed one fails the stage naming the operation. */
export function readPaging(raw: unknown, operation: string): Paging | undefined {
  if (raw === undefined) return undefined;
  const paging = parsePaging(raw);
  if (typeof paging === "string") throw new StageError("render", [{ message: `${operation}: x-paging ${paging}` }]);
  return paging;
}
