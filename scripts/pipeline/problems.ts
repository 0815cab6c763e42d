import path from "node:path";

/** Where a problem comes from: a file and, when known, a 1-based line and column. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

export interface Problem {
  message: string;
  location?: SourceLocation;
  rule?: string;
  /** Set by Redocly's rules (redocly.yaml gives each its severity); the pipeline's own checks are errors. */
  severity?: "error" | "warn";
}

/** A stage failed; every problem says file:line so the maintainer can jump to the cause. */
export class StageError extends Error {
  constructor(
    readonly stage: string,
    readonly problems: Problem[],
  ) {
    super(`${stage} failed with ${problems.length} problem${problems.length === 1 ? "" : "s"}`);
  }
}

export function formatLocation(location: SourceLocation | undefined, root: string): string {
  if (!location) return "";
  const file = path.isAbsolute(location.file) ? path.relative(root, location.file) : location.file;
  return [file, location.line, location.column].filter((part) => part !== undefined).join(":");
}

export function formatProblem(problem: Problem, root: string): string {
  const where = formatLocation(problem.location, root);
  const rule = problem.rule ? ` (${problem.rule})` : "";
  return `${where ? `${where}: ` : ""}${problem.severity ? `${problem.severity}: ` : ""}${problem.message}${rule}`;
}

/** Turns anything thrown inside a stage into a StageError, keeping a file:line when it has one. */
export function toStageError(stage: string, error: unknown, fallbackFile?: string): StageError {
  if (error instanceof StageError) return error;
  const err = error as { message?: string; mark?: { line: number; column: number }; source?: { absoluteRef?: string } };
  const message = err?.message ?? String(error);
  const file = err?.source?.absoluteRef ?? fallbackFile;
  // YAML errors carry a mark, or at least "(line:column)" at the end of their message.
  const position = err?.mark ? { line: err.mark.line + 1, column: err.mark.column + 1 } : parsePosition(message);
  const location = file ? { file, ...position } : undefined;
  return new StageError(stage, [{ message: message.split("\n")[0] ?? message, location }]);
}

function parsePosition(message: string): { line?: number; column?: number } {
  const match = /\((\d+):(\d+)\)\s*$/.exec(message.split("\n")[0] ?? "");
  return match ? { line: Number(match[1]), column: Number(match[2]) } : {};
}
