/**
 * SQL LIKE: `%` any run of characters, `_` exactly one, case-insensitive (as MySQL compares).
 * Matched without a regular expression: `%%%%…z` made a backtracking one run for minutes, and all
 * emulators share one process. This walk backtracks only to the last `%`, so it takes at most
 * text × pattern steps.
 */
export function matchesLike(text: string, pattern: string): boolean {
  const chars = [...text.toLowerCase()];
  const wanted = [...pattern.toLowerCase()];
  let at = 0;
  let next = 0;
  /** The last `%` seen, and where in the text its run currently ends. */
  let star = -1;
  let starEnd = 0;
  while (at < chars.length) {
    const want = wanted[next];
    if (want === "_" || (want !== undefined && want !== "%" && want === chars[at])) {
      at++;
      next++;
    } else if (want === "%") {
      star = next++;
      starEnd = at;
    } else if (star >= 0) {
      // Let the last `%` take one more character and try the rest of the pattern from there.
      next = star + 1;
      at = ++starEnd;
    } else {
      return false;
    }
  }
  while (wanted[next] === "%") next++;
  return next === wanted.length;
}
