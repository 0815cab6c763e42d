// The pipeline's command: `npm run build`, `npm run check`, `npm run watch`.
import { watch } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { isUpToDate } from "./pipeline/cache.js";

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    watch: { type: "boolean", default: false },
    /** Run every stage even when nothing changed since the last build. */
    force: { type: "boolean", default: false },
    root: { type: "string", default: process.cwd() },
  },
});
const root = path.resolve(values.root!);
const log = (line: string) => console.log(line);
// The stages pull in TypeScript, Redocly and esbuild: load them only when there is work to do.
const pipeline = () => import("./pipeline/run.js");

if (values.check) process.exitCode = await runCheck();
else if (values.watch) runWatch();
else process.exitCode = await runBuild();

async function runBuild(): Promise<number> {
  const started = performance.now();
  if (!values.force && isUpToDate(root)) {
    log(`✓ nothing to do: specs, templates, sources and outputs are unchanged since the last build (${((performance.now() - started) / 1000).toFixed(2)}s)`);
    return 0;
  }
  const { build, reportFailure } = await pipeline();
  try {
    const changed = await build(root, log);
    log(changed.length ? `wrote ${changed.length} file(s): ${changed.join(", ")}` : "generated/ already up to date");
    return 0;
  } catch (error) {
    reportFailure(error, root, console.error);
    return 1;
  }
}

async function runCheck(): Promise<number> {
  const { check, reportFailure } = await pipeline();
  try {
    const drift = await check(root, log);
    const lines = [
      ...drift.stale.map((f) => `  stale:    ${f}`),
      ...drift.missing.map((f) => `  missing:  ${f}`),
      ...drift.orphaned.map((f) => `  orphaned: ${f}`),
    ];
    if (!lines.length) {
      log("generated/ is up to date");
      return 0;
    }
    console.error(`generated/ is out of date with specs/ and templates/ (run npm run build):\n${lines.join("\n")}`);
    return 1;
  } catch (error) {
    reportFailure(error, root, console.error);
    return 1;
  }
}

function runWatch(): void {
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  const rebuild = async () => {
    if (running) return void (again = true);
    running = true;
    log(`\n[${new Date().toLocaleTimeString()}] rebuilding`);
    await runBuild();
    running = false;
    if (again) {
      again = false;
      void rebuild();
    }
  };
  for (const dir of ["specs", "templates"]) {
    watch(path.join(root, dir), { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(rebuild, 150);
    });
  }
  log("watching specs/ and templates/ (Ctrl-C to stop)");
  void rebuild();
}
