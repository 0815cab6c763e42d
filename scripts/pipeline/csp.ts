// A Content-Security-Policy for each docs page, a second line behind sanitize.ts: only the page's own
// inline scripts (by hash) may run, so markup that got past the sanitiser still runs nothing (no
// event handler, `javascript:` URL, srcdoc document or injected script), and the page loads nothing
// from anywhere else. A policy in a <meta> works for a page opened from file:// too.
import { createHash } from "node:crypto";
import { Parser } from "htmlparser2";

/** `html` with a policy that allows exactly the inline scripts it holds now. */
export function withContentSecurityPolicy(html: string): string {
  const hashes: string[] = [];
  let script: string | undefined;
  const parser = new Parser({
    onopentag: (name) => void (name === "script" && (script = "")),
    ontext: (text) => void (script !== undefined && (script += text)),
    onclosetag: (name) => {
      if (name !== "script" || script === undefined) return;
      hashes.push(`'sha256-${createHash("sha256").update(script).digest("base64")}'`);
      script = undefined;
    },
  });
  parser.write(html);
  parser.end();
  const policy = [
    "default-src 'none'",
    `script-src ${hashes.join(" ") || "'none'"}`,
    "style-src 'unsafe-inline'",
    "img-src data:",
    "font-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return html.replace(/<head>/i, `<head><meta http-equiv="Content-Security-Policy" content="${policy}">`);
}
