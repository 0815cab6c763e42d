/** A hand-moved clock for the emulator: tests advance time instead of waiting for it. */
export function manualClock(start = Date.UTC(2015, 2, 10, 14, 0, 0)) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

export const MINUTES = 60_000;
