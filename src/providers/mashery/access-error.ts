import { ApiError } from "../../core/errors/api-error.js";
import type { components } from "../../../generated/mashery/schema.js";
import type { MasheryFailureDetails } from "./failure.js";

/** The six documented messages of the Mashery front door's HTTP 403. */
export type MasheryAccessDenial = components["schemas"]["ProxyErrorMessage"];

/**
 * Mashery's front door refused the call (HTTP 403). Each documented message has its own subclass,
 * so callers can tell a bad signature from a used-up quota with `instanceof`.
 */
export class MasheryAccessError extends ApiError {
  constructor(
    /** The documented message, e.g. "Not Authorized". */
    readonly reason: MasheryAccessDenial,
    details: MasheryFailureDetails,
  ) {
    super({ provider: "mashery", ...details, message: `Mashery refused ${details.operation}: ${reason} (HTTP 403)` });
  }
}

/** The key has no permission for the method or object. */
export class MasheryForbiddenError extends MasheryAccessError {
  declare readonly reason: "Forbidden";
}
/** The apikey is unknown or the signature does not match (wrong secret, or a clock more than 5 minutes off). */
export class MasheryNotAuthorizedError extends MasheryAccessError {
  declare readonly reason: "Not Authorized";
}
/** The key is not approved yet, or disabled. */
export class MasheryAccountInactiveError extends MasheryAccessError {
  declare readonly reason: "Account Inactive";
}
/** Too many calls within one second; the client already retried with backoff before giving up. */
export class MasheryOverQpsLimitError extends MasheryAccessError {
  declare readonly reason: "Account Over Queries Per Second Limit";
}
/** The key used up its calls for the current rate-limit period. */
export class MasheryOverRateLimitError extends MasheryAccessError {
  declare readonly reason: "Account Over Rate Limit";
}
/** The service as a whole is over capacity. */
export class MasheryRateLimitExceededError extends MasheryAccessError {
  declare readonly reason: "Rate Limit Exceeded";
}

const BY_REASON: Record<MasheryAccessDenial, new (reason: MasheryAccessDenial, details: MasheryFailureDetails) => MasheryAccessError> = {
  Forbidden: MasheryForbiddenError,
  "Not Authorized": MasheryNotAuthorizedError,
  "Account Inactive": MasheryAccountInactiveError,
  "Account Over Queries Per Second Limit": MasheryOverQpsLimitError,
  "Account Over Rate Limit": MasheryOverRateLimitError,
  "Rate Limit Exceeded": MasheryRateLimitExceededError,
};

/** The typed error for a 403 message, or undefined when the message is not one of the documented six. */
export function accessErrorFor(reason: unknown, details: MasheryFailureDetails): MasheryAccessError | undefined {
  if (typeof reason !== "string" || !Object.hasOwn(BY_REASON, reason)) return undefined;
  return new BY_REASON[reason as MasheryAccessDenial](reason as MasheryAccessDenial, details);
}
