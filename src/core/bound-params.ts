import type { Prepare } from "./strategy.js";

/**
 * Path parameters the client fills in once (Mashery's site id), so callers never pass them: they
 * join each call's path parameters before openapi-fetch builds the URL.
 */
export function bindPathParams(values: Record<string, string | number | undefined>): Prepare {
  const entries = Object.entries(values);
  return ({ path, init }) => {
    for (const [name, value] of entries) {
      if ((value === undefined || value === "") && path.includes(`{${name}}`)) throw new TypeError(`the client needs a value for ${name}`);
    }
    return { ...init, params: { ...init.params, path: { ...values, ...init.params?.path } } };
  };
}

/** The spec's paths with some path parameters removed from what callers must pass. */
export type WithoutPathParams<Paths, Names extends string> = {
  [P in keyof Paths]: {
    [M in keyof Paths[P]]: M extends "parameters" ? OmitPath<Paths[P][M], Names> : Paths[P][M] extends { parameters: infer Params } ? Omit<Paths[P][M], "parameters"> & { parameters: OmitPath<Params, Names> } : Paths[P][M];
  };
};

type OmitPath<Params, Names extends string> = Params extends { path: infer Path }
  ? Flatten<Omit<Params, "path"> & (keyof Omit<Path, Names> extends never ? { path?: never } : { path: Flatten<Omit<Path, Names>> })>
  : Params;

/** One plain object type instead of Omit<…> & {…}, so hovers and compiler messages stay readable. */
type Flatten<T> = { [K in keyof T]: T[K] } & {};
