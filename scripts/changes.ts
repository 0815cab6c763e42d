// `npm run changes -- --from <git-ref>`: the build's change report between any commit and the working tree.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { bundleSpecs } from "./pipeline/bundle.js";
import { collectChanges, parsePrevious, type PreviousSource } from "./pipeline/change-report.js";
import { renderRulesDoc } from "./pipeline/changes/catalog.js";
import { github, json, markdown } from "./pipeline/changes/format.js";
import { LEVELS, type Level } from "./pipeline/changes/model.js";
import { formatProblem, StageError } from "./pipeline/problems.js";
import { loadProject } from "./pipeline/providers.js";

const USAGE = `usage: npm run changes -- [--from <git-ref>] [--format markdown|json|github] [--fail-on breaking|warning|info] [--no-types] [--today YYYY-MM-DD]
       npm run changes -- --rules-doc    (rewrites docs/change-rules.md from the rule table)

Compares the specs in the working tree (bundled in memory) with generated/<p>/openapi.json as
committed at <git-ref> (default HEAD). Levels and ignores come from changes.yaml.`;

const FORMATS = { markdown, json, github };

process.exitCode = await main();

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        from: { type: "string", default: "HEAD" },
        format: { type: "string", default: "markdown" },
        "fail-on": { type: "string" },
        "no-types": { type: "boolean", default: false },
        today: { type: "string" },
        "rules-doc": { type: "boolean", default: false },
        root: { type: "string", default: process.cwd() },
        help: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    return usage((error as Error).message);
  }
  const root = path.resolve(values.root!);
  if (values.help) return usage();
  if (values["rules-doc"]) {
    writeFileSync(path.join(root, "docs", "change-rules.md"), renderRulesDoc());
    console.error("wrote docs/change-rules.md");
    return 0;
  }
  const format = values.format as keyof typeof FORMATS;
  if (!Object.hasOwn(FORMATS, format)) return usage(`--format must be markdown, json or github, not ${values.format}`);
  const failOn = values["fail-on"] as Level | undefined;
  if (failOn !== undefined && !LEVELS.includes(failOn)) return usage(`--fail-on must be breaking, warning or info, not ${failOn}`);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) return usage("--today must be YYYY-MM-DD");

  try {
    const source = gitSource(root, values.from!);
    const project = await loadProject(root);
    const bundles = await bundleSpecs(project);
    const report = await collectChanges(project, bundles, { source, typeCheck: !values["no-types"], ...(values.today ? { today: values.today } : {}) });
    for (const line of report.lines.filter((l) => l.startsWith("type check"))) console.error(line);
    console.error(`changes from ${values.from} to the working tree: ${report.summary}`);
    process.stdout.write(FORMATS[format](report.providers, report.version));
    const threshold = failOn ? LEVELS.indexOf(failOn) : Infinity;
    return report.providers.some((p) => p.findings.some((f) => LEVELS.indexOf(f.level) >= threshold)) ? 1 : 0;
  } catch (error) {
    if (error instanceof StageError) for (const problem of error.problems) console.error(formatProblem(problem, root));
    else console.error((error as Error).message);
    return 2;
  }
}

/** generated/<p>/openapi.json as committed at `ref`: the bundle that commit published, with no need to check it out. */
function gitSource(root: string, ref: string): PreviousSource {
  if (ref.startsWith("-")) throw new Error(`not a git ref: ${ref}`);
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
  let commit: string;
  try {
    commit = git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`).trim();
  } catch {
    throw new Error(`not a commit in ${root}: ${ref}`);
  }
  const file = (provider: string) => `generated/${provider}/openapi.json`;
  const committed = git("ls-tree", "-r", "--name-only", commit, "--", "generated")
    .split("\n")
    .map((line) => /^generated\/([^/]+)\/openapi\.json$/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
  return {
    file,
    providers: () => committed,
    read: (provider) => (committed.includes(provider) ? parsePrevious(`${ref}:${file(provider)}`, git("show", `${commit}:${file(provider)}`)) : { state: "missing" }),
  };
}

function usage(problem?: string): number {
  if (problem) console.error(problem);
  console.error(USAGE);
  return problem ? 2 : 0;
}
