import type { HeadersOptions } from "openapi-fetch";
import type { PolicyOptions } from "./policies/apply.js";

/** Options every provider's client factory accepts besides its credentials. */
export interface CommonClientOptions extends PolicyOptions {
  /**
   * Sends every operation to this server (a proxy, the sandbox, an emulator).
   * @default the spec's first server, and each path's own server where the spec gives one
   */
  baseUrl?: string;
  /** The fetch implementation, e.g. to add instrumentation. @default globalThis.fetch */
  fetch?: (request: Request) => Promise<Response>;
  /** Headers added to every request. */
  headers?: HeadersOptions;
}
