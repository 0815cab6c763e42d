import { describe, expect, it } from "vitest";
import { createServerClock } from "../../src/internal/server-clock.js";

describe("createServerClock", () => {
  it("learns the offset halfway through the round trip and keeps it", async () => {
    let local = 1_000_000;
    const clock = createServerClock(() => local);
    expect(clock.now()).toBe(1_000_000);
    await clock.correct(clock.generation, async () => {
      local += 200; // the look-up takes 200 ms of local time
      return 5_000_000;
    });
    expect(clock.generation).toBe(1);
    expect(clock.now()).toBe(5_000_000 + 100);
    local += 1_000;
    expect(clock.now()).toBe(5_001_100);
  });

  it("shares one look-up between concurrent callers and skips it for a caller that saw an older clock", async () => {
    const clock = createServerClock(() => 0);
    let lookups = 0;
    const read = async () => {
      lookups++;
      return 60_000;
    };
    const seen = clock.generation;
    await Promise.all([clock.correct(seen, read), clock.correct(seen, read), clock.correct(seen, read)]);
    await clock.correct(seen, read); // signed before the correction: just re-sign
    expect(lookups).toBe(1);
    await clock.correct(clock.generation, read); // refused again after the correction: ask again
    expect(lookups).toBe(2);
  });

  it("keeps the old offset when the look-up fails, and lets the next caller try again", async () => {
    const clock = createServerClock(() => 0);
    await expect(clock.correct(0, () => Promise.reject(new Error("offline")))).rejects.toThrow("offline");
    expect([clock.now(), clock.generation]).toEqual([0, 0]);
    await clock.correct(0, async () => 42);
    expect(clock.now()).toBe(42);
  });
});
