/// <reference types="node" />
// startSandbox(): every provider's emulator (or the ones asked for) on its own port, with the demo
// credentials as ready client options, one request log, and fault and clock controls for tests.
import type { ClientDefinition, ProviderClientOptions } from "../core/client.js";
import type { ControlsOf, Emulator, OptionsOf } from "./emulator.js";
import type { Fault } from "./faults.js";
import type { RecordedRequest } from "./request-log.js";
import { startEmulator, type EmulatedProvider, type EmulatorStartOptions, type RunningEmulator } from "./running-emulator.js";
import { SandboxStartError } from "./start-error.js";

/** A provider as generated/sandbox.ts lists it: its definition, its spec and its emulator. */
export interface SandboxEntry<E extends Emulator<any, any> = Emulator<any, any>> extends EmulatedProvider<E> {
  client: ClientDefinition;
}

/** One provider in a started sandbox: its emulator's controls plus what a client needs to reach it. */
export type SandboxProvider<Options = Record<string, unknown>, Controls extends object = {}> = RunningEmulator<Controls> & {
  readonly name: string;
  /** The emulator's URL; pass it as the client's `baseUrl`. */
  readonly baseUrl: string;
  /** The demo credentials the emulator accepts, in the client's option names. */
  readonly credentials: Readonly<Record<string, string>>;
  /** Other complete sets of demo credentials it accepts, by what they are (WatchMouse: `token`). */
  readonly otherCredentials: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Demo credentials plus `baseUrl`: `createXClient(sb.x.clientOptions)`. */
  readonly clientOptions: Options;
};

/** What the whole sandbox offers besides one entry per provider. */
export interface SandboxControls {
  /** Every request any emulator received, in order of arrival (each carries `provider`); bounded per emulator. */
  readonly requests: readonly RecordedRequest[];
  /** Queues a fault on one provider's emulator, or on every one when `provider` is left out. */
  inject(fault: Fault & { provider?: string }): void;
  clearFaults(): void;
  /** Moves every emulator's clock `ms` away from real time (positive: ahead); 0 puts them back. */
  skewClock(ms: number): void;
  /** Ends every open session of every emulator; returns how many ended. */
  expireSessions(): number;
  /** Fresh seed data, empty request logs, no faults, no skew, on every emulator. Ports stay. */
  reset(): void;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

export type Sandbox<M extends Record<string, SandboxEntry>> = SandboxControls & {
  readonly [K in keyof M]: SandboxProvider<ProviderClientOptions<M[K]["client"]>, ControlsOf<M[K]["emulator"]>>;
};

export interface SandboxOptions<M extends Record<string, SandboxEntry>, P extends keyof M> {
  /** @default every provider */
  providers?: readonly P[];
  /** @default 127.0.0.1 */
  host?: string;
  /** Per provider. @default 0 (any free port) */
  ports?: { [K in P]?: number };
  /** Per provider: limits, a base clock (`now`), and the emulator's own options (e.g. a QPS limit). */
  emulators?: { [K in P]?: EmulatorStartOptions & Partial<OptionsOf<M[K]["emulator"]>> };
}

const CONTROL_NAMES = new Set(["requests", "inject", "clearFaults", "skewClock", "expireSessions", "reset", "close", "then"]);

/** The `startSandbox` of a list of providers (generated/sandbox.ts passes every provider with an emulator). */
export function createSandbox<M extends Record<string, SandboxEntry>>(entries: M) {
  return async <P extends keyof M & string = keyof M & string>(options: SandboxOptions<M, P> = {}): Promise<Sandbox<Pick<M, P>>> => {
    const names = (options.providers ?? (Object.keys(entries) as P[])) as P[];
    const host = options.host ?? "127.0.0.1";
    const started: [P, SandboxProvider<unknown, object>][] = [];
    const closeAll = () => Promise.all(started.map(([, p]) => p.close())).then(() => undefined);
    try {
      for (const name of names) {
        const entry = entries[name];
        if (!entry) throw new SandboxStartError(`unknown provider "${name}" (known: ${Object.keys(entries).join(", ")})`);
        if (CONTROL_NAMES.has(name)) throw new SandboxStartError(`a provider named "${name}" would hide the sandbox's own ${name}`);
        const port = options.ports?.[name] ?? 0;
        const running = await startEmulator(entry, { ...options.emulators?.[name], port, host }).catch((error: unknown) => {
          throw SandboxStartError.fromListen(error, name, host, port);
        });
        started.push([name, asSandboxProvider(entry, running)]);
      }
    } catch (error) {
      await closeAll();
      throw error;
    }
    const providers = started.map(([, p]) => p);
    const controls: SandboxControls = {
      get requests() {
        return providers.flatMap((p) => p.requests).sort((a, b) => a.seq - b.seq);
      },
      inject({ provider, ...fault }) {
        if (provider !== undefined && !providers.some((p) => p.name === provider)) throw new RangeError(`no provider "${provider}" in this sandbox`);
        for (const p of providers) if (provider === undefined || p.name === provider) p.inject(fault as Fault);
      },
      clearFaults: () => providers.forEach((p) => p.clearFaults()),
      skewClock: (ms) => providers.forEach((p) => p.skewClock(ms)),
      expireSessions: () => providers.reduce((n, p) => n + p.expireSessions(), 0),
      reset: () => providers.forEach((p) => p.reset()),
      close: closeAll,
      [Symbol.asyncDispose]: closeAll,
    };
    return Object.assign(controls, Object.fromEntries(started)) as unknown as Sandbox<Pick<M, P>>;
  };
}

function asSandboxProvider(entry: SandboxEntry, running: RunningEmulator<object>): SandboxProvider<unknown, object> {
  const clientOptions = { ...entry.sandbox.credentials, baseUrl: running.url };
  return Object.defineProperties(running, {
    name: { value: entry.name, enumerable: true },
    baseUrl: { value: running.url, enumerable: true },
    credentials: { value: entry.sandbox.credentials, enumerable: true },
    otherCredentials: { value: entry.sandbox.otherCredentials ?? {}, enumerable: true },
    clientOptions: { get: () => ({ ...clientOptions }), enumerable: true },
  }) as SandboxProvider<unknown, object>;
}
