// CloudTrax's error answers as documented: `{ errors: [{ code, context, message, values }] }`,
// the code and message taken from the spec's catalogue (x-error-codes) with `$name$` placeholders filled in.
import type { Reply } from "../../../sandbox/reply.js";
import { errorCodes, type Spec } from "../../../sandbox/spec.js";

/** The catalogue names the emulator answers with. */
const USED = [
  "AccessPointNotFound", "ElementNotFound", "EmptySignatureHeader", "Exception", "InvalidApiVersion", "KeyIsNotMaster",
  "MacAddressWrongFormat", "MacExistsInNetwork", "MacExistsInOtherNetwork", "MacExistsTransferNotConfirmed", "MissingParameter",
  "NameAlreadyExists", "NetworkIdKeyMismatch", "NetworkNotFound", "NoNonceOrTimestamp", "NonceAlreadyExists", "NonceTooLong",
  "RequestUnknownOrNotImplemented", "SignatureWrong", "TimestampOutOfRange", "UnauthorizedKeyAccess", "UnknownKey",
] as const;

export type ErrorName = (typeof USED)[number];
export type ErrorReply = (status: number, name: ErrorName, context: string, values?: Record<string, string>) => Reply;

export function createErrorReply(spec: Spec): ErrorReply {
  const codes = errorCodes(spec, USED);
  const messages = new Map<number, string>(spec["x-error-codes"].map((e: { code: number; message: string }) => [e.code, e.message]));
  return (status, name, context, values = {}) => {
    const code = codes[name];
    // The catalogue writes placeholders as $name$, once as $name without the closing sign.
    const message = (messages.get(code) ?? "").replace(/\$(\w+)\$?/g, (whole, key: string) => values[key] ?? whole);
    return { status, body: { errors: [{ code, context, message, values }] } };
  };
}

/** The status element legacy operations answer on success (code 1009). */
export function successReply(context: string): Reply {
  return { status: 200, body: { code: 1009, message: "Success.", context, values: {} } };
}
