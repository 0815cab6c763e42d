// `specfirst mcp <provider>` driven by the MCP SDK's own client over stdio, against the sandbox.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationCatalog as watchmouseCatalog } from "../../generated/watchmouse/catalog.js";
import { providers } from "../../generated/providers.js";
import { ECHO_SESSION_KEY, startDisguisedEchoServer, startEchoServer, startSandbox, type ProviderName } from "./servers.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
const open: Client[] = [];

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await Promise.all(open.map((client) => client.close()));
  await sandbox.close();
});

/** An MCP client connected to `specfirst mcp …` run from source; its stderr is collected. */
async function connect(args: string[], env: Record<string, string> = {}) {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ["--import", "tsx", path.join(ROOT, "generated/cli.ts"), "mcp", ...args],
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: path.join(ROOT, "no-such-home"), ...sandbox.env, ...env },
    stderr: "pipe",
  });
  let stderr = "";
  transport.stderr?.on("data", (chunk) => (stderr += chunk));
  const client = new Client({ name: "specfirst-test", version: "1.0.0" });
  await client.connect(transport);
  open.push(client);
  const call = async (name: string, args: Record<string, unknown> = {}) => (await client.callTool({ name, arguments: args })) as CallToolResult;
  return { client, call, stderr: () => stderr, tools: async () => (await client.listTools()).tools };
}

const text = (result: CallToolResult) => result.content.map((part) => (part.type === "text" ? part.text : "")).join("");
const sent = (provider: ProviderName) => sandbox.emulators[provider].requests.length;

describe("specfirst mcp", () => {
  it("shadowserver: one tool per operation (all read), ping answered through the sandbox, bad arguments refused before any request", async () => {
    const mcp = await connect(["shadowserver", "--sandbox"]);
    const tools = await mcp.tools();
    expect(tools).toHaveLength(21);
    const ping = tools.find((tool) => tool.name === "ping")!;
    expect(ping.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false });
    expect(ping.description).toContain("Check connectivity and credentials");
    expect(ping.inputSchema).toMatchObject({ type: "object", additionalProperties: false });
    const answer = await mcp.call("ping");
    expect(answer.isError).toBeFalsy();
    expect(answer.structuredContent).toEqual({ pong: expect.any(String) });
    expect(JSON.parse(text(answer))).toEqual(answer.structuredContent);

    const before = sent("shadowserver");
    const bad = await mcp.call("queryReports", { report: "united-states", limt: 3 });
    expect(bad.isError).toBe(true);
    expect(text(bad)).toContain('unknown field "limt"; did you mean "limit"?');
    const wrongType = await mcp.call("lookupTrustedProgram", { sample: 42 });
    expect(text(wrongType)).toContain("sample must be string");
    expect(sent("shadowserver")).toBe(before);
    // The server is still there after bad calls.
    const unknown = await mcp.call("pingg");
    expect(text(unknown)).toContain('unknown tool "pingg"; did you mean ping?');
    expect((await mcp.call("lookupTrustedProgram", { sample: "7fe2248de77813ce850053ed0ce8a474" })).isError).toBeFalsy();
    expect(mcp.stderr()).toContain("serving 21 of 21 tools");
  });

  it("watchmouse: no state-changing call without --allow-writes; with it, every operation, hinted by its effect", async () => {
    const readOnly = await connect(["watchmouse", "--sandbox"]);
    const listed = await readOnly.tools();
    const reads = watchmouseCatalog.operations.filter((op) => op.effect === "read").map((op) => op.operationId);
    expect(listed.map((tool) => tool.name).sort()).toEqual([...reads].sort());
    expect(listed.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true);
    const before = sent("watchmouse");
    const refused = await readOnly.call("cpCheck", { host: "example.org" });
    expect(refused.isError).toBe(true);
    expect(text(refused)).toContain("--allow-writes");
    expect(sent("watchmouse")).toBe(before);
    const rules = await readOnly.call("ruleGet");
    expect(rules.isError).toBeFalsy();
    expect(rules.structuredContent).toMatchObject({ code: 0, result: { rules: expect.any(Array) } });
    // The session the calls opened ends when the client goes away.
    const { user } = providers.find((p) => p.name === "watchmouse")!.sandbox.credentials;
    const sessions = () => sandbox.emulators.watchmouse.openSessions(user!);
    expect(sessions()).toBe(1);
    await readOnly.client.close();
    expect(sessions()).toBe(0);

    const all = await connect(["watchmouse", "--sandbox", "--allow-writes"]);
    const tools = new Map((await all.tools()).map((tool) => [tool.name, tool] as const));
    expect(tools.size).toBe(watchmouseCatalog.operations.length);
    expect(tools.get("cpCheck")!.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true, idempotentHint: false });
    expect(tools.get("ruleMod")!.annotations).toMatchObject({ readOnlyHint: false, idempotentHint: true });
  });

  it("cloudtrax: reads listed with schemas from the spec; a call through the signed client", async () => {
    const mcp = await connect(["cloudtrax", "--sandbox"]);
    const tools = await mcp.tools();
    const catalog = providers.find((p) => p.name === "cloudtrax")!.catalog;
    expect(tools).toHaveLength(catalog.operations.filter((op) => op.effect === "read").length);
    const listNodes = tools.find((tool) => tool.name === "listNodes")!;
    expect(listNodes.inputSchema).toMatchObject({ properties: { networkId: { type: "integer" } }, required: ["networkId"] });
    expect(JSON.stringify(tools)).not.toContain("$ref");
    const answer = await mcp.call("listNodes", { networkId: 12478 });
    expect(answer.isError).toBeFalsy();
    expect(answer.structuredContent).toBeTypeOf("object");
    const missing = await mcp.call("listNodes", {});
    expect(text(missing)).toContain("missing networkId");
  });

  it("mashery: reports and rpc methods as tools (typed from RpcMethods), site_id never asked for", async () => {
    const mcp = await connect(["mashery", "--sandbox"]);
    const tools = new Map((await mcp.tools()).map((tool) => [tool.name, tool] as const));
    expect(tools.has("rpc_member_fetch")).toBe(true);
    expect(tools.has("rpc_member_create")).toBe(false);
    for (const tool of tools.values()) expect(JSON.stringify(tool.inputSchema)).not.toContain("site_id");
    expect(tools.get("rpc_member_fetch")!.inputSchema).toMatchObject({ properties: { params: { type: "array", minItems: 1 } }, required: ["params"] });
    const member = await mcp.call("rpc_member_fetch", { params: ["jdoe_dev"] });
    expect(member.isError).toBeFalsy();
    expect(member.structuredContent).toMatchObject({ username: "jdoe_dev" });
    const hello = await mcp.call("rpc_test_hello");
    expect(hello.structuredContent).toEqual({ result: "Hello!" });
    const bad = await mcp.call("rpc_member_fetch", { params: "jdoe_dev" });
    expect(text(bad)).toContain("params must be array");
    const refused = await mcp.call("rpc_member_create", { params: [{ username: "x" }] });
    expect(text(refused)).toContain("--allow-writes");
    const writes = await connect(["mashery", "--sandbox", "--allow-writes"]);
    const created = await writes.call("rpc_member_create", { params: [{ username: "mcp_user", email: "not-an-email" }] });
    expect(created.isError).toBe(true);
    expect(text(created)).toContain("Invalid Object");
  });

  it("answers failures as tool errors without the credentials in use, and names what to set when there are none", async () => {
    const echo = await startEchoServer(403);
    try {
      const secrets = { SHADOWSERVER_API_KEY: "mcp-key-3f9a1c", SHADOWSERVER_API_SECRET: "mcp-secret-77be20" };
      const mcp = await connect(["shadowserver", "--base-url", echo.url], secrets);
      const failed = await mcp.call("ping");
      expect(failed.isError).toBe(true);
      expect(text(failed)).toContain("HTTP 403");
      for (const value of Object.values(secrets)) expect(text(failed) + mcp.stderr()).not.toContain(value);

      const anonymous = await connect(["shadowserver", "--base-url", echo.url]);
      const signed = await anonymous.call("ping");
      expect(text(signed)).toContain("SHADOWSERVER_API_KEY");
      expect(anonymous.stderr()).toContain("SHADOWSERVER_API_KEY");
      expect(echo.received).toHaveLength(1);
    } finally {
      await echo.close();
    }
  });

  it("never shows what the requests carried (a session key the client logged in for, signatures), however the server disguises its echo", async () => {
    const echo = await startDisguisedEchoServer(200);
    try {
      const watchmouse = await connect(["watchmouse", "--base-url", echo.url], { WATCHMOUSE_USER: "mcp-user@example.org", WATCHMOUSE_PASSWORD: "mcp-password-5c2e" });
      const shadowserver = await connect(["shadowserver", "--base-url", echo.url], { SHADOWSERVER_API_KEY: "mcp-key-3f9a1c", SHADOWSERVER_API_SECRET: "mcp-secret-77be20" });
      const shown = text(await watchmouse.call("ruleGet")) + text(await shadowserver.call("ping")) + watchmouse.stderr() + shadowserver.stderr();
      expect(echo.carried).toContain(ECHO_SESSION_KEY);
      expect(echo.carried.length).toBeGreaterThanOrEqual(2);
      for (const value of [...echo.carried, "mcp-password-5c2e", "mcp-key-3f9a1c", "mcp-secret-77be20"]) {
        expect(shown).not.toContain(value);
        expect(shown.toLowerCase()).not.toContain(encodeURIComponent(value).toLowerCase());
      }
    } finally {
      await echo.close();
    }
  });
});
