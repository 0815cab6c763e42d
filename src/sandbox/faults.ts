// Faults an emulator plays instead of (or around) its normal answer, queued by tests.

/** Which requests a fault applies to: all of them unless `path` (exact pathname or pattern) or `method` narrows it. */
export interface FaultFilter {
  /** The path as the spec writes it (`/network/list`), or a pattern tested against it. */
  path?: string | RegExp;
  method?: string;
  /** How many matching requests get the fault: 3 makes a burst of three. @default 1 */
  times?: number;
}

/**
 * A fault the emulator plays on its next matching request(s):
 * - `status`: answers with this status (and `body`, `headers`, `contentType`) without handling the
 *   request: `{ kind: "status", status: 503, times: 3 }` is a burst of three 503s;
 * - `retry-after`: the same with a `Retry-After` header (delta-seconds or an HTTP date); status 429 unless given;
 * - `slow`: waits `ms` before handling the request and answering normally (a timeout on the client side);
 * - `reset`: handles the request (so its effects happen), sends the headers and half of the body,
 *   then destroys the connection.
 * Clock skew and expired sessions are not per request: see `skewClock()` and `expireSessions()`.
 */
export type Fault = FaultFilter &
  (
    | { kind: "status"; status: number; body?: unknown; contentType?: string; headers?: Record<string, string> }
    | { kind: "retry-after"; status?: number; after: string }
    | { kind: "slow"; ms: number }
    | { kind: "reset" }
  );

/** The faults not yet played, in the order injected; each applies to its next `times` matching requests. */
export class FaultQueue {
  private readonly queue: { fault: Fault; left: number }[] = [];

  add(fault: Fault): void {
    this.queue.push({ fault, left: fault.times ?? 1 });
  }

  clear(): void {
    this.queue.splice(0);
  }

  /** The first queued fault that matches, counted as played once. */
  take(method: string, pathname: string): Fault | undefined {
    const index = this.queue.findIndex(({ fault: { path, method: wanted } }) => {
      if (wanted && wanted.toUpperCase() !== method) return false;
      if (path === undefined) return true;
      return typeof path === "string" ? path === pathname : path.test(pathname);
    });
    if (index < 0) return undefined;
    const entry = this.queue[index]!;
    if (--entry.left <= 0) this.queue.splice(index, 1);
    return entry.fault;
  }
}
