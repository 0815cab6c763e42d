// Generated from redocly.yaml by scripts/pipeline/render.ts. Do not edit.
// The `specfirst/sandbox` entry (Node only): every provider whose folder has an emulator.
import { createSandbox } from "../src/sandbox/sandbox.js";
import cloudtrax from "../src/providers/cloudtrax/index.js";
import cloudtraxEmulator from "../src/providers/cloudtrax/emulator/index.js";
import mashery from "../src/providers/mashery/index.js";
import masheryEmulator from "../src/providers/mashery/emulator/index.js";
import shadowserver from "../src/providers/shadowserver/index.js";
import shadowserverEmulator from "../src/providers/shadowserver/emulator/index.js";
import watchmouse from "../src/providers/watchmouse/index.js";
import watchmouseEmulator from "../src/providers/watchmouse/emulator/index.js";

/** Each provider's definition, its bundled spec and its emulator. */
export const emulated = {
  cloudtrax: { ...cloudtrax, name: "cloudtrax", spec: new URL("./cloudtrax/openapi.json", import.meta.url), emulator: cloudtraxEmulator },
  mashery: { ...mashery, name: "mashery", spec: new URL("./mashery/openapi.json", import.meta.url), emulator: masheryEmulator },
  shadowserver: { ...shadowserver, name: "shadowserver", spec: new URL("./shadowserver/openapi.json", import.meta.url), emulator: shadowserverEmulator },
  watchmouse: { ...watchmouse, name: "watchmouse", spec: new URL("./watchmouse/openapi.json", import.meta.url), emulator: watchmouseEmulator },
};

/** Starts the emulators: `const sb = await startSandbox()`, then `createXClient(sb.x.clientOptions)`. */
export const startSandbox = createSandbox(emulated);
export * from "../src/sandbox/public.js";
