/// <reference types="node" />
// What an emulator received, for assertions: the newest requests only, each body cut to a bounded
// size, so a long-running sandbox or a flood of large bodies cannot grow memory without limit.
import type { IncomingHttpHeaders } from "node:http";

export interface RecordedRequest {
  /** The provider whose emulator received it (set by startSandbox). */
  readonly provider?: string;
  /** Order of arrival across every emulator of the process. */
  readonly seq: number;
  /** When it arrived (ms since the epoch, real time). */
  readonly at: number;
  readonly method: string;
  /** The request URL with the documented base path removed (`/network/list`, not `/api2/network/list`). */
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  /** The caller's IP address. */
  readonly remoteAddress: string;
  /** The body as UTF-8 text, cut to `maxLoggedBodyBytes`. */
  readonly text: string;
  /** The body's full size in bytes. */
  readonly bodyBytes: number;
  /** The status answered; undefined while it is handled, or when the connection was reset. */
  status?: number;
  /** The injected fault that was played on it. */
  fault?: string;
}

/** Defaults: the last 1000 requests, 64 KiB of each body. */
export const LOG_LIMITS = { maxLoggedRequests: 1000, maxLoggedBodyBytes: 64 * 1024 };

let nextSeq = 0;

export class RequestLog {
  /** Oldest first; once full, each new request drops the oldest. */
  readonly entries: RecordedRequest[] = [];

  constructor(
    private readonly limits = LOG_LIMITS,
    private readonly provider?: string,
  ) {}

  add(request: { method: string; url: URL; headers: IncomingHttpHeaders; remoteAddress: string; raw: Buffer }): RecordedRequest {
    const { maxLoggedRequests, maxLoggedBodyBytes } = this.limits;
    const entry: RecordedRequest = {
      ...(this.provider ? { provider: this.provider } : {}),
      seq: nextSeq++,
      at: Date.now(),
      method: request.method,
      url: request.url,
      headers: request.headers,
      remoteAddress: request.remoteAddress,
      text: request.raw.subarray(0, maxLoggedBodyBytes).toString("utf8"),
      bodyBytes: request.raw.length,
    };
    this.entries.push(entry);
    if (this.entries.length > maxLoggedRequests) this.entries.splice(0, this.entries.length - maxLoggedRequests);
    return entry;
  }

  clear(): void {
    this.entries.splice(0);
  }
}
