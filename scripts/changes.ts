// `npm run changes -- --from <git-ref>`: the build's change report between any commit and the working tree.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { renderRulesDoc } from "./pipeline/changes/catalog.js";
import { github, json, markdown } from "./pipeline/changes/format.js";
import { gitSource } from "./pipeline/changes/previous.js";
import { LEVELS, type Level } from "./pipeline/changes/model.js";
import { formatProblem, StageError } from "./pipeline/problems.js";

const USAGE = `usage: npm run changes -- [--from <git-ref>] [--provider <name>]... [--format markdown|json|github] [--fail-on breaking|warning|info] [--no-types] [--today YYYY-MM-DD]
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
        provider: { type: "string", multiple: true },
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
    const only = values.provider ? new Set(values.provider) : undefined;
    const source = gitSource(root, values.from!, only);
    // Redocly, openapi-typescript and TypeScript load only once the arguments are known to be good.
    const [{ loadProject }, { bundleSpecs }, { collectChanges }] = await Promise.all([import("./pipeline/providers.js"), import("./pipeline/bundle.js"), import("./pipeline/change-report.js")]);
    const loaded = await loadProject(root);
    const unknown = [...(only ?? [])].filter((name) => !loaded.providers.some((p) => p.name === name) && !source.providers().includes(name));
    if (unknown.length) return usage(`no provider ${unknown.join(", ")} in redocly.yaml or at ${values.from}`);
    const project = only ? { ...loaded, providers: loaded.providers.filter((p) => only.has(p.name)) } : loaded;
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

function usage(problem?: string): number {
  if (problem) console.error(problem);
  console.error(USAGE);
  return problem ? 2 : 0;
}
