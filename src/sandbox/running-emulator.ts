/// <reference types="node" />
// One provider's emulator, started: its server, request log, fault queue and clock, and the
// emulator's own controls (settings, stores…), which always reflect the state since the last reset().
import { MAX_BODY_BYTES } from "./body.js";
import { compiledSpec } from "./compiled-spec.js";
import type { EmulatorApp, EmulatorContext, Emulator } from "./emulator.js";
import { FaultQueue, type Fault } from "./faults.js";
import { LOG_LIMITS, RequestLog, type RecordedRequest } from "./request-log.js";
import { buildRoutes } from "./routes.js";
import type { ProviderDefinition } from "../core/provider.js";
import { listen } from "./server.js";

/** What the sandbox knows of a provider with an emulator (generated/sandbox.ts lists them). */
export interface EmulatedProvider<E extends Emulator<any, any> = Emulator<any, any>> {
  name: string;
  /** The bundled spec: generated/<provider>/openapi.json. */
  spec: URL | string;
  sandbox: ProviderDefinition["sandbox"];
  emulator: E;
}

export interface EmulatorStartOptions {
  /** @default 0 (any free port) */
  port?: number;
  /** @default 127.0.0.1 */
  host?: string;
  /** The emulator's base clock in ms. @default Date.now */
  now?: () => number;
  /** Larger bodies are refused with 413. @default 1 MiB */
  maxBodyBytes?: number;
  /** How many requests `requests` keeps (the newest). @default 1000 */
  maxLoggedRequests?: number;
  /** How much of each body `requests` keeps. @default 64 KiB */
  maxLoggedBodyBytes?: number;
}

/** The controls every emulator has. */
export interface EmulatorControls {
  /** e.g. http://127.0.0.1:4010 */
  readonly url: string;
  readonly port: number;
  /** What the emulator received, oldest first, bounded (see EmulatorStartOptions). */
  readonly requests: readonly RecordedRequest[];
  /** Queues a fault for the next matching request(s). */
  inject(fault: Fault): void;
  /** Drops the faults not yet played. */
  clearFaults(): void;
  /** Moves the emulator's clock `ms` away from the real one (positive: ahead). Replaces the previous skew. */
  skewClock(ms: number): void;
  /** Ends every open session; the next call gets the API's session-expired answer. Returns how many ended (0 for APIs without sessions). */
  expireSessions(): number;
  /** Fresh state (the spec's seed data), an empty request log, no faults, no clock skew. */
  reset(): void;
  close(): Promise<void>;
}

export type RunningEmulator<Controls extends object = {}> = EmulatorControls & Controls;

export async function startEmulator<O extends object, C extends object>(
  provider: EmulatedProvider<Emulator<O, C>>,
  options: EmulatorStartOptions & O = {} as EmulatorStartOptions & O,
): Promise<RunningEmulator<C>> {
  const { port = 0, host = "127.0.0.1", now = Date.now, maxBodyBytes = MAX_BODY_BYTES, maxLoggedRequests, maxLoggedBodyBytes, ...emulatorOptions } = options;
  const { spec, validator } = compiledSpec(provider.spec);
  let skew = 0;
  const context: EmulatorContext = { spec, validator, now: () => now() + skew, credentials: provider.sandbox.credentials };
  const create = () => provider.emulator.create(context, emulatorOptions as unknown as O) as EmulatorApp<C>;
  let app = create();
  const log = new RequestLog({ ...LOG_LIMITS, ...defined({ maxLoggedRequests, maxLoggedBodyBytes }) }, provider.name);
  const faults = new FaultQueue();
  const listening = await listen({ routes: buildRoutes(spec), app: () => app, log, faults, maxBodyBytes }, { port, host });
  const controls: EmulatorControls = {
    url: listening.url,
    port: listening.port,
    requests: log.entries,
    inject: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    skewClock: (ms) => void (skew = ms),
    expireSessions: () => app.expireSessions?.() ?? 0,
    reset() {
      app = create();
      log.clear();
      faults.clear();
      skew = 0;
    },
    close: () => listening.close(),
  };
  // The emulator's own controls, read through to the current state so they survive reset().
  for (const name of Object.keys(app.controls ?? {})) {
    if (name in controls) throw new Error(`the ${provider.name} emulator's control "${name}" hides a sandbox control of the same name`);
    Object.defineProperty(controls, name, { enumerable: true, get: () => (app.controls as Record<string, unknown>)[name] });
  }
  return controls as RunningEmulator<C>;
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
