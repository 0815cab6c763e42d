import { TimeoutError } from "../core/errors/timeout-error.js";
import { NetworkError } from "../core/errors/network-error.js";
import { EXIT, exitCodeFor, isUsageError } from "./exit-codes.js";

/** One line for a failed command (redacted by the output) and its exit code. */
export function describeFailure(error: unknown, host: string | undefined): { message: string; code: number } {
  const message = error instanceof Error ? error.message : String(error);
  const code = exitCodeFor(error);
  if (error instanceof TimeoutError) {
    return { code, message: `timed out: ${message}${host ? ` waiting for ${host}` : ""} (--timeout <seconds> sets the limit)` };
  }
  if (error instanceof NetworkError) return { code, message: `${message}${host ? `: could not reach ${host}` : ""}` };
  if (isUsageError(error) || code !== EXIT.refused || (error as Error)?.name !== "Error") return { code, message };
  return { code, message: `request failed: ${message}` };
}
