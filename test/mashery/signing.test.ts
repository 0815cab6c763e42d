import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { masherySignature, signUrl } from "../../src/providers/mashery/signature.js";

// The documentation's example (first row) and the reference's neighbours of it (../shared/reference/mashery.md).
const VECTORS = [
  [1200603038, "65a08176826fa4621116997e1dd775fa"],
  [1200602738, "39eb33ac5ddd0d78627a7eb74e407885"],
  [1200603338, "38130318a9db3289db8e38e231f00ed9"],
  [1700000000, "8117817ffb2fb428cf679f10f94bcc2e"],
] as const;

describe("Mashery sig", () => {
  it.each(VECTORS)("signs time %i as in the reference", (time, expected) => {
    expect(masherySignature("2fvmer3qbk7f3jnqneg58bu2", "qvxkmw57pec7", time)).toBe(expected);
  });

  it("agrees with node:crypto's md5 for any key, secret and second, Unicode included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), fc.integer({ min: 0, max: 2 ** 32 }), (apiKey, secret, time) => {
        const oracle = createHash("md5").update(Buffer.from(`${apiKey}${secret}${time}`, "utf8")).digest("hex");
        expect(masherySignature(apiKey, secret, time)).toBe(oracle);
      }),
      { numRuns: 500 },
    );
  });

  it("uses whole seconds: any instant within a second signs alike", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (ms) => {
        const url = signUrl("http://h/v2/json-rpc/789", "2fvmer3qbk7f3jnqneg58bu2", "qvxkmw57pec7", 1200603038_000 + ms);
        expect(new URL(url).searchParams.get("sig")).toBe("65a08176826fa4621116997e1dd775fa");
      }),
    );
  });

  it("puts apikey and sig into the query string and keeps the other parameters", () => {
    const url = new URL(signUrl("http://h/v2/rest/789/reports/area/qpsrate?format=json&sig=stale", "2fvmer3qbk7f3jnqneg58bu2", "qvxkmw57pec7", 1200603038_000));
    expect(Object.fromEntries(url.searchParams)).toEqual({ format: "json", apikey: "2fvmer3qbk7f3jnqneg58bu2", sig: "65a08176826fa4621116997e1dd775fa" });
  });
});
