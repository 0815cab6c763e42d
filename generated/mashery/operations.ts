// Generated from specs/mashery by scripts/pipeline/render.ts. Do not edit.
import type { OperationTable } from "../../src/core/operations.js";

/** What a call of the Mashery V2 API client needs: servers, bound parameters, and per operation only what differs from the defaults. */
// `as const`: the client's paginate() reads each paged operation's item path from this type.
export const operationTable = {"server":"https://api.mashery.com/v2","servers":{},"bound":{"site_id":"siteId"},"effects":{},"anonymous":[],"paging":{}} as const satisfies OperationTable;
