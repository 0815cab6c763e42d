import type { OpenApiDocument } from "./document.js";
import { isObject, type Finding, type Level } from "./model.js";
import type { SemverBump } from "./semver.js";

/*
 * The report in its four forms: terminal lines (the build), Markdown (what CHANGELOG.md gets),
 * JSON, and GitHub workflow annotations on the committed generated/<p>/openapi.json. All pure:
 * the same findings always give the same bytes.
 */

export interface ProviderChanges {
  provider: string;
  bump: SemverBump;
  findings: Finding[];
  /** The committed bundle the findings' pointers lead into, and its document (the new one; the old one for a removed provider). */
  file: string;
  document: OpenApiDocument;
}

/** `petstore: minor — 3 changes, 1 breaking`, then one line per finding with its rule id. */
export function terminalLines(changes: ProviderChanges): string[] {
  return [`${changes.provider}: ${changes.bump} — ${count(changes.findings)}`, ...changes.findings.map((f) => `  ${mark(f)} ${oneLine(describe(f))} [${f.rule}]`)];
}

/** "POST /reports/query: request body field `page` added (optional)". */
export function describe(finding: Finding): string {
  return `${finding.operation ? `${finding.operation}: ` : ""}${finding.location} ${finding.detail}`;
}

/** CHANGELOG bullet: "- **BREAKING** `DELETE /x`: operation removed". */
export function bullet(finding: Finding): string {
  const where = finding.operation ? `\`${finding.operation}\`: ` : "";
  return oneLine(`- ${LABEL[finding.level]}${where}${finding.location} ${finding.detail}`);
}

/**
 * Findings quote names from the spec, which is data: a line break in one would start a line of its
 * own in CHANGELOG.md (a forged release heading), an escape sequence would drive the terminal. Both
 * are shown as JSON writes them (`\n`, `\u001b`).
 */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => JSON.stringify(char).slice(1, -1));
}

const LABEL: Record<Level, string> = { breaking: "**BREAKING** ", warning: "**Warning** ", info: "" };

export function markdown(reports: readonly ProviderChanges[]): string {
  if (!reports.length) return "No spec changes.\n";
  return `${reports.map((r) => [`### ${r.provider} (${r.bump})`, "", ...r.findings.map(bullet)].join("\n")).join("\n\n")}\n`;
}

export function json(reports: readonly ProviderChanges[], version: string): string {
  const providers = reports.map((r) => ({
    provider: r.provider,
    bump: r.bump,
    file: r.file,
    findings: r.findings.map((f) => ({ ...f, ...(f.pointer ? { line: lineOf(r.document, f.pointer) } : {}) })),
  }));
  return `${JSON.stringify({ version, providers }, null, 2)}\n`;
}

const COMMAND: Record<Level, string> = { breaking: "error", warning: "warning", info: "notice" };

/** `::error file=generated/p/openapi.json,line=12,title=rule-id::operation: location detail`. */
export function github(reports: readonly ProviderChanges[]): string {
  const lines = reports.flatMap((r) =>
    r.findings.map((f) => {
      const properties = [`file=${escapeProperty(r.file)}`, ...(f.pointer ? [`line=${lineOf(r.document, f.pointer)}`] : []), `title=${escapeProperty(f.rule)}`];
      return `::${COMMAND[f.level]} ${properties.join(",")}::${escapeData(`${r.provider}: ${describe(f)}`)}`;
    }),
  );
  return lines.length ? `${lines.join("\n")}\n` : "";
}

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function count(findings: readonly Finding[]): string {
  const of = (level: Level) => findings.filter((f) => f.level === level).length;
  const parts = [`${findings.length} change${findings.length === 1 ? "" : "s"}`];
  if (of("breaking")) parts.push(`${of("breaking")} breaking`);
  if (of("warning")) parts.push(`${of("warning")} warning${of("warning") === 1 ? "" : "s"}`);
  return parts.join(", ");
}

/** `!` breaking, `?` warning, then `+` added, `-` removed, `~` anything else. */
function mark(finding: Finding): string {
  if (finding.level === "breaking") return "!";
  if (finding.level === "warning") return "?";
  if (/-added(-|$)/.test(finding.rule)) return "+";
  if (/-removed(-|$)/.test(finding.rule)) return "-";
  return "~";
}

/**
 * The line of `pointer` in the document as the build commits it (JSON.stringify with two spaces),
 * or of its nearest ancestor that exists: a removed field points at its parent.
 */
export function lineOf(document: OpenApiDocument, pointer: string): number {
  let line = 1;
  let node: unknown = document;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const entries: [string, unknown][] = Array.isArray(node) ? node.map((v, i) => [String(i), v]) : isObject(node) ? Object.entries(node) : [];
    const index = entries.findIndex(([k]) => k === key);
    if (index === -1) break;
    line += 1 + entries.slice(0, index).reduce((n, [, value]) => n + linesOf(value), 0);
    node = entries[index]![1];
  }
  return line;
}

/** How many lines a value takes in two-space JSON. */
function linesOf(value: unknown): number {
  const children: unknown[] = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : [];
  if (!children.length) return 1;
  return 2 + children.reduce<number>((n, child) => n + linesOf(child), 0);
}
