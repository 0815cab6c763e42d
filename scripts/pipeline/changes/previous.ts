import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { OpenApiDocument } from "./document.js";

/*
 * Where the previous version of each provider's bundle comes from: the committed
 * generated/<p>/openapi.json of the working tree (the build), or of any commit (`npm run changes
 * --from <ref>`). The bundle, not specs/, because it is what that commit published, it needs no
 * checkout of split files, and the drift check keeps it equal to what specs/ bundled to then.
 */

export type Previous =
  | { state: "missing" }
  | { state: "found"; text: string; document: OpenApiDocument }
  | { state: "unreadable"; file: string; reason: string };

export interface PreviousSource {
  /** Providers that had a bundle. */
  providers(): string[];
  read(provider: string): Previous;
  /** Where the committed bundle lives, for annotations. */
  file(provider: string): string;
}

/** The committed generated/<p>/openapi.json files: what the build compares against. */
export function workingTree(root: string): PreviousSource {
  const file = (provider: string) => `generated/${provider}/openapi.json`;
  return {
    file,
    providers: () => {
      const dir = path.join(root, "generated");
      if (!existsSync(dir)) return [];
      return readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "openapi.json")))
        .map((entry) => entry.name);
    },
    read: (provider) => {
      const absolute = path.join(root, file(provider));
      return existsSync(absolute) ? parsePrevious(file(provider), readFileSync(absolute, "utf8")) : { state: "missing" };
    },
  };
}

/** A merge conflict in the committed copy, say: the build that fixes it must not stop here, nor log every operation as new. */
export function parsePrevious(file: string, text: string): Previous {
  try {
    return { state: "found", text, document: JSON.parse(text) as OpenApiDocument };
  } catch (error) {
    return { state: "unreadable", file, reason: (error as Error).message };
  }
}

/** generated/<p>/openapi.json as committed at `ref`: the bundle that commit published, with no need to check it out. */
export function gitSource(root: string, ref: string, only: ReadonlySet<string> | undefined): PreviousSource {
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
    .filter((name): name is string => name !== undefined && (!only || only.has(name)));
  return {
    file,
    providers: () => committed,
    read: (provider) => (committed.includes(provider) ? parsePrevious(`${ref}:${file(provider)}`, git("show", `${commit}:${file(provider)}`)) : { state: "missing" }),
  };
}
