import { copyFileSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../pipeline/project-copy.js";
import { consumerProject, STRICT_OPTIONS, typeCheck } from "./consumer-project.js";

const dir = consumerProject("types");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
copyFileSync(path.join(ROOT, "test/types/fixtures/options.ts"), path.join(dir, "options.ts"));
// The fixture compares with openapi-fetch's own client types.
symlinkSync(path.join(ROOT, "node_modules/openapi-fetch"), path.join(dir, "node_modules/openapi-fetch"), "dir");

describe("client and call options are checked by the compiler", () => {
  // Every @ts-expect-error line must fail and nothing else may: tsc reports an unused expectation as an error.
  it.each([
    ["--strict --exactOptionalPropertyTypes", { ...STRICT_OPTIONS, exactOptionalPropertyTypes: true }],
    ["--strict", { ...STRICT_OPTIONS, exactOptionalPropertyTypes: false }],
  ])("under %s", async (name, options) => {
    const errors = await typeCheck(dir, name.includes("exact") ? "exact" : "strict", ["options.ts"], options);
    expect(errors).toBe("");
  });
});
