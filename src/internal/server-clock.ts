import { SharedFlight, type Waiter } from "./shared-flight.js";

/**
 * A clock that follows a server's: local time plus an offset learnt from the server, for APIs
 * that refuse timestamps outside a window. Concurrent corrections share one look-up, and a
 * request signed before the latest correction is just re-signed instead of asking again.
 */
export interface ServerClock {
  /** Milliseconds since the epoch as the server counts them (local time until corrected). */
  now(): number;
  /** Counts corrections; remember it when signing to tell later whether the clock moved since. */
  readonly generation: number;
  /**
   * Learns the offset from `readServerTime` (server milliseconds), unless a correction newer
   * than `seenGeneration` already happened. Concurrent callers share one look-up; a failed
   * look-up rejects and leaves the offset as it was. A caller stops waiting when its signal aborts;
   * when every caller has, the look-up is cancelled through the signal `readServerTime` gets.
   */
  correct(seenGeneration: number, readServerTime: (signal: AbortSignal) => Promise<number>, waiter: Waiter): Promise<void>;
}

export function createServerClock(localNow: () => number = Date.now): ServerClock {
  let offset = 0;
  let generation = 0;
  let pending: SharedFlight<void> | undefined;
  return {
    now: () => localNow() + offset,
    get generation() {
      return generation;
    },
    correct(seenGeneration, readServerTime, waiter) {
      if (seenGeneration !== generation) return Promise.resolve();
      if (!pending || pending.abandoned) {
        const flight: SharedFlight<void> = new SharedFlight(async (lookUp) => {
          try {
            const sent = localNow();
            const server = await readServerTime(lookUp);
            // The answer describes the moment halfway through the round trip.
            offset = server - (sent + localNow()) / 2;
            generation++;
          } finally {
            if (pending === flight) pending = undefined;
          }
        });
        pending = flight;
      }
      return pending.join(waiter);
    },
  };
}
