// The command line explaining itself: per-operation help, input checked against the spec with
// did-you-mean, rpc methods listed and suggested, output formats, dry runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { runCli } from "./run-cli.js";
import { startSandbox } from "./servers.js";

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const cli = (...args: string[]) => runCli([...args, "--sandbox"], sandbox.env);
const requests = (name: "cloudtrax" | "mashery") => sandbox.emulators[name].requests.length;

describe("specfirst, helpful", () => {
  it("explains one operation: parameters, body fields with types, the effect, an example", async () => {
    const result = await cli("cloudtrax", "updateNode", "--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^specfirst cloudtrax updateNode: Update a node\n/);
    expect(result.stdout).toContain("PUT /node/{nodeId}");
    expect(result.stdout).toContain("effect: idempotent (changes state; repeating it changes nothing more; retried on failure)");
    expect(result.stdout).toMatch(/parameters:\n\s+nodeId\s+string\s+required, path/);
    expect(result.stdout).toMatch(/body fields:\n(.*\n)*\s+description\s+string/);
    expect(result.stdout).toMatch(/example:\n\s+specfirst cloudtrax updateNode '\{.*"nodeId":/);
    const rpc = await cli("mashery", "rpc", "member.fetch", "--help");
    // A read, but sent as the one JSON-RPC POST, which the client does not repeat.
    expect(rpc.stdout).toContain("effect: read (changes nothing; never retried, except after Mashery's over-QPS refusal)");
    expect(rpc.stdout).toMatch(/params\s+\[string \| object\]\s+required/);
  });

  it("checks keys and types against the spec before sending, with did-you-mean; --no-validate sends anyway", async () => {
    const before = requests("cloudtrax");
    const [misspelt, wrongType] = await Promise.all([
      cli("cloudtrax", "updateNode", '{"nodeId":"548431","descriptionn":"Behind the bar"}'),
      cli("cloudtrax", "updateNode", '{"nodeId":"548431","latitude":"north"}'),
    ]);
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toBe('specfirst: updateNode: unknown field "descriptionn"; did you mean "description"? (--no-validate sends it anyway)\n');
    expect(wrongType.code).toBe(2);
    expect(wrongType.stderr).toContain("latitude must be number");
    expect(requests("cloudtrax")).toBe(before);
    const sent = await cli("cloudtrax", "updateNode", '{"nodeId":"548431","descriptionn":"Behind the bar"}', "--no-validate");
    expect(requests("cloudtrax")).toBe(before + 1);
    expect(JSON.parse(sandbox.emulators.cloudtrax.requests.at(-1)!.text)).toEqual({ descriptionn: "Behind the bar" });
    expect([0, 1]).toContain(sent.code);
  });

  it("lists rpc methods and suggests the closest name, from the provider's own contribution", async () => {
    const before = requests("mashery");
    const [list, typo] = await Promise.all([cli("mashery", "rpc", "--list"), cli("mashery", "rpc", "member.fetchh", '["jdoe_dev"]')]);
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split("\n")).toHaveLength(122);
    expect(list.stdout).toMatch(/\n\s+member\.fetch\s+read\s+Looks up one member/);
    expect(list.stdout).toMatch(/\n\s+member\.create\s+write\s/);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown rpc method "member.fetchh"; did you mean member.fetch?');
    const badParams = await cli("mashery", "rpc", "member.fetch", "[]");
    expect(badParams.code).toBe(2);
    expect(badParams.stderr).toContain("rpc member.fetch: params must NOT have fewer than 1 items");
    expect(requests("mashery")).toBe(before);
  });

  it("prints JSON compact when piped, indented with --pretty, YAML with --format yaml", async () => {
    const [compact, pretty, yaml] = await Promise.all([
      cli("shadowserver", "test/ping"),
      cli("shadowserver", "test/ping", "--pretty"),
      cli("mashery", "rpc", "member.fetch", '["jdoe_dev"]', "--format", "yaml"),
    ]);
    expect(compact.stdout).toMatch(/^\{"pong":"[^"]+"\}\n$/);
    expect(pretty.stdout).toMatch(/^\{\n {2}"pong": "[^"]+"\n\}\n$/);
    expect(yaml.code).toBe(0);
    expect(parseYaml(yaml.stdout)).toMatchObject({ username: "jdoe_dev" });
    expect(yaml.stdout).toContain("username: jdoe_dev\n");
  });

  it("shows the exact request with --dry-run: method, URL, signed headers, body, secrets redacted", async () => {
    const before = requests("cloudtrax");
    const dry = await cli("cloudtrax", "updateNode", '{"nodeId":"548431","description":"Behind the bar"}', "--dry-run");
    expect(dry.code).toBe(0);
    const [first, ...rest] = dry.stdout.trimEnd().split("\n");
    expect(first).toBe(`PUT ${sandbox.emulators.cloudtrax.url}/node/548431`);
    expect(rest).toContain("signature: [redacted]");
    expect(rest.at(-1)).toBe('{"description":"Behind the bar"}');
    expect(requests("cloudtrax")).toBe(before);
  });
});
