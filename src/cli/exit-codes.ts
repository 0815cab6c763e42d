import { InvalidRequestError } from "../core/errors/invalid-request-error.js";
import { NetworkError } from "../core/errors/network-error.js";
import { TimeoutError } from "../core/errors/timeout-error.js";
import { UsageError } from "./usage-error.js";

/** The `specfirst` exit codes (README, "Exit codes"). */
export const EXIT = {
  ok: 0,
  /** The API answered with a failure (an HTTP error, a JSON-RPC error, a refused redirect, a body that is not what it claims). */
  refused: 1,
  /** The command line or the configuration is wrong; nothing was sent. */
  usage: 2,
  /** No answer: the server could not be reached, or the time limit fired. */
  unreachable: 3,
} as const;

export function exitCodeFor(error: unknown): number {
  if (isUsageError(error)) return EXIT.usage;
  if (error instanceof NetworkError || error instanceof TimeoutError) return EXIT.unreachable;
  return EXIT.refused;
}

/** A mistake at the keyboard or in the configuration: ours, Node's argument parser's, or the client's refusal to send. */
export function isUsageError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  // Only Node's argument parser errors have a string code starting so; API errors may carry numeric codes.
  return error instanceof UsageError || error instanceof InvalidRequestError || (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"));
}
