// CloudTrax's error answers as documented: `{ errors: [{ code, context, message, values }] }`,
// the message taken from the spec's catalogue with its `$name$` placeholders filled in.
import { describeCloudTraxError, type CloudTraxErrorCode } from "../../generated/cloudtrax/errors.js";
import type { Reply } from "./kit.js";

export function errorReply(status: number, code: CloudTraxErrorCode, context: string, values: Record<string, string> = {}): Reply {
  const template = describeCloudTraxError(code)[0]?.message ?? "";
  // The catalogue writes placeholders as $name$, once as $name without the closing sign.
  const message = template.replace(/\$(\w+)\$?/g, (whole, name: string) => values[name] ?? whole);
  return { status, body: { errors: [{ code, context, message, values }] } };
}

/** The status element legacy operations answer on success (code 1009). */
export function successReply(context: string): Reply {
  return { status: 200, body: { code: 1009, message: "Success.", context, values: {} } };
}
