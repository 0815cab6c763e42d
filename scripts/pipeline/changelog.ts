import { bullet } from "./changes/format.js";
import type { Finding } from "./changes/model.js";
import { higherBump, type SemverBump } from "./changes/semver.js";

/*
 * Writes a provider's findings into CHANGELOG.md. Pure and without dates, so the same findings
 * always give the same bytes.
 *
 * CHANGELOG.md keeps one `### <provider> (<bump>)` block per provider under `## Unreleased`.
 * A later build for the same provider adds only the bullets the block lacks and raises the bump
 * if needed, so rebuilding never duplicates anything; cutting a release (renaming "Unreleased")
 * stays a human's job.
 */

const UNRELEASED = /^## \[?unreleased\]?\s*$/i;
const PROVIDER_BLOCK = /^### (\S+) \((major|minor|patch)\)\s*$/;

/** The new CHANGELOG.md: `existing` (or a fresh one) with this provider's changes under "## Unreleased". */
export function appendToChangelog(existing: string | undefined, provider: string, changes: readonly Finding[], bump: SemverBump): string {
  const lines = (existing ?? "# Changelog\n").replace(/\r\n/g, "\n").split("\n");
  while (lines.length && lines[lines.length - 1]!.trim() === "") lines.pop();
  if (!changes.length || bump === "none") return `${lines.join("\n")}\n`;

  const start = ensureUnreleased(lines);
  const end = sectionEnd(lines, start, /^## /);
  const bullets = changes.map(bullet);
  const heading = lines.findIndex((line, i) => i > start && i < end && PROVIDER_BLOCK.exec(line)?.[1] === provider);
  if (heading === -1) {
    // Append at the end of the section, leaving exactly one blank line before the next release.
    let at = end;
    while (at > start + 1 && lines[at - 1]!.trim() === "") at--;
    lines.splice(at, end - at, "", `### ${provider} (${bump})`, "", ...bullets, ...(end < lines.length ? [""] : []));
  } else {
    const previousBump = PROVIDER_BLOCK.exec(lines[heading]!)![2] as SemverBump;
    lines[heading] = `### ${provider} (${higherBump(previousBump, bump)})`;
    const blockEnd = sectionEnd(lines, heading, /^##+ /);
    const present = new Set(lines.slice(heading + 1, blockEnd));
    const missing = bullets.filter((b) => !present.has(b));
    // After the block's last non-blank line, so a hand-wrapped bullet is never split.
    let last = blockEnd - 1;
    while (last > heading && lines[last]!.trim() === "") last--;
    if (missing.length && last > heading) lines.splice(last + 1, 0, ...missing);
    else if (missing.length) lines.splice(heading + 1, 0, "", ...missing, ...(heading + 1 < lines.length && lines[heading + 1]!.trim() !== "" ? [""] : []));
  }
  return `${lines.join("\n")}\n`;
}

/** Index of the "## Unreleased" heading, inserting it before the first released section if missing. */
function ensureUnreleased(lines: string[]): number {
  const found = lines.findIndex((line) => UNRELEASED.test(line));
  if (found !== -1) return found;
  const firstRelease = lines.findIndex((line) => /^## /.test(line));
  if (firstRelease === -1) {
    lines.push("", "## Unreleased");
    return lines.length - 1;
  }
  lines.splice(firstRelease, 0, "## Unreleased", "");
  return firstRelease;
}

/** The first line after `from` that starts a heading matching `next`, or the end of the file. */
function sectionEnd(lines: string[], from: number, next: RegExp): number {
  const found = lines.findIndex((line, i) => i > from && next.test(line));
  return found === -1 ? lines.length : found;
}
