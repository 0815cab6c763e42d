// What is wrong with a request's params, checked against the MCP schema of its method before the
// server sees it: the SDK would otherwise answer "Internal error" with the whole schema failure as
// a multi-line dump. Methods the protocol does not define are left to the server (method not found).
import { ClientRequestSchema, type JSONRPCRequest } from "@modelcontextprotocol/sdk/types.js";

const SCHEMA_BY_METHOD = new Map<string, (typeof ClientRequestSchema.options)[number]>(ClientRequestSchema.options.map((schema) => [schema.shape.method.value, schema]));

/** One line naming the method and its first wrong member (`Invalid params for tools/call: params.arguments: expected record, received array`), or undefined when the params fit. */
export function paramsProblem(request: JSONRPCRequest): string | undefined {
  const check = SCHEMA_BY_METHOD.get(request.method)?.safeParse(request);
  const issue = check?.success === false ? check.error.issues[0] : undefined;
  if (!issue) return undefined;
  const where = issue.path.map(String).join(".");
  return `Invalid params for ${request.method}: ${where ? `${where}: ` : ""}${issue.message.replace(/^Invalid input: /, "")}`;
}
