import { SpecfirstError } from "./specfirst-error.js";

/** A time limit fired: `limit` says which one, a single attempt or the whole call with its retries and waits. */
export class TimeoutError extends SpecfirstError {
  declare readonly limit: "attempt" | "total";
  declare readonly timeoutMs: number;

  constructor(limit: "attempt" | "total", timeoutMs: number, where: { provider: string; operation: string }) {
    super(`${where.provider} ${where.operation}: the ${limit === "attempt" ? "per-attempt" : "overall"} timeout of ${timeoutMs} ms fired`, where);
    this.limit = limit;
    this.timeoutMs = timeoutMs;
  }
}
