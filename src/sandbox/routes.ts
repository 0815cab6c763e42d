// Routing by the spec's paths: a request's method and path to its operation and path parameters.
import type { Spec } from "./spec.js";

export interface Route {
  method: string;
  path: string;
  operation: Record<string, any>;
  pathItem: Record<string, any>;
  pattern: RegExp;
  parameterNames: string[];
}

export interface RouteMatch {
  route?: Route;
  params: Record<string, string>;
  /** Some operation has this path (under another method, when `route` is missing). */
  pathKnown: boolean;
  /** A path segment is not valid percent-encoding (`%zz`, a lone `%`): name of the parameter. */
  badEscape?: string;
}

export function buildRoutes(spec: Spec): Route[] {
  const routes: Route[] = [];
  for (const [template, item] of Object.entries<any>(spec.paths)) {
    const parameterNames: string[] = [];
    const pattern = new RegExp(
      `^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{([^}]+)\}/g, (_, name) => (parameterNames.push(name), "([^/]+)"))}$`,
    );
    for (const method of ["get", "put", "post", "delete", "patch"]) {
      if (item[method]) routes.push({ method: method.toUpperCase(), path: template, operation: item[method], pathItem: item, pattern, parameterNames });
    }
  }
  // Literal paths before templated ones, so /user/key wins over /user/{userId}.
  return routes.sort((a, b) => a.parameterNames.length - b.parameterNames.length);
}

/**
 * The path part of the spec's server URLs (`/api2`, `/v2`, `/1.6`), without the trailing slash.
 * The emulators also answer under these, so a published sample configured with the documented base
 * URL and only its host changed (`uri = http://127.0.0.1:4030/api2/`) reaches the same operations.
 */
export function serverBasePaths(spec: Spec): string[] {
  const urls: string[] = (spec.servers ?? []).map((server: { url: string }) => server.url).filter((url: string) => !url.includes("{"));
  return [...new Set(urls.map((url) => new URL(url).pathname.replace(/\/+$/, "")))].filter((p) => p !== "");
}

export function matchRoute(routes: readonly Route[], method: string, pathname: string): RouteMatch {
  let pathKnown = false;
  for (const route of routes) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    pathKnown = true;
    if (route.method !== method) continue;
    const params: Record<string, string> = {};
    for (const [i, name] of route.parameterNames.entries()) {
      try {
        params[name] = decodeURIComponent(match[i + 1]!);
      } catch {
        return { params: {}, pathKnown, badEscape: name };
      }
    }
    return { route, params, pathKnown };
  }
  return { params: {}, pathKnown };
}
