// `npm run lint`: the build's lint, printed the way `redocly lint` prints it (`--format codeframe`
// by default; stylish, json, github-actions… as Redocly offers). Unlike a bare `redocly lint`, the
// pipeline's own checks run first (a `$ref` that leaves the provider's folder or names a URL is refused
// before anything is read or fetched), then every rule of redocly.yaml on the sources and the
// whole-document rules on the bundle, as in `npm run build`.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatProblems, getTotals, Source, type NormalizedProblem, type OutputFormat } from "@redocly/openapi-core";
import { MAX_SPEC_BYTES } from "./pipeline/bounded-yaml.js";
import { bundleSpecs } from "./pipeline/bundle.js";
import { lintSpecs } from "./pipeline/lint.js";
import { toStageError, type Problem } from "./pipeline/problems.js";
import { loadProject } from "./pipeline/providers.js";

const FORMATS = ["codeframe", "stylish", "json", "checkstyle", "codeclimate", "summary", "github-actions", "markdown", "junit"];
/** The rule a problem of the pipeline's own source checks (confinement, limits, identifiers, server URLs) is reported under. */
const SOURCE_CHECKS = "source-checks";

const { values } = parseArgs({ options: { format: { type: "string", default: "codeframe" }, root: { type: "string", default: process.cwd() } } });
const root = path.resolve(values.root!);
if (!FORMATS.includes(values.format!)) {
  console.error(`--format must be one of ${FORMATS.join(", ")}`);
  process.exit(2);
}

const problems = await lintProject(root);
const totals = getTotals(problems);
formatProblems(problems, { format: values.format as OutputFormat, totals, cwd: root });
if (!["json", "checkstyle", "codeclimate", "junit"].includes(values.format!)) {
  if (totals.errors) console.error(`❌ Validation failed with ${totals.errors} error${totals.errors === 1 ? "" : "s"}${totals.warnings ? ` and ${totals.warnings} warning${totals.warnings === 1 ? "" : "s"}` : ""}.`);
  else if (totals.warnings) console.error(`⚠️ Your API descriptions are valid, with ${totals.warnings} warning${totals.warnings === 1 ? "" : "s"}; the build refuses warnings too.`);
  else console.log("Woohoo! Your API descriptions are valid. 🎉");
}
process.exitCode = problems.length ? 1 : 0;

/** Every problem `npm run build` would stop at in its lint and bundle stages. */
async function lintProject(root: string): Promise<NormalizedProblem[]> {
  try {
    const project = await loadProject(root);
    await lintSpecs(project);
    await bundleSpecs(project);
    return [];
  } catch (error) {
    return toStageError("lint", error).problems.map(toRedocly);
  }
}

/** A pipeline problem as Redocly's formatter takes it: the file (for the code frame), line and column. */
function toRedocly(problem: Problem): NormalizedProblem {
  const file = problem.location?.file ?? path.join(root, "redocly.yaml");
  const start = { line: problem.location?.line ?? 1, col: problem.location?.column ?? 1 };
  return {
    message: problem.message,
    ruleId: problem.rule ?? SOURCE_CHECKS,
    severity: problem.severity ?? "error",
    location: [{ source: new Source(file, readForFrame(file)), start, end: start, pointer: undefined }],
    suggest: [],
  };
}

/** The text of a file for a code frame; nothing for a file that is missing or past the size lint refuses. */
function readForFrame(file: string): string {
  try {
    return statSync(file).size > MAX_SPEC_BYTES ? "" : readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
