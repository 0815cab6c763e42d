import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createHmacSha256Signer } from "../../src/internal/hmac.js";

// Vectors from the reference (../shared/reference/shadowserver.md): key 123456798, secret MySecret.
const VECTORS = [
  ['{"apikey": "123456798"}', "ddd569fcb5ca011e58a045945d9450700f46797560fa6eb384f485c1cb8124d4"],
  ['{"apikey":"123456798"}', "997b6d9abc1f85dde3f66d84da9cf2e76c02d7032fe51ce496456a6e921d6761"],
  [
    '{"report": "united-states", "date": "2020-10-27", "query": {"city": "ashburn"}, "limit": 3, "apikey": "123456798"}',
    "ce5ab62090010cb96e4121728bdd49631ea493bedf3cbd29198e0dfe9bf9b232",
  ],
] as const;

describe("HMAC2 signing", () => {
  it.each(VECTORS)("signs %s as in the reference", async (body, expected) => {
    expect(await createHmacSha256Signer("MySecret")(body)).toBe(expected);
  });

  it("agrees with node:crypto for any secret and body, Unicode included", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", minLength: 1 }), fc.string({ unit: "grapheme" }), async (secret, body) => {
        const oracle = createHmac("sha256", Buffer.from(secret, "utf8")).update(Buffer.from(body, "utf8")).digest("hex");
        expect(await createHmacSha256Signer(secret)(body)).toBe(oracle);
      }),
      { numRuns: 300 },
    );
  });
});
