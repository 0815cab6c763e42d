/** A caller waiting on a shared request: its signal aborts when it gives up (made on first use, so read only to wait). */
export interface Waiter {
  readonly signal: AbortSignal;
}

/**
 * One request in flight that every caller needing it shares (a login, a clock look-up), cancelled
 * when the last caller stops waiting. Without that, a caller that gave up (abort, timeout) would
 * leave a hung request behind as the shared one, and every later caller would join it and wait on
 * it for as long as it hangs.
 */
export class SharedFlight<T> {
  /** What the request ends with, for code that is not a waiting caller (logout waits for a login to land). */
  readonly result: Promise<T>;
  private readonly controller = new AbortController();
  private waiters = 0;
  private settled = false;

  constructor(start: (signal: AbortSignal) => Promise<T>) {
    // Started on the next microtask, so `start` never runs (or fails) before the caller holds the flight.
    this.result = Promise.resolve(this.controller.signal).then(start);
    const done = () => {
      this.settled = true;
    };
    // Cancellation with nobody waiting is not an unhandled rejection.
    this.result.then(done, done);
  }

  /** Every caller that waited stopped waiting, so the request was cancelled: start a new one. */
  get abandoned(): boolean {
    return this.controller.signal.aborted;
  }

  /**
   * The result for one caller, who stops waiting when its signal aborts (rejecting with its reason).
   * Once the request has ended the result is returned as it is, without reading the signal (a
   * call's signal is made on first use, and most calls find the login long settled).
   */
  join(waiter: Waiter): Promise<T> {
    if (this.settled) return this.result;
    const { signal } = waiter;
    if (signal.aborted) return Promise.reject(signal.reason);
    this.waiters++;
    return new Promise<T>((resolve, reject) => {
      let waiting = true;
      const stopWaiting = () => {
        if (!waiting) return false;
        waiting = false;
        signal.removeEventListener("abort", onAbort);
        this.waiters--;
        return true;
      };
      const onAbort = () => {
        if (!stopWaiting()) return;
        if (this.waiters === 0) this.controller.abort(signal.reason);
        reject(signal.reason);
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.result.then(
        (value) => stopWaiting() && resolve(value),
        (error: unknown) => stopWaiting() && reject(error),
      );
    });
  }
}
