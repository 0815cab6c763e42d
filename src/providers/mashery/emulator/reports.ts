// Report resources: parameters checked against the spec as the Reporting API documents (ERR_* codes),
// rows shaped like the spec's examples, as JSON or CSV (the server default). Rows name only developer
// keys the JSON-RPC store has for the service, and a /developer/{service_dev_key} report is about
// that key alone.
import type { Reply } from "../../../sandbox/reply.js";
import { checkParameters } from "../../../sandbox/request-check.js";
import type { Route } from "../../../sandbox/routes.js";
import { exampleReply, type Spec } from "../../../sandbox/spec.js";
import type { Validator } from "../../../sandbox/validator.js";

const SEVEN_DAYS_MS = 7 * 24 * 3600 * 1000;

export interface ReportRequest {
  route: Route;
  query: URLSearchParams;
  pathParams: Record<string, string>;
  /** The apikeys of the store's keys for a service (empty when the service is unknown). */
  developerKeys(serviceKey: string): Set<string>;
  serviceExists(serviceKey: string): boolean;
}

export function reportReply(spec: Spec, validator: Validator, request: ReportRequest): Reply {
  const { route, query, pathParams } = request;
  const problem = checkParameters(spec, validator, route, { path: pathParams, query: Object.fromEntries(query) });
  if (problem) return invalid(spec, problem.name, query.get(problem.name) ?? pathParams[problem.name] ?? "");
  const service = pathParams.service_key;
  const developer = pathParams.service_dev_key;
  if (service !== undefined && !request.serviceExists(service)) return invalid(spec, "service_key", service);
  const keys = service !== undefined ? request.developerKeys(service) : new Set<string>();
  if (developer !== undefined && !keys.has(developer)) return invalid(spec, "service_dev_key", developer);
  const start = query.get("start_date");
  const end = query.get("end_date");
  if (start && end) {
    const span = Date.parse(end) - Date.parse(start);
    if (span <= 0) return invalid(spec, "start_date", start);
    if (span > SEVEN_DAYS_MS) return reportingError(spec, "ERR_INVALID_DATE_RANGE_EXCEEDS_7_DAY_MAX", { range_duration_specified_days: String(Math.ceil(span / 86_400_000)) });
  }
  const limit = query.get("limit");
  const rows = (structuredClone(exampleReply(spec, route.operation).body) as Record<string, unknown>[])
    .map((row) => ({
      ...row,
      ...(service !== undefined && "serviceKey" in row ? { serviceKey: service } : {}),
      ...(developer !== undefined && "serviceDevKey" in row ? { serviceDevKey: developer } : {}),
    }))
    .filter((row) => !("serviceDevKey" in row) || keys.has(String(row.serviceDevKey)))
    .slice(0, limit ? Number(limit) : undefined);
  // CSV unless JSON is asked for: the documented server default.
  if (query.get("format") === "json") return { status: 200, body: rows, contentType: "application/json" };
  return { status: 200, body: toCsv(rows), contentType: "text/csv; charset=utf-8" };
}

function invalid(spec: Spec, parameter: string, value: string): Reply {
  return reportingError(spec, `ERR_INVALID_${parameter.toUpperCase()}`, { [parameter]: value });
}

/** A 400 with the code and its documented message template, placeholders filled in. */
export function reportingError(spec: Spec, errorcode: string, values: Record<string, string>): Reply {
  const entry = spec["x-error-codes"].find((e: { code: unknown }) => e.code === errorcode) as { message: string } | undefined;
  const [parameter] = Object.keys(values);
  // A parameter without an ERR_INVALID_* code of its own still gets the Reporting API's shape.
  const message = entry ? entry.message.replace(/\{:(\w+)\}/g, (_, name: string) => values[name] ?? "") : `${parameter ?? "request"} not valid`;
  return { status: 400, body: { errorcode, message } };
}

function toCsv(rows: Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? "" : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(","), ...rows.map((row) => columns.map((c) => cell(row[c])).join(","))].join("\n") + "\n";
}
