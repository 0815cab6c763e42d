import createClient, { createQuerySerializer, type Client } from "openapi-fetch";
import { DraftRequest } from "../internal/draft-request.js";
import { SignableRequest } from "../internal/request.js";
import type { WithoutPathParams } from "./bound-params.js";
import { runCall, type ClientCore, type OpenApiSend, type SentReport } from "./call-loop.js";
import type { OperationTable } from "./operations.js";
import type { ClientOptions } from "./options.js";
import type { createPaginate, Paginate, PagingTable } from "./paginate.js";
import { createRedactor } from "./redact.js";
import { retrySettings } from "./retry.js";
import type { CallInit, StrategyFactory } from "./strategy.js";
import { createTransport } from "./transport.js";
import type { TypedClient } from "./typed-methods.js";
import { baseHeaders } from "./user-agent.js";

/** What a provider folder gives the generated factory: its name and its auth strategy. */
export interface ClientDefinition<Credentials = any, Extras extends object = any> {
  readonly name: string;
  readonly auth: StrategyFactory<Credentials, Extras>;
}

export function defineClient<Credentials, Extras extends object>(definition: ClientDefinition<Credentials, Extras>): ClientDefinition<Credentials, Extras> {
  return definition;
}

type CredentialsOf<D> = D extends ClientDefinition<infer C, any> ? C : never;
type ExtrasOf<D> = D extends ClientDefinition<any, infer E> ? E : never;

/** A factory's options: the provider's credentials and the common options. */
export type ProviderClientOptions<D> = CredentialsOf<D> & ClientOptions;
/**
 * The typed client: openapi-fetch's methods over the spec's paths minus the bound parameters, with
 * options checked by the compiler (typed-methods.ts), plus the provider's extras.
 */
export type ProviderClient<Paths, D, Bound extends string = never, Paged extends PagingTable = {}> = TypedClient<WithoutPathParams<Paths, Bound> & {}> &
  PaginateOf<WithoutPathParams<Paths, Bound> & {}, Paged> &
  ExtrasOf<D>;
/** paginate() where the spec declares paged operations (x-paging). */
type PaginateOf<Paths, Paged extends PagingTable> = [keyof Paged] extends [never] ? {} : { paginate: Paginate<Paths, Paged> };
/** A factory whose options are all optional may be called with no argument at all. */
export type OptionsArgument<O> = {} extends O ? [options?: O] : [options: O];

/** openapi-fetch's default, built once: given none, it builds one per call. A call's own querySerializer options still apply. */
const defaultQuerySerializer = createQuerySerializer();

const METHODS = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE"] as const;

/**
 * The wiring every provider shares, so generated code is data plus one line: an openapi-fetch
 * client whose methods run through the call loop, signed by the provider's strategy. `version` is
 * the package's (generated/version.ts), for the User-Agent.
 * `paginate` is given only where the spec has paged operations, so other clients do not carry it.
 */
export function createProviderClient<Paths extends {}, D extends ClientDefinition, Bound extends string = never, Paged extends PagingTable = {}>(
  definition: D,
  table: OperationTable,
  version: string,
  paginate?: typeof createPaginate,
) {
  return (...[options = {} as ProviderClientOptions<D>]: OptionsArgument<ProviderClientOptions<D>>): ProviderClient<Paths, D, Bound, Paged> => {
    let client: Client<any> | undefined;
    const credentials = Object.entries(options as Record<string, unknown>)
      .filter(([name, value]) => typeof value === "string" && name !== "baseUrl" && name !== "userAgent")
      .map(([, value]) => value as string);
    const redact = createRedactor(() => [...credentials, ...(strategy.secrets?.() ?? [])]);
    const strategy = definition.auth(options, { client: () => client ?? fail("the client is not built yet"), redact });
    const built = createClient<any>({ baseUrl: options.baseUrl ?? table.server, Request: SignableRequest, querySerializer: defaultQuerySerializer, headers: baseHeaders(version, options.userAgent, options.headers) });
    const bound = Object.fromEntries(Object.entries(table.bound).map(([parameter, option]) => [parameter, (options as Record<string, unknown>)[option]]));
    // Middleware the caller installs sees real Requests; without any, calls skip building one (draft-request.ts).
    let middleware = false;
    const requestClass = () => (middleware ? SignableRequest : (DraftRequest as unknown as typeof Request));
    const core: ClientCore = { provider: definition.name, table, options, strategy, redact, transport: createTransport(strategy, redact, options.fetch), bound, anonymous: new Set(table.anonymous), requestClass, retry: retrySettings(options.retry, undefined) };
    const methods = built as unknown as Record<string, unknown>;
    const use = built.use.bind(built);
    methods.use = (...installed: Parameters<typeof use>) => {
      middleware = true;
      return use(...installed);
    };
    for (const method of METHODS) {
      const send = built[method].bind(built) as OpenApiSend;
      methods[method] = (path: string, init?: CallInit) => runCall(core, send, method, path, init ?? {});
    }
    const request = built.request.bind(built) as (method: string, path: string, init: Record<string, unknown>) => ReturnType<OpenApiSend>;
    const call = (method: string, path: string, init?: CallInit, sent?: SentReport) => {
      const upper = method.toUpperCase();
      return runCall(core, (p, i) => request(upper, p, i), upper, path, init ?? {}, sent);
    };
    methods.request = (method: string, path: string, init?: CallInit) => call(method, path, init);
    if (paginate) methods.paginate = paginate({ provider: definition.name, paging: table.paging, strategy, redact, call });
    client = built;
    return Object.assign(built, strategy.extras?.(built)) as unknown as ProviderClient<Paths, D, Bound, Paged>;
  };
}

function fail(message: string): never {
  throw new Error(message);
}
