/** How the Mashery client retries a call refused with "Account Over Queries Per Second Limit". Other failures go through the shared policy (src/core/policies). */
export interface QpsRetryOptions {
  /** Retries after the first attempt; 0 turns retrying off. @default 4 */
  retries?: number;
  /** Delay before the first retry, doubled for each further one. @default 500 */
  initialDelayMs?: number;
  /** Upper bound of a single delay. @default 8000 */
  maxDelayMs?: number;
  /** Waits between attempts. Tests pass one that advances a fake clock instead of sleeping. @default setTimeout */
  sleep?: (ms: number) => Promise<void>;
}

export type ResolvedRetry = Required<QpsRetryOptions>;

export function resolveRetry(options: QpsRetryOptions = {}): ResolvedRetry {
  return {
    retries: options.retries ?? 4,
    initialDelayMs: options.initialDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 8000,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };
}

/**
 * Exponential delay for retry number `attempt` (0-based) with "equal jitter": half of it fixed,
 * half random, so that clients throttled together do not come back in lockstep.
 */
export function backoffDelay(attempt: number, retry: ResolvedRetry, random: () => number = Math.random): number {
  const ceiling = Math.min(retry.maxDelayMs, retry.initialDelayMs * 2 ** attempt);
  return ceiling / 2 + random() * (ceiling / 2);
}
