import type { Finding } from "./model.js";

export type SemverBump = "major" | "minor" | "patch" | "none";

export const BUMP_ORDER: readonly SemverBump[] = ["none", "patch", "minor", "major"];

/**
 * The bump the highest level asks for. From 1.0: breaking → major, any other finding → minor,
 * details only → patch. Below 1.0 (SemVer §4: anything may change) everything moves one place
 * down, as npm's caret ranges do: breaking → minor (`^0.1.0` does not take 0.2.0), the rest →
 * patch.
 */
export function semverBump(findings: readonly Finding[], version: string): SemverBump {
  if (!findings.length) return "none";
  const initial = /^0\./.test(version);
  if (findings.some((f) => f.level === "breaking")) return initial ? "minor" : "major";
  if (findings.every((f) => f.rule === "details-changed")) return "patch";
  return initial ? "patch" : "minor";
}

export function higherBump(a: SemverBump, b: SemverBump): SemverBump {
  return BUMP_ORDER.indexOf(a) >= BUMP_ORDER.indexOf(b) ? a : b;
}
