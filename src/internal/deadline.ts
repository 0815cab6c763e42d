/**
 * The end of a call: the total timeout, or the caller's abort. When it comes, `onEnd` runs once
 * (the call loop rejects the call's promise with it) and `signal` aborts (it stops waits, and
 * requests when the call asked for cancellation).
 *
 * Most calls never reach their deadline, so the default one costs next to nothing: no timer and no
 * closure of its own, one entry pushed on a queue that a shared ticker checks four times a second
 * (it runs only while calls are in flight and never keeps a process alive). Default deadlines all
 * have the same length, so the queue is in deadline order and the ticker only looks at its head.
 * A precise deadline (a limit or a signal the caller gave) gets its own timer.
 */
export class Deadline {
  /** Set once the deadline has passed or the caller aborted: the reason the call ended. */
  reason: unknown;
  /** When the shared ticker ends this call; 0 once it is settled, or when it has its own timer. */
  at = 0;
  private controller: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private onAbort: (() => void) | undefined;

  private onTimeout: (() => unknown) | undefined;
  private onEnd: ((reason: unknown) => void) | undefined;
  private caller: AbortSignal | undefined;

  constructor(ms: number, precise: boolean, onTimeout: () => unknown, onEnd: (reason: unknown) => void, caller?: AbortSignal) {
    this.onTimeout = onTimeout;
    this.onEnd = onEnd;
    this.caller = caller;
    if (precise) this.timer = setTimeout(() => this.expire(), ms);
    else watch(this, Date.now() + ms);
    if (caller?.aborted) this.end(caller.reason);
    else if (caller) caller.addEventListener("abort", (this.onAbort = () => this.end(caller.reason)), { once: true });
  }

  /** Aborts at the deadline; created on first use. */
  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.reason !== undefined) this.controller.abort(this.reason);
    }
    return this.controller.signal;
  }

  end(why: unknown): void {
    if (this.reason !== undefined) return;
    const onEnd = this.onEnd;
    this.reason = why;
    this.clear();
    this.controller?.abort(why);
    onEnd?.(why);
  }

  /** The call settled: nothing more will end it. */
  clear(): void {
    if (this.at !== 0) {
      this.at = 0;
      live--;
    }
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.onAbort) this.caller!.removeEventListener("abort", this.onAbort);
    // A settled deadline may wait in the queue a while: it must not keep the call's promise and result alive.
    this.onTimeout = this.onEnd = this.caller = this.onAbort = undefined;
  }

  /** Called by the ticker when `at` has passed. */
  expire(): void {
    if (this.onTimeout) this.end(this.onTimeout());
  }
}

const TICK_MS = 250;
/** Default deadlines in the order they were started (so in deadline order); settled ones have `at` 0. */
let queue: Deadline[] = [];
let head = 0;
/** Entries of the queue not settled yet. */
let live = 0;
let ticker: ReturnType<typeof setInterval> | undefined;

function watch(deadline: Deadline, at: number): void {
  deadline.at = at;
  queue.push(deadline);
  live++;
  if (ticker === undefined) {
    ticker = setInterval(tick, TICK_MS);
    (ticker as { unref?: () => void }).unref?.();
  }
}

function tick(): void {
  const now = Date.now();
  while (head < queue.length) {
    const first = queue[head]!;
    if (first.at > now) break;
    head++;
    if (first.at !== 0) first.expire();
  }
  if (live === 0) {
    clearInterval(ticker);
    ticker = undefined;
    queue = [];
    head = 0;
  } else if (queue.length - head > 4 * live + 1024) {
    // One slow call at the head keeps settled ones queued behind it: drop them, so the queue stays
    // as long as the calls in flight, not as the calls made.
    queue = queue.slice(head).filter((deadline) => deadline.at !== 0);
    head = 0;
  } else if (head > 1024) {
    queue = queue.slice(head);
    head = 0;
  }
}

/** How many default deadlines the shared queue holds, settled ones included (for tests of its bound). */
export function queuedDeadlines(): number {
  return queue.length - head;
}
