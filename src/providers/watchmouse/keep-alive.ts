/** The API ends a session after 15 idle minutes; by default the keep-alive pings after 10. */
export const DEFAULT_KEEP_ALIVE_MS = 10 * 60_000;

export interface KeepAlive {
  /** There was activity: count the idle time from now. */
  restart(): void;
  stop(): void;
}

/**
 * Calls `ping` once the session has been idle for `idleMs`. The timer never keeps a process
 * alive on its own (unref where the runtime has it), so a forgotten client does not hang Node.
 */
export function createKeepAlive(idleMs: number, ping: () => Promise<void>): KeepAlive {
  if (!(idleMs > 0 && Number.isFinite(idleMs))) throw new TypeError("keepAlive must be true or a positive number of milliseconds");
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    restart() {
      stop();
      timer = setTimeout(() => {
        timer = undefined;
        // A failed ping is not an error anyone waits for: the next call logs in again if it must.
        ping().catch(() => undefined);
      }, idleMs);
      (timer as { unref?: () => void }).unref?.();
    },
    stop,
  };
}
