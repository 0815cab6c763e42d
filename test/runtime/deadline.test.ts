import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Deadline, queuedDeadlines } from "../../src/internal/deadline.js";

describe("a call's deadline", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("ends a call with the default limit from the shared ticker, once, within a tick", () => {
    const ended: unknown[] = [];
    const deadline = new Deadline(1000, false, () => "timed out", (reason) => ended.push(reason));
    vi.advanceTimersByTime(999);
    expect(ended).toEqual([]);
    vi.advanceTimersByTime(250);
    expect(ended).toEqual(["timed out"]);
    expect(deadline.reason).toBe("timed out");
    expect(deadline.signal.aborted).toBe(true);
    vi.advanceTimersByTime(5000);
    expect(ended).toHaveLength(1);
  });

  it("ends at once when the caller aborts, and a settled call is never ended later", () => {
    const controller = new AbortController();
    const ended: unknown[] = [];
    new Deadline(60_000, false, () => "timed out", (reason) => ended.push(reason), controller.signal);
    controller.abort("stop");
    expect(ended).toEqual(["stop"]);
    const settled = new Deadline(1000, false, () => "timed out", (reason) => ended.push(reason));
    settled.clear();
    vi.advanceTimersByTime(2000);
    expect(ended).toEqual(["stop"]);
    expect(settled.reason).toBeUndefined();
  });

  it("gives a precise limit its own timer", () => {
    const ended: unknown[] = [];
    new Deadline(30, true, () => "timed out", (reason) => ended.push(reason));
    vi.advanceTimersByTime(30);
    expect(ended).toEqual(["timed out"]);
  });

  it("keeps its queue as long as the calls in flight, not the calls made, even behind one slow call", () => {
    const slow = new Deadline(60_000, false, () => "timed out", () => {});
    for (let i = 0; i < 20_000; i++) new Deadline(60_000, false, () => "timed out", () => {}).clear();
    expect(queuedDeadlines()).toBeGreaterThan(20_000);
    vi.advanceTimersByTime(300);
    expect(queuedDeadlines()).toBe(1);
    slow.clear();
    vi.advanceTimersByTime(300);
    expect(queuedDeadlines()).toBe(0);
  });
});
