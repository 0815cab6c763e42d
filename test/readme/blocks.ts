// Reading README.md's code blocks, and pointing a block's clients at the sandbox.

export interface CodeBlock {
  /** The line of the opening fence. */
  line: number;
  /** The heading the block is under. */
  heading: string;
  code: string;
}

/** The fenced blocks of one language, in order. */
export function codeBlocks(markdown: string, lang: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split("\n");
  let heading = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#{1,6} /.test(line)) heading = line.replace(/^#+ /, "");
    if (line.trim() !== "```" + lang) continue;
    const end = lines.findIndex((l, j) => j > i && l.trim() === "```");
    blocks.push({ line: i + 1, heading, code: `${lines.slice(i + 1, end).join("\n")}\n` });
    i = end;
  }
  return blocks;
}

/**
 * Every call of a factory (`createShadowserverClient(options)`) with `baseUrl` set from the
 * environment variable `factories` names for it: `createShadowserverClient({ ...(options), baseUrl })`.
 */
export function withBaseUrls(code: string, factories: Record<string, string>): string {
  let out = "";
  let at = 0;
  const call = new RegExp(`\\b(${Object.keys(factories).join("|")})\\(`, "g");
  for (let match = call.exec(code); match; match = call.exec(code)) {
    const open = match.index + match[0].length;
    const close = closingParen(code, open);
    const args = code.slice(open, close).trim();
    const baseUrl = `baseUrl: process.env.${factories[match[1]!]}`;
    out += code.slice(at, open) + (args ? `{ ...(${args}), ${baseUrl} }` : `{ ${baseUrl} }`);
    at = close;
    call.lastIndex = close;
  }
  return out + code.slice(at);
}

/** The index of the parenthesis that closes the one before `from` (strings and template literals skipped). */
function closingParen(code: string, from: number): number {
  let depth = 1;
  for (let i = from; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"' || c === "'" || c === "`") {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === "\\") i++;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  throw new Error(`unbalanced parentheses after offset ${from}`);
}
