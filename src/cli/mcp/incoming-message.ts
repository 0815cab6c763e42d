// One line from the client, read as JSON-RPC 2.0 demands: a message to hand to the server, or the
// error to answer instead (so a client waiting on an id is never left hanging). The SDK's own reader
// drops such lines without a word.
import { ErrorCode, isJSONRPCRequest, JSONRPCMessageSchema, type JSONRPCMessage, type RequestId } from "@modelcontextprotocol/sdk/types.js";
import { paramsProblem } from "./params-problem.js";

/** A JSON-RPC error answer; its id is null when the message's own could not be read, as JSON-RPC 2.0 says. */
export interface ErrorAnswer {
  jsonrpc: "2.0";
  id: RequestId | null;
  error: { code: number; message: string };
}

export type Incoming = { message: JSONRPCMessage } | { answer: ErrorAnswer } | { blank: true };

// Fatal: a line that is not UTF-8 is a parse error, not text with replacement characters in it.
const utf8 = new TextDecoder("utf-8", { fatal: true });
const MEMBERS = new Set(["jsonrpc", "id", "method", "params", "result", "error"]);

export function errorAnswer(id: RequestId | null, code: number, message: string): ErrorAnswer {
  return { jsonrpc: "2.0", id, error: { code, message } };
}

export function readIncoming(line: Buffer): Incoming {
  let text: string;
  let value: unknown;
  try {
    text = utf8.decode(line).replace(/\r$/, "");
    // Blank lines (a client's spare newlines) carry nothing to answer.
    if (text.trim() === "") return { blank: true };
    value = JSON.parse(text);
  } catch (error) {
    const why = error instanceof SyntaxError ? "not valid JSON" : "not valid UTF-8";
    return { answer: errorAnswer(null, ErrorCode.ParseError, `Parse error: the line is ${why}`) };
  }
  const parsed = JSONRPCMessageSchema.safeParse(value);
  if (!parsed.success) return { answer: errorAnswer(readableId(value), ErrorCode.InvalidRequest, `Invalid Request: ${envelopeProblem(value)}`) };
  const message = parsed.data;
  const problem = isJSONRPCRequest(message) ? paramsProblem(message) : undefined;
  return problem ? { answer: errorAnswer(readableId(message), ErrorCode.InvalidParams, problem) } : { message };
}

function readableId(value: unknown): RequestId | null {
  const id = isObject(value) ? value.id : undefined;
  return typeof id === "string" || Number.isSafeInteger(id) ? (id as RequestId) : null;
}

/** Why a JSON value is not a JSON-RPC message, in one line. */
function envelopeProblem(value: unknown): string {
  if (Array.isArray(value)) return "batches are not supported; send one JSON-RPC object a line";
  if (!isObject(value)) return "a message must be a JSON object";
  if (value.jsonrpc !== "2.0") return 'a message needs "jsonrpc": "2.0"';
  const unknown = Object.keys(value).find((key) => !MEMBERS.has(key));
  if (unknown) return `unexpected member ${JSON.stringify(unknown.length > 40 ? `${unknown.slice(0, 40)}…` : unknown)}`;
  if ("id" in value && readableId(value) === null) return '"id" must be a string or an integer';
  if ("method" in value && typeof value.method !== "string") return '"method" must be a string';
  if ("params" in value && !isObject(value.params)) return '"params" must be an object';
  if (!("method" in value || "result" in value || "error" in value)) return 'a message needs "method" (or "result" or "error" in a response)';
  return "not a JSON-RPC 2.0 request, notification or response";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
