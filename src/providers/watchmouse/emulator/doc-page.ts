// `<call>?doc`: the page the API generates for each call (the reference's source for every call),
// built here from the spec: description, price, the parameter table (name / type / default or
// required `*` / notes) and the table of codes.
import type { Reply } from "../../../sandbox/reply.js";
import type { Route } from "../../../sandbox/routes.js";
import { deref, type Spec } from "../../../sandbox/spec.js";
import { escapeXml as escape } from "./represent.js";

/** True for a request whose only parameter is `doc` (`/rule_get?doc`). */
export function asksForDoc(search: URLSearchParams): boolean {
  return [...search.keys()].length === 1 && search.has("doc") && search.get("doc") === "";
}

export function docPage(spec: Spec, route: Route, build: string): Reply {
  const call = route.path.slice(1);
  const operation = route.operation;
  const parameters = (operation.parameters ?? []).map((p: unknown) => deref(spec, p)) as { name: string; required?: boolean; description?: string; schema?: any }[];
  const rows = parameters.map((p) => {
    const schema = deref(spec, p.schema) ?? {};
    const type = [schema.type].flat().filter(Boolean).join("|") + (schema.enum ? ` (${schema.enum.join(", ")})` : "");
    const preset = p.required ? "*" : schema.default !== undefined ? String(schema.default) : "";
    return `<tr><td>${escape(p.name)}</td><td>${escape(type)}</td><td>${escape(preset)}</td><td>${escape(p.description ?? "")}</td></tr>`;
  });
  const price = operation["x-credits"] ? Object.entries<number>(operation["x-credits"]).map(([type, n]) => `${n} ${type}`).join(", ") : "free";
  const codes = (spec["x-error-codes"] ?? []).map((e: { code: number; message: string }) => `<tr><td>${e.code}</td><td>${escape(e.message)}</td></tr>`);
  const title = `CA App Synthetic Monitor API ${build} : ${call}`;
  const body = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escape(title)}</title></head>
<body>
<h1>${escape(call)}</h1>
<p>${escape(operation.summary ?? "")}</p>
<p>${escape(operation.description ?? "")}</p>
<p>Price: ${escape(price)}</p>
<h2>Parameters</h2>
<table><tr><th>name</th><th>type</th><th>default</th><th>notes</th></tr>
${rows.join("\n")}
</table>
<h2>Codes</h2>
<table><tr><th>code</th><th>meaning</th></tr>
${codes.join("\n")}
</table>
</body></html>
`;
  return { status: 200, body, contentType: "text/html; charset=utf-8" };
}
