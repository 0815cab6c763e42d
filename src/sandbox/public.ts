// What `specfirst/sandbox` exports besides startSandbox (generated/sandbox.ts adds that).
export type { Fault, FaultFilter } from "./faults.js";
export type { RecordedRequest } from "./request-log.js";
export type { Sandbox, SandboxControls, SandboxOptions, SandboxProvider } from "./sandbox.js";
export type { EmulatorControls, EmulatorStartOptions, RunningEmulator } from "./running-emulator.js";
export type { Emulator, EmulatorApp, EmulatorContext, EmulatorRequest } from "./emulator.js";
export type { Reply } from "./reply.js";
export { defineEmulator } from "./emulator.js";
export { SandboxStartError } from "./start-error.js";
