/// <reference types="node" />
// The MCP server of one provider, over stdio: its tools listed (reads only unless writes are
// allowed), arguments checked against each tool's schema before any request, answers as JSON,
// failures as tool errors with redacted messages. A bad call never ends the server.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { createRedactor } from "../../core/redact.js";
import { describeFailure } from "../failure.js";
import { bodyText, redactAnswer } from "../output.js";
import type { CliClient, ListedProvider } from "../provider.js";
import type { RequestRecorder } from "../request-recorder.js";
import { closest } from "../suggest.js";
import { inputProblem } from "../validate.js";
import { packageVersion } from "../version.js";
import { LineStdioTransport } from "./stdio-transport.js";
import { annotations, type ProviderTool } from "./tools.js";

export interface McpSettings {
  provider: ListedProvider;
  tools: readonly ProviderTool[];
  allowWrites: boolean;
  client: CliClient;
  recorder: RequestRecorder;
  /** The credentials in use, kept out of everything the server says. */
  secrets: readonly string[];
  /** Why signed tools cannot run (no credentials configured), if so: their calls answer with it. */
  credentialProblem?: string | undefined;
  /** Where what goes wrong outside any request (the input failing, an answer that could not be sent) is told. */
  report(message: string): void;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** `closed` settles once the client is gone: with the error that stopped the input, if it failed rather than ended. */
export async function serveMcp(settings: McpSettings): Promise<{ listed: number; closed: Promise<Error | undefined> }> {
  const { provider, client, recorder, secrets } = settings;
  // The configured credentials, and what the latest requests carried (signatures, a session's key).
  const credentials = () => [...secrets, ...recorder.sentCredentials()];
  const redact = createRedactor(credentials);
  const listed = settings.tools.filter((tool) => settings.allowWrites || tool.effect === "read");
  const byName = new Map(listed.map((tool) => [tool.name, tool]));
  const hidden = new Set(settings.tools.filter((tool) => !byName.has(tool.name)).map((tool) => tool.name));
  const server = new Server(
    { name: `specfirst-${provider.name}`, version: packageVersion() },
    {
      capabilities: { tools: {} },
      instructions: `Calls the ${provider.catalog.title} through specfirst's signed client. ${settings.allowWrites ? "Tools that change state are listed (annotations say which)." : "Only tools that read are listed; the server was started without --allow-writes."}`,
    },
  );
  const failure = (message: string): CallToolResult => ({ isError: true, content: [{ type: "text", text: redact(message) }] });

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: listed.map((tool) => ({ name: tool.name, title: tool.title, description: tool.description, inputSchema: tool.inputSchema as { type: "object" }, annotations: annotations(tool.effect) })),
  }));

  server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
    const { name } = request.params;
    const tool = byName.get(name);
    if (!tool) {
      if (hidden.has(name)) return failure(`${name} changes state: the server lists it only when started with --allow-writes`);
      const close = closest(name, [...byName.keys()]);
      return failure(`unknown tool "${name}"${close.length ? `; did you mean ${close.join(", ")}?` : ""}`);
    }
    const input = request.params.arguments ?? {};
    const problem = inputProblem(tool.inputSchema, input);
    if (problem) return failure(`${name}: ${problem}`);
    if (tool.signed && settings.credentialProblem) return failure(settings.credentialProblem);
    try {
      const outcome = await tool.call(client, input);
      if (!outcome.ok) return failure(`${provider.name} ${name} failed: HTTP ${outcome.status} ${bodyText(outcome.body, redact)}`.trimEnd());
      return result(redactAnswer(outcome.value ?? null, credentials()), outcome.text === true);
    } catch (error) {
      return failure(describeFailure(error, recorder.host()).message);
    }
  });

  const input = settings.input ?? process.stdin;
  const transport = new LineStdioTransport(input, settings.output ?? process.stdout);
  // Whichever way the client goes, a session the provider's client holds is ended once.
  let loggingOut: Promise<unknown> | undefined;
  const logout = () => (loggingOut ??= Promise.resolve(client.logout?.()).catch(() => undefined));
  server.onerror = (error) => settings.report(redact(error.message));
  const closed = new Promise<Error | undefined>((resolve) => {
    server.onclose = () => void logout().finally(() => resolve(transport.failure));
  });
  await server.connect(transport);
  // The client went away (stdin ended; the transport has taken a last unterminated line): the
  // requests it sent are answered, then the session ends and the server stops.
  input.once("end", () => void transport.answered().then(logout).finally(() => server.close()));
  return { listed: listed.length, closed };
}

/** Text as it came; JSON as text for every client, and as structured content (an object: other values are wrapped as { result }). */
function result(value: unknown, text: boolean): CallToolResult {
  if (text && typeof value === "string") return { content: [{ type: "text", text: value }] };
  const structured = value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { result: value };
  return { content: [{ type: "text", text: JSON.stringify(value) }], structuredContent: structured };
}
