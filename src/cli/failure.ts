import { NetworkError } from "../core/errors/network-error.js";
import { SpecfirstError } from "../core/errors/specfirst-error.js";
import { TimeoutError } from "../core/errors/timeout-error.js";
import { exitCodeFor, isUsageError } from "./exit-codes.js";

/** One line for a failed command (the output redacts it) and its exit code; `host` is where the last request went. */
export function describeFailure(error: unknown, host: string | undefined): { message: string; code: number } {
  const message = error instanceof Error ? error.message : String(error);
  const code = exitCodeFor(error);
  if (error instanceof TimeoutError) return { code, message: `timed out: ${message}${host ? ` waiting for ${host}` : ""} (--timeout <seconds> sets the limit)` };
  if (error instanceof NetworkError) return { code, message: `${message}${host ? `: could not reach ${host}` : ""}` };
  if (isUsageError(error) || error instanceof SpecfirstError) return { code, message };
  return { code, message: `request failed: ${message}` };
}
