import { describe, expect, it } from "vitest";
import { createServerClock } from "../../src/internal/server-clock.js";

const waiting = () => ({ signal: new AbortController().signal });

describe("createServerClock", () => {
  it("learns the offset halfway through the round trip and keeps it", async () => {
    let local = 1_000_000;
    const clock = createServerClock(() => local);
    expect(clock.now()).toBe(1_000_000);
    await clock.correct(clock.generation, async () => {
      local += 200; // the look-up takes 200 ms of local time
      return 5_000_000;
    }, waiting());
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
    await Promise.all([clock.correct(seen, read, waiting()), clock.correct(seen, read, waiting()), clock.correct(seen, read, waiting())]);
    await clock.correct(seen, read, waiting()); // signed before the correction: just re-sign
    expect(lookups).toBe(1);
    await clock.correct(clock.generation, read, waiting()); // refused again after the correction: ask again
    expect(lookups).toBe(2);
  });

  it("keeps the old offset when the look-up fails, and lets the next caller try again", async () => {
    const clock = createServerClock(() => 0);
    await expect(clock.correct(0, () => Promise.reject(new Error("offline")), waiting())).rejects.toThrow("offline");
    expect([clock.now(), clock.generation]).toEqual([0, 0]);
    await clock.correct(0, async () => 42, waiting());
    expect(clock.now()).toBe(42);
  });

  it("cancels the look-up when every caller stopped waiting, and the next caller starts a fresh one", async () => {
    const clock = createServerClock(() => 0);
    const lookUps: AbortSignal[] = [];
    // The first look-up hangs until it is cancelled; the second answers.
    const read = (signal: AbortSignal) =>
      new Promise<number>((resolve, reject) => {
        lookUps.push(signal);
        if (lookUps.length > 1) resolve(42);
        else signal.addEventListener("abort", () => reject(signal.reason));
      });
    const [first, second] = [new AbortController(), new AbortController()];
    const calls = [clock.correct(0, read, first), clock.correct(0, read, second)];
    await new Promise((resolve) => setTimeout(resolve, 5));
    first.abort(new Error("first left"));
    await expect(calls[0]).rejects.toThrow("first left");
    expect(lookUps[0]!.aborted).toBe(false); // the second caller still waits on it
    second.abort(new Error("second left"));
    await expect(calls[1]).rejects.toThrow("second left");
    expect(lookUps[0]!.aborted).toBe(true);
    await clock.correct(0, read, waiting());
    expect(lookUps).toHaveLength(2);
    expect(clock.now()).toBe(42);
  });
});
