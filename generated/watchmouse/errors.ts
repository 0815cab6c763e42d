// Generated from specs/watchmouse (x-error-codes) by scripts/pipeline/render.ts. Do not edit.

/**
 * Every documented WatchMouse API error code by name, e.g. `if (code === WatchMouseError.Ok)`.
 */
export const WatchMouseError = {
  /** 0: okay */
  Ok: 0,
  /** 1000: authentication error */
  AuthenticationError: 1000,
  /** 1001: call syntax error */
  CallSyntaxError: 1001,
  /** 1002: undefined name or id */
  UndefinedNameOrId: 1002,
  /** 1003: account limit exceeded */
  AccountLimitExceeded: 1003,
  /** 1004: database error */
  DatabaseError: 1004,
  /** 1005: duplicate entry */
  DuplicateEntry: 1005,
  /** 1006: upgrade account */
  UpgradeAccount: 1006,
  /** 1007: not yours (anymore) */
  NotYours: 1007,
  /** 1008: session expired */
  SessionExpired: 1008,
  /** 1009: insufficient credits */
  InsufficientCredits: 1009,
  /** 1010: messaging error */
  MessagingError: 1010,
  /** 1011: undefined result */
  UndefinedResult: 1011,
  /** 1012: cannot perform that operation */
  CannotPerformOperation: 1012,
  /** 1013: illegal parameter value */
  IllegalParameterValue: 1013,
  /** 1014: TOS restriction */
  TosRestriction: 1014,
  /** 1015: unconfirmed address */
  UnconfirmedAddress: 1015,
  /** 1016: contact helpdesk first */
  ContactHelpdeskFirst: 1016,
  /** 1017: value not allowed */
  ValueNotAllowed: 1017,
  /** 9999: unsupported feature */
  UnsupportedFeature: 9999,
} as const;

export type WatchMouseErrorName = keyof typeof WatchMouseError;
export type WatchMouseErrorCode = (typeof WatchMouseError)[WatchMouseErrorName];

/** The documented catalogue: code, name and the provider's own message text, in spec order. */
export const watchMouseErrorCatalogue: readonly { code: WatchMouseErrorCode; name: WatchMouseErrorName; message: string }[] = [
  { code: 0, name: "Ok", message: "okay" },
  { code: 1000, name: "AuthenticationError", message: "authentication error" },
  { code: 1001, name: "CallSyntaxError", message: "call syntax error" },
  { code: 1002, name: "UndefinedNameOrId", message: "undefined name or id" },
  { code: 1003, name: "AccountLimitExceeded", message: "account limit exceeded" },
  { code: 1004, name: "DatabaseError", message: "database error" },
  { code: 1005, name: "DuplicateEntry", message: "duplicate entry" },
  { code: 1006, name: "UpgradeAccount", message: "upgrade account" },
  { code: 1007, name: "NotYours", message: "not yours (anymore)" },
  { code: 1008, name: "SessionExpired", message: "session expired" },
  { code: 1009, name: "InsufficientCredits", message: "insufficient credits" },
  { code: 1010, name: "MessagingError", message: "messaging error" },
  { code: 1011, name: "UndefinedResult", message: "undefined result" },
  { code: 1012, name: "CannotPerformOperation", message: "cannot perform that operation" },
  { code: 1013, name: "IllegalParameterValue", message: "illegal parameter value" },
  { code: 1014, name: "TosRestriction", message: "TOS restriction" },
  { code: 1015, name: "UnconfirmedAddress", message: "unconfirmed address" },
  { code: 1016, name: "ContactHelpdeskFirst", message: "contact helpdesk first" },
  { code: 1017, name: "ValueNotAllowed", message: "value not allowed" },
  { code: 9999, name: "UnsupportedFeature", message: "unsupported feature" },
];

/** The catalogue entries for a code (a code may name several documented messages). */
export function describeWatchMouseError(code: unknown): readonly { code: WatchMouseErrorCode; name: WatchMouseErrorName; message: string }[] {
  return watchMouseErrorCatalogue.filter((entry) => entry.code === code);
}
