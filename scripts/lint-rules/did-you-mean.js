// Did-you-mean for names: a misspelt extension or field is reported with the name it most likely meant.

/**
 * The name among `known` that `name` most likely misspells (case, `_` for `-`, up to two edits), if any.
 * @param {string} name @param {Iterable<string>} known @returns {string | undefined}
 */
export function closest(name, known) {
  const plain = (/** @type {string} */ text) => text.toLowerCase().replace(/_/g, "-").replace(/^x-/, "");
  let best;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(plain(name), plain(candidate));
    if (distance < bestDistance && distance <= Math.min(2, Math.floor(plain(candidate).length / 3))) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. @param {string} a @param {string} b */
function editDistance(a, b) {
  const width = b.length + 1;
  const d = new Array((a.length + 1) * width).fill(0);
  const at = (/** @type {number} */ i, /** @type {number} */ j) => /** @type {number} */ (d[i * width + j]);
  for (let i = 0; i <= a.length; i++) d[i * width] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      d[i * width + j] = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1), swapped ? at(i - 2, j - 2) + 1 : Infinity);
    }
  }
  return at(a.length, b.length);
}
