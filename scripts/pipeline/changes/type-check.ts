import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import ts from "typescript";
import { matchOperations, type OpenApiDocument, type OperationEntry } from "./document.js";
import { resolveRef, type Finding } from "./model.js";
import { typeFinding } from "./rules/types.js";

/*
 * What no spec differ sees: whether code written against the previous generated types still
 * compiles against the new ones. The types of both versions (openapi-typescript's output, the
 * generated/<p>/schema.ts of each) go into ONE in-memory TypeScript program with a check file
 * holding, per operation present in both, assignments the compiler judges:
 *
 *   old parameters   → new parameters     (what callers pass must still be accepted)
 *   old request body → new request body   (per media type present in both)
 *   new response     → old response       (what callers read must still fit what they expect)
 *   new headers      → old headers        (per status present in both)
 *
 * Each assignment sits on its own line, so a diagnostic maps back to its operation; its message
 * chain gives the type path (`query.limit`). Removing an optional field is not an assignability
 * error (TypeScript is structural): the spec rules report that.
 */

export interface TypePair {
  provider: string;
  previous: OpenApiDocument;
  next: OpenApiDocument;
  previousTypes: string;
  nextTypes: string;
}

export interface TypeCheckResult {
  findings: Map<string, Finding[]>;
  /** Comparisons the compiler could not set up (a path missing from the generated types, say). */
  problems: string[];
  /** How many assignments were judged. */
  assignments: number;
}

type Rule = Parameters<typeof typeFinding>[0];

interface Assignment {
  provider: string;
  rule: Rule;
  operation: string;
  location: string;
  pointer: string;
  /** Offset of the name assigned to: a diagnostic there is an assignability verdict. */
  at: number;
}

const require = createRequire(import.meta.url);
const LIB_DIR = path.dirname(require.resolve("typescript/lib/lib.es5.d.ts"));
const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  // The generated types need Record and little else: es5 parses fastest.
  lib: ["lib.es5.d.ts"],
  types: [],
  skipLibCheck: true,
};
const libFiles = new Map<string, ts.SourceFile>();

export function checkTypes(pairs: readonly TypePair[]): TypeCheckResult {
  const files = new Map<string, string>();
  const assignments: Assignment[] = [];
  let check = "";
  const line = (text: string) => (check += `${text}\n`);
  for (const pair of pairs) {
    const id = pair.provider.replace(/[^A-Za-z0-9_]/g, "_");
    files.set(`/old/${id}.ts`, pair.previousTypes);
    files.set(`/new/${id}.ts`, pair.nextTypes);
    line(`import type * as O_${id} from "./old/${id}";`);
    line(`import type * as N_${id} from "./new/${id}";`);
    for (const operation of matchOperations(pair.previous, pair.next)) {
      if (!operation.previous || !operation.next) continue;
      const old = `O_${id}.paths[${JSON.stringify(operation.previous.path)}][${JSON.stringify(operation.previous.method)}]`;
      const current = `N_${id}.paths[${JSON.stringify(operation.next.path)}][${JSON.stringify(operation.next.method)}]`;
      const assign = (rule: Rule, location: string, pointer: string, from: string, to: string) => {
        const n = assignments.length;
        line(`declare const a${n}: ${from};`);
        // The compiler reports a failed assignment at the declared name.
        assignments.push({ provider: pair.provider, rule, operation: operation.label, location: `types: ${location}`, pointer, at: check.length + "const ".length });
        line(`const b${n}: ${to} = a${n};`);
      };
      assign("types-parameters-not-assignable", "parameters", operation.next.pointer, `${old}["parameters"]`, `${current}["parameters"]`);
      for (const mediaType of common(bodyContent(pair.previous, operation.previous), bodyContent(pair.next, operation.next))) {
        const body = (op: string) => `NonNullable<${op}["requestBody"]>["content"][${JSON.stringify(mediaType)}]`;
        assign("types-request-body-not-assignable", `request body${mediaType === "application/json" ? "" : ` (${mediaType})`}`, `${operation.next.pointer}/requestBody`, body(old), body(current));
      }
      const responsesBefore = responsesOf(pair.previous, operation.previous);
      const responsesAfter = responsesOf(pair.next, operation.next);
      for (const status of common(Object.keys(responsesBefore), Object.keys(responsesAfter))) {
        const response = (op: string) => `${op}["responses"][${JSON.stringify(status)}]`;
        const pointer = `${operation.next.pointer}/responses/${status}`;
        for (const mediaType of common(Object.keys(responsesBefore[status]!.content ?? {}), Object.keys(responsesAfter[status]!.content ?? {}))) {
          const body = (op: string) => `${response(op)}["content"][${JSON.stringify(mediaType)}]`;
          assign("types-response-body-not-assignable", `response ${status} body${mediaType === "application/json" ? "" : ` (${mediaType})`}`, pointer, body(current), body(old));
        }
        if (responsesBefore[status]!.headers || responsesAfter[status]!.headers) {
          assign("types-response-headers-not-assignable", `response ${status} headers`, pointer, `${response(current)}["headers"]`, `${response(old)}["headers"]`);
        }
      }
    }
  }
  files.set("/check.ts", check);
  return judge(files, assignments);
}

function judge(files: Map<string, string>, assignments: Assignment[]): TypeCheckResult {
  const program = ts.createProgram(["/check.ts"], OPTIONS, host(files));
  const source = program.getSourceFile("/check.ts")!;
  const byOffset = new Map(assignments.map((a) => [a.at, a]));
  const findings = new Map<string, Finding[]>();
  const problems: string[] = [];
  for (const diagnostic of program.getSemanticDiagnostics(source)) {
    const assignment = diagnostic.start === undefined ? undefined : byOffset.get(diagnostic.start);
    if (!assignment) {
      problems.push(ts.flattenDiagnosticMessageText(diagnostic.messageText, " ").slice(0, 300));
      continue;
    }
    const { path: typePath, message } = explain(diagnostic.messageText);
    const list = findings.get(assignment.provider) ?? [];
    list.push(typeFinding(assignment.rule, { operation: assignment.operation, location: assignment.location, detail: typePath ? `\`${typePath}\`: ${message}` : message, pointer: assignment.pointer }));
    findings.set(assignment.provider, list);
  }
  return { findings, problems, assignments: assignments.length };
}

/** The property path the compiler walked ("query.limit") and its innermost complaint. */
export function explain(text: string | ts.DiagnosticMessageChain): { path: string; message: string } {
  const segments: string[] = [];
  let message = typeof text === "string" ? text : text.messageText;
  for (let chain: string | ts.DiagnosticMessageChain | undefined = text; chain !== undefined; chain = typeof chain === "string" ? undefined : chain.next?.[0]) {
    message = typeof chain === "string" ? chain : chain.messageText;
    const property = /^Types of property '(.+?)' are incompatible/.exec(message) ?? /^The types of '(.+?)' are incompatible/.exec(message);
    if (property) segments.push(property[1]!);
    const missing = /^Property '(.+?)' is missing in type/.exec(message);
    if (missing) segments.push(missing[1]!);
  }
  return { path: segments.join("."), message: message.length > 200 ? `${message.slice(0, 199)}…` : message };
}

function host(files: Map<string, string>): ts.CompilerHost {
  const read = (name: string) => files.get(name) ?? (name.startsWith(LIB_DIR) && ts.sys.fileExists(name) ? readFileSync(name, "utf8") : undefined);
  return {
    getSourceFile: (name, language) => {
      if (name.startsWith(LIB_DIR)) {
        // The standard library parses once per process.
        const cached = libFiles.get(name) ?? ts.createSourceFile(name, read(name)!, language);
        libFiles.set(name, cached);
        return cached;
      }
      const text = files.get(name);
      return text === undefined ? undefined : ts.createSourceFile(name, text, language);
    },
    getDefaultLibFileName: () => path.join(LIB_DIR, "lib.es5.d.ts"),
    writeFile: () => undefined,
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    fileExists: (name) => read(name) !== undefined,
    readFile: read,
  };
}

function common(a: Iterable<string>, b: Iterable<string>): string[] {
  const right = new Set(b);
  return [...a].filter((x) => right.has(x));
}

function bodyContent(doc: OpenApiDocument, entry: OperationEntry): string[] {
  return Object.keys((resolveRef(doc, entry.op.requestBody, "").node as any)?.content ?? {});
}

function responsesOf(doc: OpenApiDocument, entry: OperationEntry): Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }> {
  return Object.fromEntries(Object.entries<any>(entry.op.responses ?? {}).map(([status, response]) => [status, resolveRef(doc, response, "").node ?? {}]));
}
