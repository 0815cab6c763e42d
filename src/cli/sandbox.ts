// The local sandbox (`npm run sandbox`): where each provider's emulator listens by default and the
// demo credentials it accepts. The sandbox script, the emulators and `specfirst … --sandbox` all
// read them from here, so they cannot drift apart.

export const SANDBOX_PROVIDERS = ["cloudtrax", "mashery", "shadowserver", "watchmouse"] as const;
export type SandboxProvider = (typeof SANDBOX_PROVIDERS)[number];

export const SANDBOX_HOST = "127.0.0.1";
export const SANDBOX_DEFAULT_PORTS: Record<SandboxProvider, number> = { cloudtrax: 4010, mashery: 4020, shadowserver: 4030, watchmouse: 4040 };

/** The demo credentials, in each client's own option names. */
export const SANDBOX_CREDENTIALS = {
  /** CloudTrax: the sample account key of the docs' README, with the secret their examples use. */
  cloudtrax: {
    key: "1b88730ac5ba6000a1271e0b2a2edb5a163ce77bf9630850f22f8ca3de490a5f",
    secret: "0032665e503e866e331408bdb1edf02041abc53d21f6b9d70ce4495bee1de31d",
  },
  /** Mashery: the documentation's example key and secret, and the site id of its Python sample. */
  mashery: { apiKey: "2fvmer3qbk7f3jnqneg58bu2", secret: "qvxkmw57pec7", siteId: "789" },
  /** Shadowserver: the key and secret of the docs' examples. */
  shadowserver: { apiKey: "123456798", secret: "MySecret" },
  /** WatchMouse: the demo account's user and API password (a session per call). */
  watchmouse: { user: "ops@example.org", password: "demo-api-password-7" },
} as const;

/** SPECFIRST_SANDBOX_<PROVIDER>_PORT, e.g. SPECFIRST_SANDBOX_CLOUDTRAX_PORT. */
export function sandboxPortVariable(provider: SandboxProvider): string {
  return `SPECFIRST_SANDBOX_${provider.toUpperCase()}_PORT`;
}

/** The port from SPECFIRST_SANDBOX_<PROVIDER>_PORT, else the default. */
export function sandboxPort(provider: SandboxProvider, env: Record<string, string | undefined>): number {
  const text = env[sandboxPortVariable(provider)];
  if (text === undefined || text === "") return SANDBOX_DEFAULT_PORTS[provider];
  return parsePort(text, sandboxPortVariable(provider));
}

export function parsePort(text: string, where: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`${where} must be a port number (0-65535), not "${text}"`);
  return port;
}

/** SPECFIRST_SANDBOX_HOST, else 127.0.0.1. */
export function sandboxHost(env: Record<string, string | undefined>): string {
  return env.SPECFIRST_SANDBOX_HOST || SANDBOX_HOST;
}

export function sandboxBaseUrl(provider: SandboxProvider, env: Record<string, string | undefined>): string {
  const host = sandboxHost(env);
  return `http://${host.includes(":") ? `[${host}]` : host}:${sandboxPort(provider, env)}`;
}

export function isSandboxProvider(name: string): name is SandboxProvider {
  return (SANDBOX_PROVIDERS as readonly string[]).includes(name);
}

/** Client options for the sandbox: its base URL and the demo credentials. */
export function sandboxOptions(provider: SandboxProvider, env: Record<string, string | undefined>): Record<string, unknown> {
  return { ...SANDBOX_CREDENTIALS[provider], baseUrl: sandboxBaseUrl(provider, env) };
}

/** --sandbox, or SPECFIRST_SANDBOX set to 1/true/yes. */
export function sandboxRequested(flag: boolean, env: Record<string, string | undefined>): boolean {
  return flag || /^(1|true|yes|on)$/i.test(env.SPECFIRST_SANDBOX ?? "");
}
