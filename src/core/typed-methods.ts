import type { FetchOptions, FetchResponse, Middleware, ParseAs } from "openapi-fetch";
import type { CallOptions } from "./options.js";

/**
 * The signatures of a client's GET…TRACE and request(). They take what openapi-fetch takes (params,
 * body, headers, parseAs, baseUrl, signal…) plus CallOptions, and nothing else: openapi-fetch's own
 * signatures add `[key: string]: unknown`, so a misspelt `timeoutMS` or a `timeoutMs: "5s"` would
 * compile. Results are openapi-fetch's, typed the same way (parseAs included).
 */

export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
type AnyMedia = `${string}/${string}`;

/** The paths that have an operation for this method. */
export type PathsWithMethod<Paths, M extends HttpMethod> = { [P in keyof Paths]: Paths[P] extends { [K in M]: any } ? P : never }[keyof Paths];
/** The operation of a path item for a method. */
export type OperationOf<PathItem, M extends HttpMethod> = PathItem extends { [K in M]: infer Op } ? Op : never;

type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
/** Optional members also take an explicit `undefined`, so `baseUrl: process.env.X` compiles under exactOptionalPropertyTypes. */
type Loose<T> = { [K in keyof T]: K extends RequiredKeys<T> ? T[K] : T[K] | undefined };
/** Distributes over unions: an optional member's type includes `undefined`, even under exactOptionalPropertyTypes. */
type LooseObject<V> = V extends object ? Loose<V> : V;
type LooseParams<P> = P extends object ? Loose<{ [K in keyof P]: LooseObject<P[K]> }> : P;
type LooseInit<T> = Loose<{ [K in keyof T]: K extends "params" ? LooseParams<T[K]> : T[K] }>;

/** Everything one call of an operation accepts. */
export type CallInitOf<Op> = LooseInit<FetchOptions<Op> & CallOptions>;
/** The init is optional when nothing in it is required. */
export type InitArgs<Init> = [RequiredKeys<Init>] extends [never] ? [init?: Init] : [init: Init];
type WithParseAs<Init, As extends ParseAs> = Init & { parseAs?: As | undefined };

/** What a call resolves to: openapi-fetch's `{ data, error, response }`. */
export type CallResponse<Op, As extends ParseAs> = FetchResponse<Op & Record<string | number, any>, { parseAs: As }, AnyMedia>;

export type CallMethod<Paths, M extends HttpMethod> = <Path extends PathsWithMethod<Paths, M>, As extends ParseAs = "json">(
  url: Path,
  ...init: InitArgs<WithParseAs<CallInitOf<OperationOf<Paths[Path], M>>, As>>
) => Promise<CallResponse<OperationOf<Paths[Path], M>, As>>;

export type RequestMethod<Paths> = <M extends HttpMethod, Path extends PathsWithMethod<Paths, M>, As extends ParseAs = "json">(
  method: M,
  url: Path,
  ...init: InitArgs<WithParseAs<CallInitOf<OperationOf<Paths[Path], M>>, As>>
) => Promise<CallResponse<OperationOf<Paths[Path], M>, As>>;

/** openapi-fetch's client, with these signatures. */
export interface TypedClient<Paths> {
  request: RequestMethod<Paths>;
  GET: CallMethod<Paths, "get">;
  PUT: CallMethod<Paths, "put">;
  POST: CallMethod<Paths, "post">;
  DELETE: CallMethod<Paths, "delete">;
  OPTIONS: CallMethod<Paths, "options">;
  HEAD: CallMethod<Paths, "head">;
  PATCH: CallMethod<Paths, "patch">;
  TRACE: CallMethod<Paths, "trace">;
  /** Registers openapi-fetch middleware: it sees each request before it is signed. */
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
}
