/** A sandbox that could not start: an unknown provider, or a port that is taken or not allowed. */
export class SandboxStartError extends Error {
  constructor(
    message: string,
    /** The provider whose emulator failed to listen. */
    readonly provider?: string,
    /** The system's code (EADDRINUSE, EACCES) when listening failed. */
    readonly code?: string,
  ) {
    super(message);
    this.name = "SandboxStartError";
  }

  static fromListen(error: unknown, provider: string, host: string, port: number): Error {
    const code = (error as { code?: unknown })?.code;
    if (code === "EADDRINUSE") return new SandboxStartError(`port ${port} on ${host} (${provider}) is already in use`, provider, code);
    if (code === "EACCES") return new SandboxStartError(`port ${port} on ${host} (${provider}) cannot be opened (permission denied)`, provider, code);
    return error instanceof Error ? error : new Error(String(error));
  }
}
