// Report resources: parameters checked as the Reporting API documents (ERR_* codes), rows from the
// spec's examples, as JSON or CSV (the server default).
import { deref, exampleReply, jsonPointer, type Reply, type Route, type Spec } from "../kit.js";

type Validator = { check(pointer: string, value: unknown): string | undefined };

const SEVEN_DAYS_MS = 7 * 24 * 3600 * 1000;

export function reportReply(spec: Spec, validator: Validator, route: Route, query: URLSearchParams, knownService: (key: string) => boolean, pathParams: Record<string, string>): Reply {
  const declared = (list: any[] | undefined, ...at: string[]) =>
    (list ?? []).map((p: any, i: number) => ({
      ...deref(spec, p),
      // Shared parameters are $refs: validate against the schema they point at.
      schemaPointer: p.$ref ? `${p.$ref.slice(1)}/schema` : jsonPointer("paths", route.path, ...at, "parameters", String(i), "schema"),
    }));
  const parameters: { name: string; in: string; required?: boolean; schemaPointer: string }[] = [...declared(route.pathItem.parameters), ...declared(route.operation.parameters, "get")];
  for (const p of parameters.filter((x) => x.in === "query")) {
    const raw = query.get(p.name);
    if (raw === null) {
      if (p.required) return invalid(spec, p.name, "");
      continue;
    }
    const value = /^-?\d+$/.test(raw) && p.name.endsWith("limit") ? Number(raw) : raw;
    if (validator.check(p.schemaPointer, value)) return invalid(spec, p.name, raw);
  }
  if (pathParams.service_key !== undefined && !knownService(pathParams.service_key)) return invalid(spec, "service_key", pathParams.service_key);
  const start = query.get("start_date");
  const end = query.get("end_date");
  if (start && end) {
    const span = Date.parse(end) - Date.parse(start);
    if (span <= 0) return invalid(spec, "start_date", start);
    if (span > SEVEN_DAYS_MS) return reportingError(spec, "ERR_INVALID_DATE_RANGE_EXCEEDS_7_DAY_MAX", { range_duration_specified_days: String(Math.ceil(span / 86_400_000)) });
  }
  const example = exampleReply(spec, route.operation);
  const limit = query.get("limit");
  const rows = (example.body as Record<string, unknown>[]).slice(0, limit ? Number(limit) : undefined);
  // CSV unless JSON is asked for: the documented server default.
  if (query.get("format") === "json") return { status: 200, body: rows, contentType: "application/json" };
  return { status: 200, body: toCsv(rows), contentType: "text/csv; charset=utf-8" };
}

function invalid(spec: Spec, parameter: string, value: string): Reply {
  return reportingError(spec, `ERR_INVALID_${parameter.toUpperCase()}`, { [parameter]: value });
}

/** A 400 with the code and its documented message template, placeholders filled in. */
export function reportingError(spec: Spec, errorcode: string, values: Record<string, string>): Reply {
  const template: string = spec["x-error-codes"].find((e: { code: unknown }) => e.code === errorcode).message;
  return { status: 400, body: { errorcode, message: template.replace(/\{:(\w+)\}/g, (_, name: string) => values[name] ?? "") } };
}

function toCsv(rows: Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? "" : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(","), ...rows.map((row) => columns.map((c) => cell(row[c])).join(","))].join("\n") + "\n";
}
