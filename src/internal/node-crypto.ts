import type * as NodeCrypto from "node:crypto";

/**
 * node:crypto where the runtime has it (Node ≥ 20.16, Deno, Bun), found at run time with
 * `process.getBuiltinModule`: no static import, so the same file bundles for browsers, where this
 * is undefined and the callers fall back to Web Crypto or @noble. See docs/adr/0004.
 */
export const nodeCrypto: typeof NodeCrypto | undefined = (
  globalThis as { process?: { getBuiltinModule?: (name: string) => unknown } }
).process?.getBuiltinModule?.("node:crypto") as typeof NodeCrypto | undefined;
