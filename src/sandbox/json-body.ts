// Request bodies as the emulators read them. A body may be valid JSON and still nested thousands of
// levels deep: stored or echoed back, it would overflow the stack of JSON.stringify on every later
// answer that holds it. No document the emulated APIs take comes near the bound.

export const MAX_JSON_DEPTH = 64;

export type JsonRead = { ok: true; value: unknown } | { ok: false; problem: "not-json" | "too-deep"; reason: string };

export function readJson(text: string): JsonRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: "not-json", reason: "the body is not JSON" };
  }
  return nestedDeeperThan(value, MAX_JSON_DEPTH) ? { ok: false, problem: "too-deep", reason: `the body is JSON nested deeper than ${MAX_JSON_DEPTH} levels` } : { ok: true, value };
}

/** Walks with a list of its own, not recursion, since the value may be as deep as the parser allowed. */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (item === null || typeof item !== "object") continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}
