// The emulators for the tests: each provider's emulator (src/providers/<p>/emulator/) started alone,
// on a free port, with options (a clock, a QPS limit…), as startSandbox() starts them together.
import { emulated } from "../../generated/sandbox.js";
import type { MasheryControls } from "../../src/providers/mashery/emulator/index.js";
import type { WatchMouseControls } from "../../src/providers/watchmouse/emulator/index.js";
import { startEmulator, type EmulatorStartOptions, type RunningEmulator } from "../../src/sandbox/running-emulator.js";
import { readSpec, type Spec } from "../../src/sandbox/spec.js";

export type { RunningEmulator };
export type MasheryEmulator = RunningEmulator<MasheryControls>;
export type WatchMouseEmulator = RunningEmulator<WatchMouseControls>;
export { deref, jsonPointer, specPointer } from "../../src/sandbox/spec.js";
export { createValidator } from "../../src/sandbox/validator.js";
export { CLOUDTRAX_DEMO, type EmulatorKey } from "../../src/providers/cloudtrax/emulator/index.js";
export { MASHERY_DEMO, type MasheryEmulatorSettings } from "../../src/providers/mashery/emulator/index.js";
export { SHADOWSERVER_DEMO } from "../../src/providers/shadowserver/emulator/index.js";
export { WATCHMOUSE_DEMO, WATCHMOUSE_DEMO_TOKEN } from "../../src/providers/watchmouse/emulator/index.js";

type Options<K extends keyof typeof emulated> = EmulatorStartOptions & Parameters<(typeof emulated)[K]["emulator"]["create"]>[1];

export const startCloudTraxEmulator = (options: Options<"cloudtrax"> = {}) => startEmulator(emulated.cloudtrax, options);
export const startMasheryEmulator = (options: Options<"mashery"> = {}) => startEmulator(emulated.mashery, options);
export const startShadowserverEmulator = (options: Options<"shadowserver"> = {}) => startEmulator(emulated.shadowserver, options);
export const startWatchMouseEmulator = (options: Options<"watchmouse"> = {}) => startEmulator(emulated.watchmouse, options);

/** A provider's bundled spec, as its emulator serves it. */
export function loadSpec(provider: keyof typeof emulated): Spec {
  return readSpec(emulated[provider].spec);
}
