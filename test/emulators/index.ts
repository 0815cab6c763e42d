// The emulators by provider name, for the sandbox script and the tests.
import { startCloudTraxEmulator } from "./cloudtrax.js";
import type { RunningEmulator } from "./kit.js";
import { startMasheryEmulator } from "./mashery.js";
import { startShadowserverEmulator } from "./shadowserver.js";
import { startWatchMouseEmulator } from "./watchmouse.js";

export const emulators: Record<string, (options: { port: number; host: string }) => Promise<RunningEmulator>> = {
  cloudtrax: startCloudTraxEmulator,
  mashery: startMasheryEmulator,
  shadowserver: startShadowserverEmulator,
  watchmouse: startWatchMouseEmulator,
};
