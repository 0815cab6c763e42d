// The local sandbox (`npm run sandbox`): where each provider's emulator listens and the demo
// credentials it accepts, read from each provider's definition (src/providers/<p>/index.ts).

export const SANDBOX_HOST = "127.0.0.1";

interface SandboxProvider {
  name: string;
  sandbox: { port: number; credentials: Readonly<Record<string, string>> };
}

/** SPECFIRST_SANDBOX_<PROVIDER>_PORT, e.g. SPECFIRST_SANDBOX_CLOUDTRAX_PORT. */
export function sandboxPortVariable(provider: { name: string }): string {
  return `SPECFIRST_SANDBOX_${provider.name.toUpperCase()}_PORT`;
}

/** The port from SPECFIRST_SANDBOX_<PROVIDER>_PORT, else the provider's default. */
export function sandboxPort(provider: SandboxProvider, env: Record<string, string | undefined>): number {
  const text = env[sandboxPortVariable(provider)];
  if (text === undefined || text === "") return provider.sandbox.port;
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

/** Client options for the sandbox: its base URL and the demo credentials. */
export function sandboxOptions(provider: SandboxProvider, env: Record<string, string | undefined>): Record<string, string> {
  return { ...provider.sandbox.credentials, baseUrl: sandboxBaseUrl(provider, env) };
}

/** --sandbox, or SPECFIRST_SANDBOX set to 1/true/yes. */
export function sandboxRequested(flag: boolean, env: Record<string, string | undefined>): boolean {
  return flag || /^(1|true|yes|on)$/i.test(env.SPECFIRST_SANDBOX ?? "");
}
