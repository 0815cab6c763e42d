// Generated from specs/mashery (x-error-codes) by scripts/pipeline/render.ts. Do not edit.

/**
 * Every documented Mashery V2 API error code by name, e.g. `if (code === MasheryError.ParseError)`.
 */
export const MasheryError = {
  /** -32700: Parse error */
  ParseError: -32700,
  /** -32603: Internal error */
  InternalError: -32603,
  /** -32602: Invalid params */
  InvalidParams: -32602,
  /** -32601: Method not found */
  MethodNotFound: -32601,
  /** -32600: Invalid Request */
  InvalidRequest: -32600,
  /** 403: Forbidden */
  Forbidden: 403,
  /** 403: Not Authorized */
  NotAuthorized: 403,
  /** 403: Account Inactive */
  AccountInactive: 403,
  /** 403: Account Over Queries Per Second Limit */
  AccountOverQueriesPerSecondLimit: 403,
  /** 403: Account Over Rate Limit */
  AccountOverRateLimit: 403,
  /** 403: Rate Limit Exceeded */
  RateLimitExceeded: 403,
  /** 1000: Invalid Object */
  InvalidObject: 1000,
  /** 1001: Duplicate Object */
  DuplicateObject: 1001,
  /** 1002: Field "{field}" is required */
  FieldRequired: 1002,
  /** 1100: This role cannot be assigned to a member */
  RoleNotAssignable: 1100,
  /** 2003: Delete Failed */
  DeleteFailed: 2003,
  /** ERR_INVALID_APIKEY: The specified apikey "{:apikey}" is not valid. */
  InvalidApikey: "ERR_INVALID_APIKEY",
  /** ERR_INVALID_DATE_RANGE_EXCEEDS_7_DAY_MAX: The specified date range of "{:range_duration_specified_days}" days is longer than the maximum allowed of 7 days. */
  InvalidDateRangeExceeds7DayMax: "ERR_INVALID_DATE_RANGE_EXCEEDS_7_DAY_MAX",
  /** ERR_INVALID_END_DATE: The specified end_date "{:end_date}" is not valid. */
  InvalidEndDate: "ERR_INVALID_END_DATE",
  /** ERR_INVALID_ERRORCODE_LIMIT: The specified errorcode_limit "{:errorcode_limit}" is not valid. */
  InvalidErrorcodeLimit: "ERR_INVALID_ERRORCODE_LIMIT",
  /** ERR_INVALID_FORMAT: The specified format "{:format}" is not valid. */
  InvalidFormat: "ERR_INVALID_FORMAT",
  /** ERR_INVALID_LIMIT: The specified limit "{:limit}" is not valid. */
  InvalidLimit: "ERR_INVALID_LIMIT",
  /** ERR_INVALID_METHOD_LIMIT: The specified method_limit "{:method_limit}" is not valid. */
  InvalidMethodLimit: "ERR_INVALID_METHOD_LIMIT",
  /** ERR_INVALID_SERVICE_DEV_KEY: The specified service_dev_key "{:service_dev_key}" is not valid. */
  InvalidServiceDevKey: "ERR_INVALID_SERVICE_DEV_KEY",
  /** ERR_INVALID_SERVICE_KEY: The specified service_key "{:service_key}" is not valid. */
  InvalidServiceKey: "ERR_INVALID_SERVICE_KEY",
  /** ERR_INVALID_SIG: The specified sig "{:sig}" is not valid. */
  InvalidSig: "ERR_INVALID_SIG",
  /** ERR_INVALID_SITE_ID: The specified site_id "{:site_id}" is not valid. */
  InvalidSiteId: "ERR_INVALID_SITE_ID",
  /** ERR_INVALID_START_DATE: The specified start_date "{:start_date}" is not valid. */
  InvalidStartDate: "ERR_INVALID_START_DATE",
} as const;

export type MasheryErrorName = keyof typeof MasheryError;
export type MasheryErrorCode = (typeof MasheryError)[MasheryErrorName];

/** The documented catalogue: code, name and the provider's own message text, in spec order. */
export const masheryErrorCatalogue: readonly { code: MasheryErrorCode; name: MasheryErrorName; message: string }[] = [
  { code: -32700, name: "ParseError", message: "Parse error" },
  { code: -32603, name: "InternalError", message: "Internal error" },
  { code: -32602, name: "InvalidParams", message: "Invalid params" },
  { code: -32601, name: "MethodNotFound", message: "Method not found" },
  { code: -32600, name: "InvalidRequest", message: "Invalid Request" },
  { code: 403, name: "Forbidden", message: "Forbidden" },
  { code: 403, name: "NotAuthorized", message: "Not Authorized" },
  { code: 403, name: "AccountInactive", message: "Account Inactive" },
  { code: 403, name: "AccountOverQueriesPerSecondLimit", message: "Account Over Queries Per Second Limit" },
  { code: 403, name: "AccountOverRateLimit", message: "Account Over Rate Limit" },
  { code: 403, name: "RateLimitExceeded", message: "Rate Limit Exceeded" },
  { code: 1000, name: "InvalidObject", message: "Invalid Object" },
  { code: 1001, name: "DuplicateObject", message: "Duplicate Object" },
  { code: 1002, name: "FieldRequired", message: "Field \"{field}\" is required" },
  { code: 1100, name: "RoleNotAssignable", message: "This role cannot be assigned to a member" },
  { code: 2003, name: "DeleteFailed", message: "Delete Failed" },
  { code: "ERR_INVALID_APIKEY", name: "InvalidApikey", message: "The specified apikey \"{:apikey}\" is not valid." },
  { code: "ERR_INVALID_DATE_RANGE_EXCEEDS_7_DAY_MAX", name: "InvalidDateRangeExceeds7DayMax", message: "The specified date range of \"{:range_duration_specified_days}\" days is longer than the maximum allowed of 7 days." },
  { code: "ERR_INVALID_END_DATE", name: "InvalidEndDate", message: "The specified end_date \"{:end_date}\" is not valid." },
  { code: "ERR_INVALID_ERRORCODE_LIMIT", name: "InvalidErrorcodeLimit", message: "The specified errorcode_limit \"{:errorcode_limit}\" is not valid." },
  { code: "ERR_INVALID_FORMAT", name: "InvalidFormat", message: "The specified format \"{:format}\" is not valid." },
  { code: "ERR_INVALID_LIMIT", name: "InvalidLimit", message: "The specified limit \"{:limit}\" is not valid." },
  { code: "ERR_INVALID_METHOD_LIMIT", name: "InvalidMethodLimit", message: "The specified method_limit \"{:method_limit}\" is not valid." },
  { code: "ERR_INVALID_SERVICE_DEV_KEY", name: "InvalidServiceDevKey", message: "The specified service_dev_key \"{:service_dev_key}\" is not valid." },
  { code: "ERR_INVALID_SERVICE_KEY", name: "InvalidServiceKey", message: "The specified service_key \"{:service_key}\" is not valid." },
  { code: "ERR_INVALID_SIG", name: "InvalidSig", message: "The specified sig \"{:sig}\" is not valid." },
  { code: "ERR_INVALID_SITE_ID", name: "InvalidSiteId", message: "The specified site_id \"{:site_id}\" is not valid." },
  { code: "ERR_INVALID_START_DATE", name: "InvalidStartDate", message: "The specified start_date \"{:start_date}\" is not valid." },
];

/** The catalogue entries for a code (a code may name several documented messages). */
export function describeMasheryError(code: unknown): readonly { code: MasheryErrorCode; name: MasheryErrorName; message: string }[] {
  return masheryErrorCatalogue.filter((entry) => entry.code === code);
}
