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
   * look-up rejects and leaves the offset as it was.
   */
  correct(seenGeneration: number, readServerTime: () => Promise<number>): Promise<void>;
}

export function createServerClock(localNow: () => number = Date.now): ServerClock {
  let offset = 0;
  let generation = 0;
  let pending: Promise<void> | undefined;
  return {
    now: () => localNow() + offset,
    get generation() {
      return generation;
    },
    correct(seenGeneration, readServerTime) {
      if (seenGeneration !== generation) return Promise.resolve();
      pending ??= (async () => {
        try {
          const sent = localNow();
          const server = await readServerTime();
          // The answer describes the moment halfway through the round trip.
          offset = server - (sent + localNow()) / 2;
          generation++;
        } finally {
          pending = undefined;
        }
      })();
      return pending;
    },
  };
}
