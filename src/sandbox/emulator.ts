/// <reference types="node" />
// What a provider folder's emulator (src/providers/<p>/emulator/index.ts) gives the sandbox: a
// factory of fresh emulator state. The server, routing, limits, faults, request log and clock are
// the sandbox's; the emulator says only how its API answers.
import type { IncomingHttpHeaders } from "node:http";
import type { Reply } from "./reply.js";
import type { Route } from "./routes.js";
import type { Spec } from "./spec.js";
import type { Validator } from "./validator.js";

/** What an emulator is built with. */
export interface EmulatorContext {
  /** The provider's bundled OpenAPI document. */
  readonly spec: Spec;
  /** Validates values against the spec's schemas (compiled once per spec). */
  readonly validator: Validator;
  /** The emulator's clock in ms; `skewClock()` moves it. */
  readonly now: () => number;
  /** The demo credentials of the provider's definition (`sandbox.credentials`). */
  readonly credentials: Readonly<Record<string, string>>;
}

/** One request as the emulator's handler sees it. */
export interface EmulatorRequest {
  method: string;
  /** With the documented base path removed. */
  url: URL;
  headers: IncomingHttpHeaders;
  /** The exact bytes received. */
  raw: Buffer;
  text: string;
  /** The operation of the spec it matches, if any. */
  route?: Route;
  pathParams: Record<string, string>;
  /** Some operation has this path under another method. */
  pathKnown: boolean;
  /** The caller's IP address, for APIs that bind keys to it. */
  remoteAddress: string;
}

/** One emulator's state and behaviour; `reset()` replaces it with a fresh one. */
export interface EmulatorApp<Controls extends object = {}> {
  handle(request: EmulatorRequest): Reply | Promise<Reply>;
  /** Path prefixes the API is also served under (the spec's server paths, aliases). */
  basePaths?: readonly string[];
  /**
   * The provider's error answer for a request refused before it reaches `handle` (a path that is
   * not valid percent-encoding, an oversize or broken body, a failure inside the emulator).
   * @default `{ error: message }` as JSON
   */
  refusal?(status: number, message: string): Reply;
  /** Ends every open session, so the next call meets the API's "session expired" answer. Returns how many ended. */
  expireSessions?(): number;
  /** What tests may read or change besides requests: settings, stores, balances… */
  controls?: Controls;
}

export interface Emulator<Options extends object = {}, Controls extends object = {}> {
  create(context: EmulatorContext, options: Options): EmulatorApp<Controls>;
}

export function defineEmulator<Options extends object = {}, Controls extends object = {}>(emulator: Emulator<Options, Controls>): Emulator<Options, Controls> {
  return emulator;
}

export type OptionsOf<E> = E extends Emulator<infer O, any> ? O : never;
export type ControlsOf<E> = E extends Emulator<any, infer C> ? C : never;
