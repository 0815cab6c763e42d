// Generated from specs/watchmouse by scripts/pipeline/render.ts. Do not edit.
import type { OperationTable } from "../../src/core/operations.js";

/** What a call of the WatchMouse API client needs: servers, bound parameters, and per operation only what differs from the defaults. */
// `as const`: the client's paginate() reads each paged operation's item path from this type.
export const operationTable = {"server":"https://api.watchmouse.com/1.6","servers":{},"bound":{},"effects":{"GET /acct_add":"write","GET /acct_login":"write","GET /acct_logout":"idempotent","GET /acct_mod":"idempotent","GET /acct_new":"write","GET /acct_noop":"idempotent","GET /acct_token":"write","GET /cp_check":"write","GET /rule_check":"write","GET /rule_don":"write","GET /rule_mod":"idempotent"},"anonymous":["GET /acct_login","GET /acct_new","GET /acct_token"],"paging":{"GET /rule_log":{"style":"cursor","in":"query","parameter":"uuid","limit":"num","items":["result","result.probes"],"nextCursor":"uuid"}}} as const satisfies OperationTable;
