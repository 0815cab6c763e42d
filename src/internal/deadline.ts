/**
 * The end of a call: the total timeout, or the caller's abort. When it comes, `onEnd` runs once
 * (the call loop rejects the call's promise with it) and `signal` aborts (it stops waits, and
 * requests when the call asked for cancellation).
 *
 * Most calls never reach their deadline, so the default one is cheap: no timer of its own, one
 * entry in a set that a shared ticker checks four times a second (it runs only while calls are in
 * flight and never keeps a process alive). A precise deadline (a timeout the caller chose) gets
 * its own timer. A timer and a race per call would be paid by every call for the rare one that hangs.
 */
export interface Deadline {
  /** Set once the deadline has passed or the caller aborted: the reason the call ended. */
  readonly reason: unknown;
  /** Aborts at the deadline; created on first use. */
  readonly signal: AbortSignal;
  clear(): void;
}

const TICK_MS = 250;
interface Watched {
  at: number;
  end(): void;
}
const watched = new Set<Watched>();
let ticker: ReturnType<typeof setInterval> | undefined;

function tick(): void {
  const now = Date.now();
  for (const entry of watched) {
    if (entry.at > now) continue;
    watched.delete(entry);
    entry.end();
  }
  if (watched.size === 0 && ticker !== undefined) {
    clearInterval(ticker);
    ticker = undefined;
  }
}

export function startDeadline(ms: number, precise: boolean, onTimeout: () => unknown, onEnd: (reason: unknown) => void, caller?: AbortSignal): Deadline {
  let controller: AbortController | undefined;
  let reason: unknown;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const end = (why: unknown) => {
    if (reason !== undefined) return;
    reason = why;
    stop();
    controller?.abort(why);
    onEnd(why);
  };
  const onAbort = () => end(caller!.reason);
  const entry: Watched | undefined = precise ? undefined : { at: Date.now() + ms, end: () => end(onTimeout()) };
  const stop = () => {
    if (timer !== undefined) clearTimeout(timer);
    if (entry) watched.delete(entry);
    caller?.removeEventListener("abort", onAbort);
  };
  if (entry) {
    watched.add(entry);
    if (ticker === undefined) {
      ticker = setInterval(tick, TICK_MS);
      (ticker as { unref?: () => void }).unref?.();
    }
  } else {
    timer = setTimeout(() => end(onTimeout()), ms);
  }
  if (caller?.aborted) end(caller.reason);
  else caller?.addEventListener("abort", onAbort, { once: true });
  return {
    get reason() {
      return reason;
    },
    get signal() {
      if (!controller) {
        controller = new AbortController();
        if (reason !== undefined) controller.abort(reason);
      }
      return controller.signal;
    },
    clear: stop,
  };
}
