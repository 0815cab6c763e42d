// A provider's MCP tools: one per operation (named by operationId) and one per method of its
// commands (Mashery's rpc methods: rpc_member_fetch), each with a self-contained input schema,
// hints from the effect, and a call through the provider's client.
import type { Effect } from "../../core/effects.js";
import { inlineSchema, operationInputSchema, withinBudget } from "../input-schema.js";
import { sendOperation, toRequestInit, type Outcome } from "../invoke.js";
import type { CliClient, ListedProvider } from "../provider.js";
import { operationSpec, type JsonSchema, type SpecDocument } from "../spec.js";

export interface ProviderTool {
  name: string;
  title: string;
  description: string;
  effect: Effect;
  /** It needs credentials (the spec secures it). */
  signed: boolean;
  inputSchema: JsonSchema;
  call(client: CliClient, input: Record<string, unknown>): Promise<Outcome>;
}

const EFFECT_NOTES: Record<Effect, string> = {
  read: "Reads only; changes nothing.",
  idempotent: "Changes state; repeating it changes nothing more.",
  write: "Changes state; each call repeats the change.",
};

/** MCP tool annotations from the effect. A change the spec calls idempotent may still remove data: destructive unless it only reads. */
export function annotations(effect: Effect) {
  return { readOnlyHint: effect === "read", destructiveHint: effect !== "read", idempotentHint: effect !== "write", openWorldHint: true };
}

export function providerTools(provider: ListedProvider, spec: SpecDocument): ProviderTool[] {
  const tools: ProviderTool[] = provider.catalog.operations.map((op) => {
    const { description } = operationSpec(spec, op);
    return {
      name: op.operationId,
      title: op.summary,
      description: [op.summary, description, `${op.method.toUpperCase()} ${op.path}. ${EFFECT_NOTES[op.effect]}`].filter(Boolean).join("\n\n"),
      effect: op.effect,
      signed: op.security.length > 0,
      inputSchema: operationInputSchema(spec, provider.catalog, op),
      call: (client, input) => sendOperation(client, op, toRequestInit(op, input, provider.catalog.bound)),
    };
  });
  for (const [word, command] of Object.entries(provider.cli.commands ?? {})) {
    const methods = command.methods;
    for (const method of methods?.list(spec) ?? []) {
      tools.push({
        name: `${word}_${method.name.replace(/[^A-Za-z0-9_-]/g, "_")}`,
        title: `${word} ${method.name}`,
        description: [`${word} ${method.name}`, method.description, EFFECT_NOTES[method.effect]].filter(Boolean).join("\n\n"),
        effect: method.effect,
        signed: true,
        inputSchema: { type: "object", ...withinBudget((maxDepth) => inlineSchema(spec, method.input, { maxDepth })) },
        call: async (client, input) => ({ ok: true, value: await methods!.call(client, method.name, input) }),
      });
    }
  }
  const seen = new Set<string>();
  for (const tool of tools) {
    if (seen.has(tool.name)) throw new Error(`two ${provider.name} tools would be named ${tool.name}`);
    seen.add(tool.name);
  }
  return tools;
}
