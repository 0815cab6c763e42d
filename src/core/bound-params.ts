import { InvalidRequestError } from "./errors/invalid-request-error.js";
import type { CallInit } from "./strategy.js";

/**
 * The call's path parameters, with the ones the client binds once (Mashery's site id) filled in,
 * checked so that no value can change which path is called: "." and ".." would be resolved away by
 * the URL parser (`/network/{..}/user/5` → `/user/5`, validly signed), and objects serialise to
 * anything. Strings (not empty) and finite numbers pass.
 */
export function pathParams(init: CallInit, path: string, bound: Record<string, unknown>, provider: string, operation: string): CallInit {
  let params = init.params?.path;
  if (path.indexOf("{") < 0) return init;
  for (const name in bound) {
    if (!path.includes(`{${name}}`) || params?.[name] !== undefined) continue;
    const value = bound[name];
    if (value === undefined || value === "") throw new InvalidRequestError(`${provider} ${operation}: the client needs a value for ${name}`, { provider, operation });
    params = { ...params, [name]: value };
  }
  for (const name in params) {
    const value = params[name];
    const ok = typeof value === "number" ? Number.isFinite(value) : typeof value === "string" && value !== "" && value !== "." && value !== "..";
    if (!ok) throw new InvalidRequestError(`${provider} ${operation}: path parameter ${name} must be a non-empty string other than "." and "..", or a finite number`, { provider, operation });
  }
  return params === init.params?.path ? init : { ...init, params: { ...init.params, path: params } };
}

/** The spec's paths with some path parameters removed from what callers must pass. */
export type WithoutPathParams<Paths, Names extends string> = [Names] extends [never]
  ? Paths
  : {
      [P in keyof Paths]: {
        [M in keyof Paths[P]]: M extends "parameters" ? OmitPath<Paths[P][M], Names> : Paths[P][M] extends { parameters: infer Params } ? Omit<Paths[P][M], "parameters"> & { parameters: OmitPath<Params, Names> } : Paths[P][M];
      };
    };

type OmitPath<Params, Names extends string> = Params extends { path: infer Path }
  ? Flatten<Omit<Params, "path"> & (keyof Omit<Path, Names> extends never ? { path?: never } : { path: Flatten<Omit<Path, Names>> })>
  : Params;

/** One plain object type instead of Omit<…> & {…}, so hovers and compiler messages stay readable. */
type Flatten<T> = { [K in keyof T]: T[K] } & {};
