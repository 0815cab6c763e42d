import type { CallResponse, CallInitOf, HttpMethod, InitArgs, OperationOf } from "./typed-methods.js";
import { ApiError } from "./errors/api-error.js";
import { InvalidRequestError } from "./errors/invalid-request-error.js";
import { firstPage, itemsAt, nextPage, walkPages, type PageSelector, type Paging } from "./paging.js";
import type { SentReport } from "./call-loop.js";
import { redactHeaders, redactorFor, redactValue, type Redactor } from "./redact.js";
import type { AuthStrategy, CallInit, CallResult } from "./strategy.js";

/** The paged operations of a runtime table: `{ "POST /reports/query": Paging, … }`. */
export type PagingTable = Readonly<Record<string, Paging>>;

type MethodOf<Key> = Key extends `${infer M} ${string}` ? M : never;
type PathOf<Key, M extends string> = Key extends `${M} ${infer P}` ? P : never;
type Member<T, K extends string> = T extends object ? (K extends keyof T ? T[K] : never) : never;
/** The value at a dotted path, over every member of a union. */
type At<T, Path extends string> = Path extends "" ? T : Path extends `${infer Head}.${infer Rest}` ? At<Member<T, Head>, Rest> : Member<T, Path>;
type ElementOf<T> = T extends readonly (infer E)[] ? E : never;
type SuccessData<Op> = NonNullable<CallResponse<Op, "json">["data"]>;

/** The type of one item of a paged operation, from its success body and `x-paging.items`. */
export type PageItem<Op, P extends Paging> = ElementOf<At<SuccessData<Op>, P["items"][number]>>;

/**
 * `for await (const item of client.paginate("POST", "/reports/query", init))`: every item of a
 * paged operation, page after page (x-paging in the spec). The init is the operation's own; a page
 * parameter in it is where the walk starts, a limit parameter the page size.
 */
export type Paginate<Paths, Table extends PagingTable> = <M extends MethodOf<keyof Table>, P extends PathOf<keyof Table, M> & keyof Paths>(
  method: M,
  path: P,
  ...init: InitArgs<CallInitOf<OperationOf<Paths[P], Lowercase<M> & HttpMethod>>>
) => AsyncGenerator<PageItem<OperationOf<Paths[P], Lowercase<M> & HttpMethod>, Table[`${M} ${P}`]>, void, undefined>;

/** What paginate needs of its client. */
export interface PagingContext {
  provider: string;
  paging: PagingTable;
  strategy: AuthStrategy<any>;
  redact: Redactor;
  /** One call through the call loop (retries, timeouts, signing); `sent` receives its last request. */
  call(method: string, path: string, init: CallInit, sent?: SentReport): Promise<CallResult>;
}

/** client.paginate: pages are plain calls, so each is signed, retried and limited like any other. */
export function createPaginate(context: PagingContext) {
  return async function* paginate(method: string, path: string, init: CallInit = {}): AsyncGenerator<unknown, void, undefined> {
    const label = `${method.toUpperCase()} ${path}`;
    const paging = context.paging[label];
    if (!paging) throw new InvalidRequestError(`${context.provider} ${label}: the spec declares no paging for this operation (x-paging)`, { provider: context.provider, operation: label });
    const fetchPage = async (page: PageSelector) => {
      let request: Request | undefined;
      const result = await context.call(method.toUpperCase(), path, withPage(init, paging, page.value), (sent) => (request = sent));
      if (result.error !== undefined || result.data === undefined) throw failure(context, result, label, redactorFor(context.redact, request));
      const items = itemsAt(result.data, paging.items);
      return { items, next: nextPage(paging, page, result.data, items) };
    };
    yield* walkPages(firstPage(paging, pageGiven(init, paging)), fetchPage);
  };
}

function pageGiven(init: CallInit, paging: Paging): unknown {
  const holder = paging.in === "body" ? init.body : init.params?.query;
  return holder !== null && typeof holder === "object" ? (holder as Record<string, unknown>)[paging.parameter] : undefined;
}

/** The init of one page: the caller's, with the page's number, offset or cursor (left out for a first cursor page). */
function withPage(init: CallInit, paging: Paging, value: unknown): CallInit {
  const set = (holder: unknown) => {
    const { [paging.parameter]: _given, ...rest } = (holder ?? {}) as Record<string, unknown>;
    return value === undefined ? rest : { ...rest, [paging.parameter]: value };
  };
  if (paging.in === "body") return { ...init, body: set(init.body) };
  return { ...init, params: { ...init.params, query: set(init.params?.query) } };
}

function failure(context: PagingContext, result: CallResult, label: string, redact: Redactor): Error {
  const own = context.strategy.failure?.(result, label, redact);
  if (own) return own;
  const { response } = result;
  return new ApiError({ provider: context.provider, operation: label, status: response.status, body: redactValue(result.error, redact), headers: redactHeaders(response.headers, redact) });
}
