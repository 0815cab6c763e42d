/**
 * The end of a call: a promise that rejects when the total time is up or the caller aborts,
 * for racing every step of the call against (attempts and waits alike). One timer per call; no
 * signal is handed to fetch unless cancellation was asked for (see call-loop.ts for why).
 */
export interface Deadline {
  /** Rejects with `onTimeout()` once `ms` have passed, or with the caller's abort reason. Never resolves. */
  readonly reached: Promise<never>;
  /** Aborts when `reached` rejects: for waits, and for requests when real cancellation is wanted. */
  readonly signal: AbortSignal;
  clear(): void;
}

export function startDeadline(ms: number, onTimeout: () => Error, caller?: AbortSignal): Deadline {
  let reject!: (reason: unknown) => void;
  const reached = new Promise<never>((_, r) => (reject = r));
  reached.catch(() => undefined); // observed by races; never an unhandled rejection on its own
  let controller: AbortController | undefined;
  let reason: unknown;
  const end = (why: unknown) => {
    if (reason !== undefined) return;
    reason = why;
    clearTimeout(timer);
    caller?.removeEventListener("abort", onAbort);
    controller?.abort(why);
    reject(why);
  };
  const onAbort = () => end(caller!.reason);
  const timer = setTimeout(() => end(onTimeout()), ms);
  if (caller?.aborted) end(caller.reason);
  else caller?.addEventListener("abort", onAbort, { once: true });
  return {
    reached,
    get signal() {
      if (!controller) {
        controller = new AbortController();
        if (reason !== undefined) controller.abort(reason);
      }
      return controller.signal;
    },
    clear() {
      clearTimeout(timer);
      caller?.removeEventListener("abort", onAbort);
    },
  };
}
