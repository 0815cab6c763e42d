import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMasheryClient, MasheryReportingError, toMasheryError } from "../../generated/mashery/index.js";
import { operationCatalog as operationTable } from "../../generated/mashery/catalog.js";
import { signUrl } from "../../src/providers/mashery/signature.js";
import { deref, loadSpec, type RunningEmulator } from "../emulators/index.js";
import { MASHERY_DEMO, startMasheryEmulator } from "../emulators/index.js";

const spec = loadSpec("mashery");
const reports = operationTable.operations.filter((op) => op.method === "get");
const SERVICE = "p7a3kq9wmz2xv5ctn8hdr4uf";
const WEEK = { start_date: "2015-11-24T00:00:00Z", end_date: "2015-12-01T00:00:00Z" };

let emulator: RunningEmulator;
beforeAll(async () => void (emulator = await startMasheryEmulator()));
afterAll(() => emulator.close());
const client = () => createMasheryClient({ ...MASHERY_DEMO, baseUrl: emulator.url });

/** The request the spec documents: every required parameter with its example, site_id left to the client. */
function documentedParams(op: (typeof reports)[number]) {
  const item = spec.paths[op.path];
  const params: Record<"path" | "query", Record<string, unknown>> = { path: {}, query: {} };
  for (const p of [...(item.parameters ?? []), ...(item.get.parameters ?? [])].map((x: any) => deref(spec, x))) {
    if (p.name !== "site_id" && p.required) params[p.in as "path" | "query"][p.name] = p.example;
  }
  return params;
}

/** The documented rows; a /developer/{service_dev_key} report's rows are about the key asked for. */
function documentedRows(op: (typeof reports)[number]): unknown {
  const media = deref(spec, spec.paths[op.path].get.responses["200"]).content["application/json"];
  const rows: Record<string, unknown>[] = deref(spec, Object.values<any>(media.examples)[0]).value;
  const developer = documentedParams(op).path.service_dev_key;
  return developer === undefined ? rows : rows.map((row) => ("serviceDevKey" in row ? { ...row, serviceDevKey: developer } : row));
}

describe("Mashery reports through the generated client", () => {
  it("covers the 29 report resources of the reference", () => {
    expect(reports).toHaveLength(29);
    expect(operationTable.operations.filter((op) => op.inferred).map((op) => op.operationId).sort()).toEqual(["getAreaCountKeysDistributed", "getAreaCountMembersRegistered", "getAreaDataServed"]);
  });

  it.each(reports.map((op) => [op.operationId, op] as const))("%s answers its documented rows as JSON", async (_, op) => {
    const { data, error, response } = await (client() as any).GET(op.path, { params: documentedParams(op) });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data).toEqual(documentedRows(op));
    const sent = emulator.requests.at(-1)!.url;
    // The site id comes from the client's options; format=json is the client's default.
    expect(sent.pathname).toBe(op.path.replace("{site_id}", MASHERY_DEMO.siteId).replace("{service_key}", SERVICE).replace("{service_dev_key}", "bq6nz4tw8kxm3ajd9rcv2sep"));
    expect(sent.searchParams.get("format")).toBe("json");
    expect(sent.searchParams.get("apikey")).toBe(MASHERY_DEMO.apiKey);
    expect(sent.searchParams.get("sig")).toMatch(/^[0-9a-f]{32}$/);
  });

  it("passes the window, limit and format, and answers CSV as one string when asked", async () => {
    const { data, error } = await client().GET("/rest/{site_id}/reports/calls/developer_activity/service/{service_key}", {
      params: { path: { service_key: SERVICE }, query: { ...WEEK, limit: 1, format: "csv" } },
    });
    expect(error).toBeUndefined();
    expect(typeof data).toBe("string");
    const lines = (data as string).trim().split("\n");
    expect(lines[0]).toBe("startDate,endDate,serviceKey,serviceDevKey,callStatusSuccessful,callStatusBlocked,callStatusOther,auditInfo");
    expect(lines).toHaveLength(2); // header + the one row of limit=1
    expect(Object.fromEntries(emulator.requests.at(-1)!.url.searchParams)).toMatchObject({ ...WEEK, limit: "1", format: "csv" });
  });

  it("also reads CSV as text with parseAs", async () => {
    const { data } = await client().GET("/rest/{site_id}/reports/area/cache-hit-rate", { params: { query: { ...WEEK, format: "csv" } }, parseAs: "text" });
    expect(data).toMatch(/^startDate,endDate,rate,auditInfo\n/);
  });

  it("gets CSV from the server when no format is sent (the documented default the client overrides)", async () => {
    const url = signUrl(`${emulator.url}/rest/789/reports/calls/status/service/${SERVICE}`, MASHERY_DEMO.apiKey, MASHERY_DEMO.secret, Date.now());
    const response = await fetch(url);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
  });

  it("returns the Reporting API's ERR_* answers, which toMasheryError makes typed", async () => {
    const { error, response } = await client().GET("/rest/{site_id}/reports/area/cache-hit-rate", {
      params: { query: { start_date: "2015-11-01T00:00:00Z", end_date: "2015-11-15T00:00:00Z" } },
    });
    expect(response.status).toBe(400);
    expect(error).toEqual({ errorcode: "ERR_INVALID_DATE_RANGE_EXCEEDS_7_DAY_MAX", message: 'The specified date range of "14" days is longer than the maximum allowed of 7 days.' });
    const typed = toMasheryError(response, error);
    expect(typed).toBeInstanceOf(MasheryReportingError);
    expect((typed as MasheryReportingError).errorcode).toBe("ERR_INVALID_DATE_RANGE_EXCEEDS_7_DAY_MAX");
  });

  it("rejects an unknown service, a wrong site and a bad parameter with their codes", async () => {
    const unknown = await client().GET("/rest/{site_id}/reports/calls/status/service/{service_key}", { params: { path: { service_key: "nosuchservice" } } });
    expect(unknown.error).toMatchObject({ errorcode: "ERR_INVALID_SERVICE_KEY" });
    const otherSite = createMasheryClient({ ...MASHERY_DEMO, siteId: 4242, baseUrl: emulator.url });
    const wrongSite = await otherSite.GET("/rest/{site_id}/reports/calls/qps/area");
    expect(wrongSite.error).toEqual({ errorcode: "ERR_INVALID_SITE_ID", message: 'The specified site_id "4242" is not valid.' });
    const badLimit = await client().GET("/rest/{site_id}/reports/calls/status/service/{service_key}", { params: { path: { service_key: SERVICE }, query: { limit: "ten" as never } } });
    expect(badLimit.error).toMatchObject({ errorcode: "ERR_INVALID_LIMIT" });
    const missing = await client().GET("/rest/{site_id}/reports/area/cache-hit-rate", { params: { query: {} as never } });
    expect(missing.error).toMatchObject({ errorcode: "ERR_INVALID_START_DATE" });
  });

  it("says which option is missing when the client has no site id", async () => {
    const noSite = createMasheryClient({ apiKey: MASHERY_DEMO.apiKey, secret: MASHERY_DEMO.secret, siteId: "", baseUrl: emulator.url });
    await expect(noSite.GET("/rest/{site_id}/reports/calls/qps/area")).rejects.toThrow(/needs a value for site_id/);
  });
});
