// The JSON-RPC methods as the command line and the MCP server see them: listed from the spec's
// RpcMethods (passed in), each with its effect, its input ({ params: [...] }) and a call through rpc().
import { deref, type SpecDocument } from "../../cli/spec.js";
import { UsageError } from "../../cli/usage-error.js";
import type { Effect } from "../../core/effects.js";
import type { CommandMethod, CommandMethods } from "../../core/provider.js";

/**
 * What a method does, from the verb Mashery names it by: lookups and checks read; updates,
 * deletes, role and cache changes can be repeated without changing more; create and clone (and
 * any verb not known here) are writes.
 */
const EFFECTS: Record<string, Effect> = {
  hello: "read",
  echo: "read",
  list: "read",
  describe: "read",
  query: "read",
  fetch: "read",
  validate: "read",
  getCacheStatus: "read",
  update: "idempotent",
  delete: "idempotent",
  addRole: "idempotent",
  removeRole: "idempotent",
  flushCache: "idempotent",
  expireCacheObject: "idempotent",
  setCacheTTL: "idempotent",
};

export function rpcEffect(method: string): Effect {
  const verb = method.slice(method.lastIndexOf(".") + 1);
  return Object.hasOwn(EFFECTS, verb) ? EFFECTS[verb]! : "write";
}

export const rpcMethods: CommandMethods = {
  list(spec: SpecDocument): CommandMethod[] {
    const catalogue = (spec.components?.schemas?.RpcMethods?.properties ?? {}) as Record<string, { description?: string; properties?: { params?: unknown } }>;
    return Object.entries(catalogue).map(([name, entry]) => {
      const params = { $ref: `#/components/schemas/RpcMethods/properties/${name.replace(/~/g, "~0").replace(/\//g, "~1")}/properties/params` };
      // Methods that take no arguments may leave params out: rpc() sends [].
      const needed = Number(deref<{ minItems?: number }>(spec, entry.properties?.params)?.minItems ?? 0) > 0;
      return {
        name,
        description: entry.description ?? "",
        effect: rpcEffect(name),
        input: { type: "object", properties: { params }, ...(needed ? { required: ["params"] } : {}), additionalProperties: false },
      };
    });
  },
  parse([params, ...extra]) {
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}": pass the params as one JSON array (quote it)`);
    return params === undefined || params.trim() === "" ? {} : { params: parseParams(params) };
  },
  words: (input) => [JSON.stringify(input.params ?? [])],
  // Every method goes through the one POST /json-rpc, a write: only the front door's QPS refusal is repeated.
  retries: "never retried, except after Mashery's over-QPS refusal",
  call(client, method, input) {
    const rpc = (client as { rpc: (method: string, params: unknown[]) => Promise<unknown> }).rpc;
    return rpc(method, (input.params as unknown[] | undefined) ?? []);
  },
};

function parseParams(text: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the params are not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(value)) throw new UsageError("the params must be a JSON array (JSON-RPC params are positional)");
  return value;
}
