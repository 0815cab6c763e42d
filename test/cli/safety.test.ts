// The command line as an attacker and a careless user would meet it: servers that echo requests or
// never answer, bad URLs, ports and flags, missing credentials. Exit codes: 0 done, 1 the API
// refused, 2 usage or configuration, 3 network or timeout; no credential in any output.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "./run-cli.js";
import { ECHO_SESSION_KEY, startDisguisedEchoServer, startEchoServer, startSilentServer, type TestServer } from "./servers.js";

const NO_HOME = "/nonexistent-specfirst-home";
/** Distinct credentials per provider and the call that uses them. */
const CASES = [
  { provider: "cloudtrax", env: { CLOUDTRAX_KEY: "ct-key-5d1e8a0b", CLOUDTRAX_SECRET: "ct-secret-c47f19e2" }, args: ["cloudtrax", "network/list"] },
  { provider: "shadowserver", env: { SHADOWSERVER_API_KEY: "ss-key-93be04aa", SHADOWSERVER_API_SECRET: "ss-secret-1f6d2c88" }, args: ["shadowserver", "test/ping"] },
  { provider: "mashery", env: { MASHERY_API_KEY: "ms-key-0a7c33d1", MASHERY_SECRET: "ms-secret-e2b95f40", MASHERY_SITE_ID: "ms-site-6610" }, args: ["mashery", "rpc", "test.hello"] },
  { provider: "mashery", env: { MASHERY_API_KEY: "ms-key-0a7c33d1", MASHERY_SECRET: "ms-secret-e2b95f40", MASHERY_SITE_ID: "ms-site-6610" }, args: ["mashery", "getAreaCacheHitRate", '{"start_date":"2015-11-24T00:00:00Z","end_date":"2015-12-01T00:00:00Z"}'] },
  { provider: "watchmouse", env: { WATCHMOUSE_USER: "wm-user@example.org", WATCHMOUSE_PASSWORD: "wm-password-8e3a" }, args: ["watchmouse", "rule_get"] },
  { provider: "watchmouse", env: { WATCHMOUSE_NKEY: "wm-nkey-4bd70c9e21" }, args: ["watchmouse", "rule_get"] },
] as const;

let refusing: TestServer;
let answering: TestServer;
/** Where dry runs point: it must never receive anything. */
let untouched: TestServer;
let silent: TestServer;
beforeAll(async () => {
  [refusing, answering, untouched, silent] = await Promise.all([startEchoServer(400), startEchoServer(200), startEchoServer(200), startSilentServer()]);
});
afterAll(async () => {
  expect(untouched.received).toEqual([]);
  await Promise.all([refusing.close(), answering.close(), untouched.close(), silent.close()]);
});

function expectNoCredential(result: CliResult, env: Record<string, string>): void {
  for (const value of Object.values(env)) {
    expect(result.stdout).not.toContain(value);
    expect(result.stderr).not.toContain(value);
    expect(result.stdout + result.stderr).not.toContain(encodeURIComponent(value));
  }
}

describe("no credential in any output", () => {
  for (const { provider, env, args } of CASES) {
    const label = `${args.slice(1).join(" ").slice(0, 40)} (${Object.keys(env).join(", ")})`;
    it(`${provider} ${label}: a server echoing the request with 400, with 200, and --dry-run`, async () => {
      const base = { ...env, HOME: NO_HOME };
      const [refused, answered, dry] = await Promise.all([
        runCli([...args, "--base-url", refusing.url], base),
        runCli([...args, "--base-url", answering.url], base),
        runCli([...args, "--base-url", untouched.url, "--dry-run"], base),
      ]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/^specfirst: .*(HTTP 400|without a session key)/);
      expectNoCredential(refused, env);

      expectNoCredential(answered, env);
      expect(answered.stdout + answered.stderr).not.toMatch(/"(signature|hmac2|authorization)":"(?!\[redacted\])/i);

      expect(dry.code).toBe(0);
      expect(dry.stdout).toMatch(new RegExp(`^(GET|POST) ${untouched.url}/`));
      expect(dry.stdout).toContain("[redacted]");
      expectNoCredential(dry, env);
    });
  }
});

describe("no credential in any output, however the server disguises its echo", () => {
  for (const { provider, env, args } of CASES) {
    const label = `${args.slice(1).join(" ").slice(0, 40)} (${Object.keys(env).join(", ")})`;
    it(`${provider} ${label}: percent-encoded and nested JSON echoes, with 200 and 400`, async () => {
      const [ok, refusing] = await Promise.all([startDisguisedEchoServer(200), startDisguisedEchoServer(400)]);
      try {
        const base = { ...env, HOME: NO_HOME };
        const results = await Promise.all([runCli([...args, "--base-url", ok.url], base), runCli([...args, "--base-url", refusing.url], base)]);
        const carried = [...ok.carried, ...refusing.carried];
        // Signatures every time; for a WatchMouse session also the key the client logged in for.
        expect(carried.length).toBeGreaterThanOrEqual(2);
        if ("WATCHMOUSE_USER" in env) expect(carried).toContain(ECHO_SESSION_KEY);
        for (const result of results) {
          expectNoCredential(result, env);
          const printed = result.stdout + result.stderr;
          for (const value of carried) {
            expect(printed).not.toContain(value);
            expect(printed).not.toContain(encodeURIComponent(value));
            expect(printed.toLowerCase()).not.toContain(encodeURIComponent(value).toLowerCase());
          }
        }
      } finally {
        await Promise.all([ok.close(), refusing.close()]);
      }
    });
  }
});

describe("exit codes", () => {
  const shadowserver = { SHADOWSERVER_API_KEY: "ss-key-93be04aa", SHADOWSERVER_API_SECRET: "ss-secret-1f6d2c88", HOME: NO_HOME };

  it("3 within a few seconds when the server never answers (--timeout 2), saying it timed out", async () => {
    const started = Date.now();
    const result = await runCli(["shadowserver", "test/ping", "--base-url", silent.url, "--timeout", "2"], shadowserver);
    expect(result.code).toBe(3);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(result.stderr).toMatch(/^specfirst: timed out: .*timeout of 2000 ms.* waiting for 127\.0\.0\.1:\d+/);
  });

  it("3 when nothing listens, naming the host", async () => {
    const closed = await startSilentServer();
    await closed.close();
    const result = await runCli(["shadowserver", "test/ping", "--base-url", closed.url, "--timeout", "5"], shadowserver);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`could not reach ${new URL(closed.url).host}`);
  });

  it("2 at once for a base URL that is not one, or holds a password, without retries or echo", async () => {
    const started = Date.now();
    const notUrl = await runCli(["shadowserver", "test/ping", "--base-url", "not-a-url"], shadowserver);
    expect(notUrl.code).toBe(2);
    expect(notUrl.stderr).toBe('specfirst: --base-url is not a URL: "not-a-url" (expected e.g. https://api.example.com)\n');
    expect(Date.now() - started).toBeLessThan(4000);
    const userinfo = await runCli(["shadowserver", "test/ping", "--base-url", `http://admin:hunter2-pw@${new URL(silent.url).host}`], shadowserver);
    expect(userinfo.code).toBe(2);
    expect(userinfo.stderr).not.toContain("hunter2-pw");
    const fromEnv = await runCli(["cloudtrax", "time"], { CLOUDTRAX_KEY: "k-123", CLOUDTRAX_SECRET: "s-123", CLOUDTRAX_BASE_URL: "ftp://example.org", HOME: NO_HOME });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toContain("CLOUDTRAX_BASE_URL");
    expect(silent.received).toHaveLength(1);
  });

  it("2 for a bad sandbox port, naming the variable", async () => {
    const result = await runCli(["shadowserver", "test/ping", "--sandbox"], { SPECFIRST_SANDBOX_SHADOWSERVER_PORT: "70000" });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('specfirst: SPECFIRST_SANDBOX_SHADOWSERVER_PORT must be a port number (0-65535), not "70000"\n');
  });

  it("2 for missing credentials, naming the variables and the file", async () => {
    const mashery = await runCli(["mashery", "rpc", "test.hello"], { HOME: NO_HOME, MASHERY_API_KEY: "ms-key-0a7c33d1" });
    expect(mashery.code).toBe(2);
    expect(mashery.stderr).toContain("MASHERY_SECRET, MASHERY_SITE_ID");
    expect(mashery.stderr).toContain(path.join(NO_HOME, ".mashery.ini"));
    expect(mashery.stderr).not.toContain("ms-key-0a7c33d1");
    const shadow = await runCli(["shadowserver", "key/info"], { HOME: NO_HOME });
    expect(shadow.code).toBe(2);
    expect(shadow.stderr).toContain("SHADOWSERVER_API_KEY and SHADOWSERVER_API_SECRET");
    expect(shadow.stderr).toContain(path.join(NO_HOME, ".shadowserver.api"));
    const named = await runCli(["shadowserver", "key/info"], { HOME: NO_HOME, SHADOWSERVER_API_CONFIG: "/nonexistent/creds.api" });
    expect(named.code).toBe(2);
    expect(named.stderr).toContain("/nonexistent/creds.api");
  });

  it("2 for bad flags and for names that only exist on prototypes", async () => {
    const cases = [
      ["shadowserver", "test/ping", "--timeout", "soon"],
      ["shadowserver", "test/ping", "--timeout", "0"],
      ["shadowserver", "test/ping", "--format", "xml"],
      ["shadowserver", "test/ping", "--nope"],
      ["mashery", "constructor"],
      ["mashery", "__proto__"],
      ["mashery", "rpc", "constructor"],
      ["mcp", "toString"],
    ];
    const results = await Promise.all(cases.map((args) => runCli(args, shadowserver)));
    results.forEach((result, i) => {
      expect(result.code, cases[i]!.join(" ")).toBe(2);
      expect(result.stderr, cases[i]!.join(" ")).toMatch(/^specfirst: [^\n]+\n$/);
    });
  });

  it("0 for --version, printing the package's version", async () => {
    const { version } = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../package.json"), "utf8"));
    const result = await runCli(["--version"]);
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});
